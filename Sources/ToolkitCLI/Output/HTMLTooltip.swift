/// The tooltip text of a highlighted item on the HTML page: a title line, then `key: value`
/// lines. Attributions show their kind, cue (with its class), source and confidence; numbers
/// their kind, value, bounds and unit; any other layer its scalar fields.
///
/// Every value taken from the record is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
/// ISOLATE (U+2068 … U+2069), so Arabic values keep their order inside the left-to-right lines.
enum HTMLTooltip {
    private static let titles = ["numbers": "Number", "quotes": "Quote", "attributions": "Attribution"]
    /// Fields shown first, in this order, when present.
    private static let leading = ["kind", "class", "value", "min", "max", "mod", "unit", "noun", "malformed"]

    static func text(layer: String, index: Int, item: JSONValue, role: String) -> String {
        var lines = ["\(titles[layer] ?? layer) \(index + 1)" + (role == "item" ? "" : " · \(role)")]
        var shown: Set<String> = ["start", "end", "text"]
        if layer == "attributions" {
            if let kind = item["kind"]?.string { lines.append("kind: \(isolate(kind))") }
            if let cue = item["cue"], let t = cue["text"]?.string {
                lines.append("cue: \(isolate(t))" + parenthesized([cue["class"]]))
            }
            if let source = item["source"], let t = source["text"]?.string {
                lines.append("source: \(isolate(t))" + parenthesized([source["type"], source["realization"]]))
            }
            if let c = item["confidence"], !c.isNull { lines.append("confidence: \(isolate(c.displayText))") }
            shown.formUnion(["kind", "cue", "source", "confidence", "content", "introducer"])
        }
        for key in item.sortedKeys(preferring: leading) where !shown.contains(key) {
            guard let v = item[key], !v.isNull else { continue }
            if v.object != nil {
                if v.span != nil, let t = v["text"]?.string { lines.append("\(key): \(isolate(t))") }
            } else {
                lines.append("\(key): \(isolate(v.displayText))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// ` (a, b)` from the non-empty values, or nothing.
    private static func parenthesized(_ values: [JSONValue?]) -> String {
        let parts = values.compactMap { $0?.string }.filter { !$0.isEmpty }
        return parts.isEmpty ? "" : " (\(isolate(parts.joined(separator: ", "))))"
    }

    /// `s` as a bidi isolate with its direction taken from its first strong character.
    static func isolate(_ s: String) -> String { "\u{2068}\(s)\u{2069}" }
}
