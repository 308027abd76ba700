#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The documents named on the command line, read one at a time in order:
/// `.txt` files (one document, id = file name without extension), directories (recursively,
/// sorted by path), `.jsonl` files (`{"id","text",…}` per line), the same compressed as
/// `.jsonl.zst` or `.jsonl.gz` (read through the system's `zstd`/`gzip`), and `-` for JSONL on
/// standard input. Reads as a stream: memory follows the longest line, not the input.
final class InputSource {
    enum Item {
        case textFile(String)
        case jsonl(String)
        /// Decompressed by a child process; JSONL when the inner name says so, else one document.
        case compressed(String, Decompressor.Program, lines: Bool)
        case stdin
    }

    /// The line-oriented input being read.
    private final class Stream {
        let reader: LineReader
        let label: String
        let decompressor: Decompressor?
        /// Whether reading may wait for a writer (a pipe or terminal on standard input).
        let interactive: Bool
        /// `reader.bytesRead` when progress was last reported.
        var reported = 0
        init(reader: LineReader, label: String, decompressor: Decompressor? = nil, interactive: Bool = false) {
            self.reader = reader
            self.label = label
            self.decompressor = decompressor
            self.interactive = interactive
        }
    }

    private var items: [Item]
    private var current: Stream?
    /// Input bytes of the items already read, for progress.
    private var finishedBytes = 0
    /// Shared with the progress line.
    let progress: InputProgress

    /// Checks every path before anything is read, so a typo fails fast with exit code 66.
    init(paths: [String]) throws {
        var items: [Item] = []
        for path in paths.isEmpty ? ["-"] : paths {
            if path == "-" { items.append(.stdin); continue }
            switch FileSystem.kind(of: path) {
            case .missing:
                throw CLIError(.noInput, "no such file or directory: \(path)")
            case .directory:
                let files = try FileSystem.files(under: path).filter(Self.isDocumentFile)
                // Sorted by path, byte-wise, so the order is the same on every machine.
                for rel in files.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                    let full = path.hasSuffix("/") ? path + rel : path + "/" + rel
                    items.append(Self.item(for: full))
                }
            case .file:
                items.append(Self.item(for: path))
            }
        }
        self.items = items.reversed()
        progress = InputProgress(totalBytes: Self.totalBytes(items))
    }

    private static let lineSuffixes = [".jsonl", ".ndjson"]

    private static func isDocumentFile(_ name: String) -> Bool {
        let inner = Decompressor.Program(path: name) == nil ? name : stem(name)
        return inner.hasSuffix(".txt") || lineSuffixes.contains(where: inner.hasSuffix)
    }

    private static func item(for path: String) -> Item {
        if let program = Decompressor.Program(path: path) {
            return .compressed(path, program, lines: lineSuffixes.contains(where: stem(path).hasSuffix))
        }
        return lineSuffixes.contains(where: path.hasSuffix) ? .jsonl(path) : .textFile(path)
    }

    /// Sum of the input sizes (compressed sizes for compressed files), or nil when standard
    /// input is a pipe and the size cannot be known.
    private static func totalBytes(_ items: [Item]) -> Int? {
        var total = 0
        for item in items {
            switch item {
            case .textFile(let p), .jsonl(let p), .compressed(let p, _, _):
                total += FileSystem.size(of: p) ?? 0
            case .stdin:
                guard let size = FileSystem.remainingSize(of: STDIN_FILENO) else { return nil }
                total += size
            }
        }
        return total
    }

    /// The next document, parsed, or nil at the end.
    func next() throws -> InputDocument? { try nextRaw()?.parsed() }

    /// The next document as read, JSONL lines unparsed, or nil at the end. Blank lines are
    /// skipped (they are not documents).
    func nextRaw() throws -> RawInput? {
        let raw = try readRaw()
        if let raw { progress.read(documentBytes: raw.byteCount) }
        return raw
    }

    private func readRaw() throws -> RawInput? {
        while true {
            if let stream = current {
                let reader = stream.reader
                if let raw = try reader.next({ line -> RawInput? in
                    Self.isBlank(line) ? nil : .line(Array(line), label: stream.label, lineNumber: reader.lineNumber)
                }) {
                    report(stream)
                    guard let raw else { continue }
                    return raw
                }
                try stream.decompressor?.finish()
                finishedBytes += stream.decompressor?.consumedBytes ?? reader.bytesRead
                progress.update(finishedBytes)
                current = nil
                continue
            }
            guard let item = items.popLast() else { return nil }
            switch item {
            case .stdin:
                current = Stream(reader: LineReader(fd: STDIN_FILENO, ownsFD: false), label: "stdin",
                                 interactive: FileSystem.remainingSize(of: STDIN_FILENO) == nil)
            case .jsonl(let path):
                current = Stream(reader: try LineReader(path: path), label: Self.baseName(path))
            case .compressed(let path, let program, lines: true):
                let d = try Decompressor(program, path: path)
                current = Stream(reader: LineReader(fd: d.output, ownsFD: false), label: Self.baseName(path), decompressor: d)
            case .compressed(let path, let program, lines: false):
                let d = try Decompressor(program, path: path)
                let bytes = try LineReader.readAll(fd: d.output, label: path)
                try d.finish()
                finishedBytes += d.consumedBytes
                progress.update(finishedBytes)
                return .document(InputDocument(id: Self.stem(Self.stem(path)), text: bytes))
            case .textFile(let path):
                let bytes = try LineReader.readAll(path: path)
                finishedBytes += bytes.count
                progress.update(finishedBytes)
                return .document(InputDocument(id: Self.stem(path), text: bytes))
            }
        }
    }

    /// True when the next document may have to wait for another process to write it (standard
    /// input from a pipe with no complete line buffered): the reader then hands over what it
    /// has instead of holding finished documents back.
    var nextMayWait: Bool {
        guard let current else { return false }
        return current.interactive && !current.reader.hasBufferedLine
    }

    /// Publishes the position within the current stream about once per MB read, since asking a
    /// decompressor's position is a system call.
    private func report(_ stream: Stream) {
        let read = stream.reader.bytesRead
        guard read - stream.reported >= 1 << 20 else { return }
        stream.reported = read
        progress.update(finishedBytes + (stream.decompressor?.consumedBytes ?? read))
    }

    static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// A document from a non-blank JSONL line. A broken line still gives a document, empty,
    /// with the error recorded: its id when it came before the damage, otherwise one made of
    /// the input's name and the line number (`stdin:12`).
    static func document(fromLine line: UnsafeBufferPointer<UInt8>, label: String, lineNumber: Int) -> InputDocument {
        let fallbackID = "\(label):\(lineNumber)"
        do {
            let r = try JSONLineParser.parse(line)
            var doc = InputDocument(id: r.id ?? fallbackID, text: r.text ?? [])
            if r.textNotString { doc.errors.append("the 'text' field is not a string") }
            else if r.text == nil { doc.errors.append("the record has no 'text' field") }
            return doc
        } catch {
            let id = (error as? JSONLineParser.Failure)?.id ?? fallbackID
            return InputDocument(id: id, text: [], errors: ["line \(lineNumber): \(error)"])
        }
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func stem(_ path: String) -> String {
        let base = baseName(path)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}
