/// The documents named on the command line, read one at a time in order:
/// `.txt` files (one document, id = file name without extension), directories (recursively,
/// sorted by path), `.jsonl` files (`{"id","text",…}` per line), and `-` for JSONL on stdin.
final class InputSource {
    enum Item {
        case textFile(String)
        case jsonl(String)
        case stdin
    }

    private var items: [Item]
    private var current: (reader: LineReader, label: String)?
    /// Bytes of document text read so far.
    private(set) var textBytes = 0

    /// Checks every path before anything is read, so a typo fails fast with exit code 66.
    init(paths: [String]) throws {
        var items: [Item] = []
        for path in paths.isEmpty ? ["-"] : paths {
            if path == "-" { items.append(.stdin); continue }
            switch FileSystem.kind(of: path) {
            case .missing:
                throw CLIError(.noInput, "no such file or directory: \(path)")
            case .directory:
                let files = try FileSystem.files(under: path).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".jsonl") }
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
    }

    private static func item(for path: String) -> Item {
        path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") ? .jsonl(path) : .textFile(path)
    }

    /// The next document, or nil at the end.
    func next() throws -> InputDocument? {
        while true {
            if let (reader, label) = current {
                if let doc = try reader.next({ line -> InputDocument? in
                    Self.document(fromLine: line, label: label, lineNumber: reader.lineNumber)
                }) {
                    guard let doc else { continue }  // blank line
                    textBytes += doc.text.count
                    return doc
                }
                current = nil
                continue
            }
            guard let item = items.popLast() else { return nil }
            switch item {
            case .stdin:
                current = (LineReader(fd: 0, ownsFD: false), "stdin")
            case .jsonl(let path):
                current = (try LineReader(path: path), Self.baseName(path))
            case .textFile(let path):
                let bytes = try LineReader.readAll(path: path)
                textBytes += bytes.count
                return InputDocument(id: Self.stem(path), text: bytes)
            }
        }
    }

    /// A document from a JSONL line; blank lines are skipped (nil). Broken lines still give a
    /// document, empty, with the error recorded.
    static func document(fromLine line: UnsafeBufferPointer<UInt8>, label: String, lineNumber: Int) -> InputDocument? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let fallbackID = "\(label):\(lineNumber)"
        do {
            let r = try JSONLineParser.parse(line)
            var doc = InputDocument(id: r.id ?? fallbackID, text: r.text ?? [])
            if r.textNotString { doc.errors.append("the 'text' field is not a string") }
            else if r.text == nil { doc.errors.append("the record has no 'text' field") }
            return doc
        } catch {
            return InputDocument(id: fallbackID, text: [], errors: ["line \(lineNumber): \(error)"])
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
