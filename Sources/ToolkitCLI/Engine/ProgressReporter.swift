#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress line on standard error: documents, MB of text, MB/s, records with errors and,
/// when the input size is known, the estimated time left (from the share of input bytes read).
///
/// On a terminal the line is redrawn in place a few times a second; elsewhere (a log file,
/// with `--progress`) one full line is written every few seconds, so logs stay readable.
final class ProgressReporter {
    enum Mode {
        case off
        /// Redraw one line in place.
        case terminal
        /// Append a line every few seconds.
        case lines
    }

    let mode: Mode
    private let input: InputProgress
    private let start: Double
    private var last: Double
    private var drawn = false

    /// `forced`: `--progress`; `quiet`: `--quiet`. Otherwise on only when stderr is a terminal.
    init(forced: Bool, quiet: Bool, input: InputProgress, start: Double) {
        let terminal = isatty(STDERR_FILENO) == 1
        mode = quiet ? .off : terminal ? .terminal : forced ? .lines : .off
        self.input = input
        self.start = start
        self.last = start
    }

    private var interval: Double { mode == .terminal ? 0.25 : 5 }

    /// Called by the writer after each record and on idle ticks; draws when it is time.
    func update(_ summary: RunSummary, now: Double) {
        guard mode != .off, now - last >= interval else { return }
        last = now
        let line = Self.line(summary, elapsed: now - start, fraction: input.fraction(documentBytesWritten: summary.inputBytes))
        if mode == .terminal {
            printErrorRaw("\r" + line + "\u{1B}[K")
            drawn = true
        } else {
            printError(line)
        }
    }

    /// Clears the terminal line before the summary.
    func finish() {
        if drawn { printErrorRaw("\r\u{1B}[K") }
        drawn = false
    }

    static func line(_ s: RunSummary, elapsed: Double, fraction: Double?) -> String {
        let mb = Double(s.textBytes) / 1e6
        var parts = ["\(s.documents) docs", "\(RunSummary.fixed(mb, 1)) MB",
                     "\(RunSummary.fixed(mb / max(elapsed, 1e-9), 1)) MB/s", "\(s.documentsWithErrors) errors"]
        if let fraction {
            parts.append(RunSummary.percent(fraction))
            if fraction > 0.005, elapsed > 1 { parts.append("ETA " + clock(elapsed * (1 - fraction) / fraction)) }
        }
        return parts.joined(separator: "  ")
    }

    /// `h:mm:ss` or `m:ss`.
    static func clock(_ seconds: Double) -> String {
        let t = Int(seconds.rounded())
        let (h, m, s) = (t / 3600, t / 60 % 60, t % 60)
        let two = { (x: Int) in x < 10 ? "0\(x)" : "\(x)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }
}
