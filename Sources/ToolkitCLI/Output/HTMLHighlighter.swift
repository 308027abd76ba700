import Toolkit

/// Marks up a document's text with the spans of its record's layers, for the HTML page.
///
/// Every layer is read generically: an item of an array layer is highlighted by its own span
/// (`start`/`end`, role `item`) and by each member object that carries a span (role = the
/// member's name: an attribution's `source`, `cue`, `content`, `introducer`; a number's `core`).
/// All parts of one item share `data-layer`, `data-item` (its index in the layer) and a tooltip
/// (`data-tip`), which is how the page links an attribution's source, cue and content.
///
/// Spans may nest or overlap. The text is cut at every span boundary and the pieces wrapped in
/// properly nested `<span>` elements, longer spans outside; a span that crosses the end of an
/// enclosing one is closed there and reopened (`data-cont`) right after, so the markup stays
/// well formed and every piece still carries its span's attributes.
struct HTMLHighlighter {
    /// One span to mark.
    struct Highlight {
        var range: Range<Int>
        var layer: String
        var item: Int
        var role: String
        var tip: String
        /// Order among highlights with the same range: lower is outside.
        var rank: Int
        var classes: String
    }

    /// Layers that are not highlighted: too dense to read (tokens), or not spans of interest.
    static let unmarkedLayers: Set<String> = ["tokens", "sentences", "normalized", "errors"]

    /// Outer-to-inner order of layers when spans coincide (an attribution's content that is
    /// exactly one quote: the content outside).
    private static let layerRank = ["attributions": 0, "quotes": 1, "numbers": 3]
    private static let roleRank = ["item": 0, "content": 1, "introducer": 2, "source": 3, "cue": 4]

    /// Every highlight of a record, and how many spans fell outside the text (not shown).
    static func highlights(of record: JSONValue, textLength: Int) -> (highlights: [Highlight], outside: Int) {
        var out: [Highlight] = []
        var outside = 0
        for layer in record.sortedKeys where !unmarkedLayers.contains(layer) {
            guard let items = record[layer]?.array else { continue }
            for (i, item) in items.enumerated() {
                var parts: [(String, Range<Int>)] = []
                if let r = item.span { parts.append(("item", r)) }
                for key in item.sortedKeys { if let r = item[key]?.span { parts.append((key, r)) } }
                for (role, range) in parts {
                    guard range.upperBound <= textLength else { outside += 1; continue }
                    guard !range.isEmpty else { continue }
                    out.append(Highlight(
                        range: range, layer: layer, item: i, role: role,
                        tip: HTMLTooltip.text(layer: layer, index: i, item: item, role: role),
                        rank: (layerRank[layer] ?? 2) * 10 + (roleRank[role] ?? 5),
                        classes: classes(layer: layer, role: role, item: item)
                    ))
                }
            }
        }
        return (out, outside)
    }

    /// `hl l-<layer> r-<role>`, plus `q-<class>` for quotes and `q-malformed` when set.
    static func classes(layer: String, role: String, item: JSONValue) -> String {
        var c = "hl l-\(cssName(layer)) r-\(cssName(role))"
        if layer == "quotes", role == "item" {
            if let cls = item["class"]?.string { c += " q-\(cssName(cls))" }
            if let m = item["malformed"], !m.isNull { c += " q-malformed" }
        }
        return c
    }

    /// A name made safe for a CSS class: anything but ASCII letters, digits, `-` and `_`
    /// becomes `_`.
    static func cssName(_ s: String) -> String {
        String(s.unicodeScalars.map { c -> Character in
            c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_")
                ? Character(c) : "_"
        })
    }

    /// Appends `text` marked up with `highlights`; every highlight must lie inside the text.
    static func render(_ source: SourceText, _ highlights: [Highlight], into out: inout HTMLText) {
        let hs = highlights.sorted {
            ($0.range.lowerBound, -$0.range.upperBound, $0.rank) < ($1.range.lowerBound, -$1.range.upperBound, $1.rank)
        }
        var cuts = Set([0, source.scalarCount])
        for h in hs { cuts.insert(h.range.lowerBound); cuts.insert(h.range.upperBound) }
        let boundaries = cuts.sorted()
        let index = source.scalarIndex()
        var stack: [Int] = []
        var next = 0
        for (k, p) in boundaries.enumerated() {
            // Close every span ending here, and those opened inside it that go on (reopened below).
            var opening: [(index: Int, continued: Bool)] = []
            if let lowest = stack.firstIndex(where: { hs[$0].range.upperBound <= p }) {
                while stack.count > lowest {
                    let top = stack.removeLast()
                    out.append(raw: "</span>")
                    if hs[top].range.upperBound > p { opening.append((top, true)) }
                }
            }
            while next < hs.count, hs[next].range.lowerBound == p {
                opening.append((next, false))
                next += 1
            }
            opening.sort { a, b in
                let (x, y) = (hs[a.index], hs[b.index])
                return (-x.range.upperBound, x.rank, a.index) < (-y.range.upperBound, y.rank, b.index)
            }
            for (i, continued) in opening {
                openTag(hs[i], continued: continued, into: &out)
                stack.append(i)
            }
            if k + 1 < boundaries.count {
                out.append(text: source.utf8[index.byteOffset(p)..<index.byteOffset(boundaries[k + 1])])
            }
        }
        for _ in stack { out.append(raw: "</span>") }
    }

    private static func openTag(_ h: Highlight, continued: Bool, into out: inout HTMLText) {
        out.append(raw: "<span class=\"\(h.classes)\" data-layer=\"")
        out.append(attribute: h.layer)
        out.append(raw: "\" data-item=\"\(h.item)\" data-role=\"")
        out.append(attribute: h.role)
        out.append(raw: "\" data-tip=\"")
        out.append(attribute: h.tip)
        out.append(raw: continued ? "\" data-cont=\"\">" : "\" tabindex=\"0\">")
    }
}
