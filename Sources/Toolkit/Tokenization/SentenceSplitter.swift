/// Sentence spans: ICU sentence break plus the quirks of Arabic news.
///
/// - `., ` (a period glued to a comma, common in scraped Arabic news) ends a sentence; ICU
///   reads it as a continuation.
/// - A boundary inside a quotation that closes later in the same paragraph is dropped, so a
///   quoted speech of several sentences stays in the sentence that introduces it.
/// - Numbers such as `1.5` are never split (ICU's rule SB6), paragraph breaks always split.
/// One instance per worker (it owns an ICU iterator).
public final class SentenceSplitter {
    private let breaker: BreakIterator
    /// Longest quotation (UTF-16 units) inside which boundaries are dropped.
    public var maxQuoteLength = 600
    /// Ask ICU only around terminators (same boundaries, a fraction of the cost); off: ICU
    /// reads the whole text.
    public var fastPath: Bool
    /// Terminator windows the last call handed to ICU (for measurement and tests).
    public private(set) var icuWindows = 0

    public init(locale: String = "ar", fastPath: Bool = true) throws {
        breaker = try BreakIterator(.sentence, locale: locale)
        self.fastPath = fastPath
    }

    public func split(_ text: NormalizedText) -> [TextSpan] {
        let n = text.count
        guard n > 0 else { return [] }
        var cuts: [Int] = []
        text.utf16.withUnsafeBufferPointer { u in
            let scan = self.scan(u)
            if fastPath {
                cuts = scan.icuCuts
            } else {
                breaker.segment(u)
                cuts = (0..<breaker.count).map { Int(breaker.ends[$0]) }
            }
            cuts.append(contentsOf: scan.periodCommaCuts)
            cuts.sort()
            cuts = removingCutsInsideQuotes(scan.marks, cuts)
        }
        cuts.append(n)
        var spans: [TextSpan] = []
        var start = 0
        text.utf16.withUnsafeBufferPointer { u in
            for end in cuts where end > start {
                var s = start, e = end
                while s < e, CharClass.isSpace(u[s]) || u[s] < 0x20 { s += 1 }
                while e > s, CharClass.isSpace(u[e - 1]) || u[e - 1] < 0x20 { e -= 1 }
                if s < e { spans.append(text.originalSpan(s..<e)) }
                start = end
            }
        }
        return spans
    }

    /// ICU's sentence boundaries alone, as the fast path or ICU over the whole text finds them:
    /// ascending, each once, ending with the text's length. The tests compare the two.
    func icuBoundaries(_ u: UnsafeBufferPointer<UInt16>) -> [Int] {
        var cuts: [Int]
        if fastPath {
            cuts = scan(u).icuCuts
        } else {
            breaker.segment(u)
            cuts = (0..<breaker.count).map { Int(breaker.ends[$0]) }
        }
        cuts.append(u.count)
        return Set(cuts).sorted()
    }

    /// What one pass over the text finds: ICU's boundaries (asking ICU only around
    /// terminators), the `.,` cuts, and the quotation marks and line ends for quote tracking.
    struct Scan {
        var icuCuts: [Int] = []
        var periodCommaCuts: [Int] = []
        var marks: [(index: Int, unit: UInt16)] = []
    }

