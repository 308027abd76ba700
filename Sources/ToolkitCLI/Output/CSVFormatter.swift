import Toolkit

/// `--format csv --layer L`: one row per item of layer `L`, RFC 4180.
///
/// Rows are `id,start,end,text` and then the item's fields flattened into dotted columns
/// (`cue.start`, `cue.text`, `source.type`, …). Arrays, and objects that have a column of
/// their own, are written as compact JSON; null is an empty field. Fields holding a comma, a
/// quote, CR or LF are quoted, with quotes doubled; lines end in CRLF; UTF-8 without a byte
/// order mark; one header row.
///
/// Columns are fixed for the whole file:
/// - layers with a documented schema (`numbers`, `quotes`, `attributions`, `tokens`,
///   `sentences`, `errors`) use the list in ``knownColumns``;
/// - any other layer takes its columns from the first document that has items in it: every
///   field of those items, ordered `start`, `end`, `text` first, then by name, level by level.
///
/// Fields outside the columns are left out (never appended mid-file) and named in ``notes``.
/// The row's `start`/`end`/`text` are the item's own span; an item without one (an
/// attribution) takes its main part's span (``primarySpan``: `content`), or else the first
/// nested span in column order.
public struct CSVFormatter: RecordFormatter {
    /// The layer written, one row per item.
    public let layer: String
    /// Columns after `id,start,end,text`, as dotted paths; nil until the first item of a
    /// layer without a documented schema.
    public private(set) var columns: [String]?
    private var headerWritten = false
    private var left: Set<String> = []

    /// Column lists of the layers OUTPUT.md documents.
    public static let knownColumns: [String: [String]] = [
        "numbers": [
            "core.start", "core.end", "core.text", "kind", "value", "min", "max", "mod", "unit", "noun",
            "time", "date",
        ],
        "quotes": ["class", "malformed"],
        "attributions": [
            "kind",
            "content.start", "content.end", "content.text",
            "cue.start", "cue.end", "cue.text", "cue.lemma", "cue.class",
            "source.start", "source.end", "source.text", "source.type", "source.normalized",
            "source.realization", "source.title.text", "source.affiliation.text",
            "introducer.start", "introducer.end", "introducer.text",
            "addressee", "medium", "via", "parent", "confidence", "evidence",
        ],
        "tokens": ["norm", "kind", "segments"],
        "sentences": [],
        "errors": ["plugin", "message"],
    ]

    /// For layers whose items have no span of their own: the member giving the row's span.
    public static let primarySpan: [String: String] = ["attributions": "content"]

    public init(layer: String) {
        self.layer = layer
        columns = Self.knownColumns[layer]
    }

    public mutating func header() -> [UInt8] {
        columns == nil ? [] : headerRow()
    }

    public mutating func record(_ document: Document, encoded: [UInt8]) throws -> [UInt8] {
        let record = try JSONValue.decode(encoded)
        guard let items = record[layer]?.array, !items.isEmpty else { return [] }
        var out: [UInt8] = []
        if columns == nil { columns = Self.columns(of: items) }
        if !headerWritten { out = headerRow() }
        let columns = (self.columns ?? []).map(Self.path)
        let covered = Coverage(columns: columns)
        let id = record["id"]?.displayText ?? document.id
        for item in items {
            let span = rowSpan(item)
            var text = span?["text"]?.string
            if text == nil, let r = span?.span, r.upperBound <= document.source.scalarCount {
                text = document.source.text(TextSpan(start: r.lowerBound, end: r.upperBound))
            }
            var fields = [id, span?["start"]?.displayText ?? "", span?["end"]?.displayText ?? "", text ?? ""]
            for c in columns {
                fields.append(item[path: c]?.displayText ?? "")
            }
            Self.appendRow(fields, to: &out)
            for path in Self.leafPaths(item) where !covered.contains(path) { left.insert(path.joined(separator: ".")) }
        }
        return out
    }

    public mutating func footer() -> [UInt8] {
        headerWritten ? [] : headerRow()
    }

    public var notes: [String] {
        guard !left.isEmpty else { return [] }
        return ["csv: fields of '\(layer)' outside the columns were left out: "
            + left.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }).joined(separator: ", ")]
    }

    private mutating func headerRow() -> [UInt8] {
        headerWritten = true
        var out: [UInt8] = []
        Self.appendRow(["id", "start", "end", "text"] + (columns ?? []), to: &out)
        return out
    }

    private func rowSpan(_ item: JSONValue) -> JSONValue? {
        if item.span != nil { return item }
        if let key = Self.primarySpan[layer], let v = item[key], v.span != nil { return v }
        return item.sortedKeys.lazy.compactMap { item[$0] }.first { $0.span != nil }
    }

    /// Columns for a layer without a documented schema: every field of `items` (except the
    /// item's own `start`/`end`/`text`), in display order; a field that is an object in one
    /// item and a scalar in another gets the object's columns only.
    static func columns(of items: [JSONValue]) -> [String] {
        var paths = Set<[String]>()
        for item in items { paths.formUnion(leafPaths(item)) }
        paths.subtract([["start"], ["end"], ["text"]])
        return paths.subtracting(properPrefixes(of: paths))
            .sorted { a, b in
                for (x, y) in zip(a, b) where x != y { return JSONValue.keyPrecedes(x, y) }
                return a.count < b.count
            }
            .map { $0.joined(separator: ".") }
    }

    static func path(_ column: String) -> [String] { column.split(separator: ".").map(String.init) }

    static func properPrefixes<S: Sequence<[String]>>(of paths: S) -> Set<[String]> {
        Set(paths.flatMap { p in (1..<max(1, p.count)).map { Array(p.prefix($0)) } })
    }

    /// Paths to the scalar and array values of an object item (empty objects count as values).
    static func leafPaths(_ item: JSONValue) -> [[String]] {
        var out: [[String]] = []
        func walk(_ v: JSONValue, _ prefix: [String]) {
            if let o = v.object, !o.isEmpty {
                for (k, child) in o { walk(child, prefix + [k]) }
            } else if !prefix.isEmpty {
                out.append(prefix)
            }
        }
        walk(item, [])
        return out
    }

    /// Whether a field is written: its path is a column, lies under one (written as JSON
    /// inside it), or leads to columns (a null where others have an object).
    private struct Coverage {
        let exact: Set<[String]>
        let leading: Set<[String]>

        init(columns: [[String]]) {
            let paths = [["start"], ["end"], ["text"]] + columns
            exact = Set(paths)
            leading = CSVFormatter.properPrefixes(of: paths)
        }

        func contains(_ path: [String]) -> Bool {
            if leading.contains(path) { return true }
            return (1...path.count).contains { exact.contains(Array(path.prefix($0))) }
        }
    }

    /// Appends one RFC 4180 record: fields joined by commas, quoted when needed, CRLF.
    static func appendRow(_ fields: [String], to out: inout [UInt8]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(0x2C) }
            let utf8 = f.utf8
            if utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) {
                out.append(0x22)
                for b in utf8 {
                    if b == 0x22 { out.append(0x22) }
                    out.append(b)
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: utf8)
            }
        }
        out.append(0x0D)
        out.append(0x0A)
    }
}
