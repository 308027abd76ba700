/// Reads the plain-text tables the number lexicons are written in.
///
/// One entry per line: `key: item, item, …`. The key may hold several space-separated fields
/// (`1000 scale dual`); items are words or phrases (`ما يزيد عن`) separated by commas. `#` starts
/// a comment line; blank lines are skipped. The tables live in Swift string literals so they
/// ship inside the binary and read like data files.
///
/// The text is read as UTF-8 bytes: every delimiter is ASCII, and the tables are read at every
/// start, where splitting them as `Character`s cost more than the rest of building the lexicon.
struct LexiconTable {
    struct Row {
        /// The key's fields.
        let key: [String]
        /// The items, trimmed, in order.
        let items: [String]
    }

    let rows: [Row]

    init(_ text: String) {
        var rows: [Row] = []
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: Self.newline) ?? bytes.count
                defer { lineStart = lineEnd + 1 }
                let line = Self.trimmed(bytes[lineStart..<lineEnd])
                guard !line.isEmpty, line.first != Self.hash, let colon = line.firstIndex(of: Self.colon) else { continue }
                let key = line[..<colon].split(separator: Self.space).map(Self.string)
                let items = line[(colon + 1)...].split(separator: Self.comma, omittingEmptySubsequences: false)
                    .map(Self.trimmed).filter { !$0.isEmpty }.map(Self.string)
                rows.append(Row(key: key, items: items))
            }
        }
        self.rows = rows
    }

    private static let newline = UInt8(ascii: "\n"), hash = UInt8(ascii: "#"), colon = UInt8(ascii: ":")
    private static let space = UInt8(ascii: " "), comma = UInt8(ascii: ",")

    private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// Without leading and trailing spaces, tabs and carriage returns (``StringProtocol/trimmingSpaces``).
    private static func trimmed(_ s: Bytes) -> Bytes {
        func blank(_ b: UInt8) -> Bool { b == space || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") }
        var s = s
        while let b = s.first, blank(b) { s = s.dropFirst() }
        while let b = s.last, blank(b) { s = s.dropLast() }
        return s
    }

    private static func string(_ s: Bytes) -> String { String(decoding: s, as: UTF8.self) }
}
