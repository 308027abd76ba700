/// Reads the plain-text tables the number lexicons are written in.
///
/// One entry per line: `key: item, item, …`. The key may hold several space-separated fields
/// (`1000 scale dual`); items are words or phrases (`ما يزيد عن`) separated by commas. `#` starts
/// a comment line; blank lines are skipped. The tables live in Swift string literals so they
/// ship inside the binary and read like data files.
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
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingSpaces
            guard !line.isEmpty, !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].split(separator: " ").map(String.init)
            let items = line[line.index(after: colon)...].split(separator: ",").map { String($0.trimmingSpaces) }
                .filter { !$0.isEmpty }
            rows.append(Row(key: key, items: items))
        }
        self.rows = rows
    }
}
