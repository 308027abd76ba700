import Plugins
import Toolkit

/// Another layer's items (a `numbers` layer, a library plugin's layer, any layer of span
/// items), placed on the tokens they start at so token patterns can step over them.
///
/// Spans are read without encoding when the layer can list them (``SpannedLayer``,
/// ``JSONLayer``); otherwise, or when a pattern reads item fields, the layer is encoded as the
/// record would hold it and its items are read back, so any layer works, whatever its type.
struct LayerItemIndex {
    struct Item {
        var span: TextSpan
        /// Index of the last token the item covers.
        var lastToken: Int
        var fields: JSONObject?
    }

    private var byFirstToken: [Int: [Item]] = [:]

    init(document: Document, layer name: String, needsFields: Bool, tokens: [Token]) {
        guard let layer = document.layers.first(where: { $0.name == name })?.value, !tokens.isEmpty else { return }
        for (span, fields) in Self.items(of: layer, needsFields: needsFields, source: document.source) {
            guard let first = Self.firstToken(endingAfter: span.start, in: tokens), tokens[first].span.start < span.end else {
                continue
            }
            var last = first
            while last + 1 < tokens.count, tokens[last + 1].span.start < span.end { last += 1 }
            byFirstToken[first, default: []].append(Item(span: span, lastToken: last, fields: fields))
        }
        for k in byFirstToken.keys { byFirstToken[k]!.sort { $0.lastToken > $1.lastToken } }
    }

    /// Items whose first token is `token`, longest first.
    func items(at token: Int) -> [Item] { byFirstToken[token] ?? [] }

    private static func items(of layer: any Layer, needsFields: Bool, source: SourceText) -> [(TextSpan, JSONObject?)] {
        if let json = layer as? JSONLayer { return json.spannedItems.map { ($0.span, $0.item) } }
        if !needsFields, let spanned = layer as? any SpannedLayer { return spanned.itemSpans.map { ($0, nil) } }
        var writer = JSONWriter(capacity: 1024)
        layer.write(to: &writer, context: LayerContext(source: source))
        guard let node = try? JSONNode.parse(writer.bytes), let array = node.array else { return [] }
        return array.compactMap { item in
            guard let o = item.object, let s = o["start"]?.int, let e = o["end"]?.int, 0 <= s, s <= e,
                  e <= source.scalarCount else { return nil }
            return (TextSpan(start: s, end: e), o)
        }
    }

    /// The first token whose end lies after `offset` (binary search; tokens are in order).
    private static func firstToken(endingAfter offset: Int, in tokens: [Token]) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count ? lo : nil
    }
}