    /// ICU's sentence boundaries, computed by running ICU only where a boundary is possible.
    ///
    /// UAX #29 breaks a sentence only after a paragraph separator (SB4) or after a terminator
    /// run `SATerm Close* Sp* ParaSep?` (SB11); every other rule only forbids breaks. Whether a
    /// terminator run breaks depends on the character before it (SB7) and on what follows up to
    /// the next letter or separator (SB6, SB8, SB8a). `TerminatorRun` decides the common
    /// windows; for the others ICU is asked about a window from the character before the
    /// terminator to just past that next letter. Separators break on their own.
    /// `SentenceSplitterTests` compares this with ICU over whole texts.
    func scan(_ u: UnsafeBufferPointer<UInt16>) -> Scan {
        let n = u.count
        var result = Scan()
        icuWindows = 0
        SentenceBreakClass.table.withUnsafeBufferPointer { t in
            SentenceBreakClass.interesting.withUnsafeBufferPointer { quick in
                typealias SB = SentenceBreakClass
                var i = 0
                while i < n {
                    let unit = u[i]
                    var c = quick[Int(unit)]
                    if c == 0 { i += 1; continue }
                    if c == SB.surrogate { c = SB.of(u, i, t) }
                    if c == SB.close || c == SB.lf || c == SB.cr || c == SB.sep {
                        if Self.isTrackedMark(unit) { result.marks.append((i, unit)) }
                        if c != SB.close, c != SB.cr || !(i + 1 < n && u[i + 1] == 0x0A) { result.icuCuts.append(i + 1) }
                        i += 1
                        continue
                    }
                    guard c == SB.aTerm || c == SB.sTerm else { i += 1; continue }
                    if unit == 0x2E, i + 2 < n, u[i + 1] == 0x2C || u[i + 1] == 0x060C, CharClass.isSpace(u[i + 2]) {
                        var j = i + 2
                        while j < n, CharClass.isSpace(u[j]) { j += 1 }
                        result.periodCommaCuts.append(j)
                    }
                    // Window end: just past the first letter or separator after the terminator.
                    var stop = i + 1
                    while stop < n {
                        let f = SB.of(u, stop, t)
                        if f == SB.oLetter || f == SB.upper || f == SB.lower || f == SB.sep || f == SB.cr || f == SB.lf { break }
                        if Self.isTrackedMark(u[stop]) { result.marks.append((stop, u[stop])) }
                        stop += 1
                    }
                    if let outcome = TerminatorRun.outcome(u, i, stop, t) {
                        if case .boundary(let b) = outcome { result.icuCuts.append(b) }
                    } else {
                        icuWindows += 1
                        // Window start: the character before the terminator, past any Extend/Format.
                        var ws = i
                        while ws > 0 {
                            ws -= 1
                            let p = SB.of(u, ws, t)
                            if p != SB.extend && p != SB.format { break }
                        }
                        // A character beyond the BMP starts at its lead surrogate (SB7 reads it whole).
                        if ws > 0, UTF16.isTrailSurrogate(u[ws]), UTF16.isLeadSurrogate(u[ws - 1]) { ws -= 1 }
                        let we = Swift.min(n, stop + 2)
                        breaker.segment(UnsafeBufferPointer(rebasing: u[ws..<we]))
                        for k in 0..<breaker.count {
                            let b = ws + Int(breaker.ends[k])
                            if b > ws, b < we || we == n { result.icuCuts.append(b) }
                        }
                    }
                    i = Swift.max(stop, i + 1)
                }
            }
        }
        return result
    }

    /// Quotation marks and line ends, which the quote tracking needs.
    @inline(__always)
    static func isTrackedMark(_ c: UInt16) -> Bool {
        c == 0x22 || (0x201C...0x201E).contains(c) || c == 0xAB || c == 0xBB || c == 0x0A || c == 0x0D || c == 0x2029
    }

    /// Tracks quotation marks per paragraph and drops sorted `cuts` that fall inside a quotation
    /// which closes in the same paragraph within `maxQuoteLength`.
    private func removingCutsInsideQuotes(_ marks: [(index: Int, unit: UInt16)], _ cuts: [Int]) -> [Int] {
        var open: Int? = nil
        var guillemetDepth = 0
        var quoted: [Range<Int>] = []
        for (i, c) in marks.sorted(by: { $0.index < $1.index }) {
            switch c {
            case 0x0A, 0x0D, 0x2029:
                open = nil; guillemetDepth = 0
            case 0x22, 0x201C, 0x201D, 0x201E:
                // Arabic news opens with either curly mark, so double quotes toggle.
                if guillemetDepth == 0 {
                    if let o = open { quoted.append(o..<i); open = nil } else { open = i }
                }
            case 0xAB:
                if guillemetDepth == 0 { open = i }
                guillemetDepth += 1
            case 0xBB:
                if guillemetDepth > 0 {
                    guillemetDepth -= 1
                    if guillemetDepth == 0, let o = open { quoted.append(o..<i); open = nil }
                }
            default: break
            }
        }
        quoted.removeAll { $0.count > maxQuoteLength }
        guard !quoted.isEmpty else { return cuts }
        var kept: [Int] = []
        kept.reserveCapacity(cuts.count)
        var q = 0
        for c in cuts {
            while q < quoted.count, quoted[q].upperBound < c { q += 1 }
            if q < quoted.count, c > quoted[q].lowerBound, c <= quoted[q].upperBound { continue }
            if kept.last != c { kept.append(c) }
        }
        return kept
    }
}
