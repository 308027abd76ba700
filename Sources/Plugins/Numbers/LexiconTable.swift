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
            // Byte offsets, without slices or arrays of them: the tables are read at every start.
            func string(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self) }
            func trimmed(_ from: Int, _ to: Int) -> (Int, Int) {
                var (from, to) = (from, to)
                while from < to, Self.isBlank(bytes[from]) { from += 1 }
                while to > from, Self.isBlank(bytes[to - 1]) { to -= 1 }
                return (from, to)
            }
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != Self.newline { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                let (start, end) = trimmed(lineStart, lineEnd)
                guard start < end, bytes[start] != Self.hash else { continue }
                var colon = start
                while colon < end, bytes[colon] != Self.colon { colon += 1 }
                guard colon < end else { continue }
                var key: [String] = []
                var k = start
                while k < colon {
                    let field = k
                    while k < colon, bytes[k] != Self.space { k += 1 }
                    if k > field { key.append(string(field, k)) }
                    k += 1
                }
                var items: [String] = []
                var j = colon + 1
                while j <= end {
                    let item = j
                    while j < end, bytes[j] != Self.comma { j += 1 }
                    let (from, to) = trimmed(item, j)
                    if from < to { items.append(string(from, to)) }
                    j += 1
                }
                rows.append(Row(key: key, items: items))
            }
        }
        self.rows = rows
    }

    private static let newline = UInt8(ascii: "\n"), hash = UInt8(ascii: "#"), colon = UInt8(ascii: ":")
    private static let space = UInt8(ascii: " "), comma = UInt8(ascii: ",")

    /// Spaces, tabs and carriage returns, trimmed around fields (as `trimmingSpaces` does for strings).
    private static func isBlank(_ b: UInt8) -> Bool { b == space || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") }
}
