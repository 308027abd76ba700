import Toolkit

/// A layer given as JSON, as run-time loaded plugins return it.
///
/// Every object carrying numeric `start` and `end` is a span of the original text: the layer
/// checks them when it is made (integers, `0 <= start <= end <= length`) and, when written,
/// gives each span its `text` from the original, so spans and texts always agree.
///
/// Read it from a document with `document.layer("casualty-keywords", as: JSONLayer.self)`.
public struct JSONLayer: SpannedLayer {
    /// The layer as the plugin returned it (before `text` is added to spans).
    public let root: JSONNode

    /// Wraps parsed JSON after checking its spans against a text of `length` scalars.
    public init(root: JSONNode, length: Int) throws(SpanError) {
        try Self.check(root, length: length)
        self.root = root
    }

    /// The spans of the top-level items (when the layer is an array of span objects).
    public var itemSpans: [TextSpan] {
        (root.array ?? []).compactMap { Self.span(of: $0) }
    }

    /// The top-level items as objects, with their spans (items that are not span objects are
    /// left out).
    public var spannedItems: [(span: TextSpan, item: JSONObject)] {
        (root.array ?? []).compactMap { node in
            guard let o = node.object, let s = Self.span(of: node) else { return nil }
            return (s, o)
        }
    }

    public func write(to json: inout JSONWriter, context: LayerContext) {
        Self.write(root, to: &json, context: context)
    }

    /// The span of a span object; nil for other values.
    static func span(of node: JSONNode) -> TextSpan? {
        guard let s = node["start"]?.int, let e = node["end"]?.int, s >= 0, s <= e else { return nil }
        return TextSpan(start: s, end: e)
    }

    private static func isSpanObject(_ o: JSONObject) -> Bool {
        if case .number? = o["start"], case .number? = o["end"] { return true }
        return false
    }

    private static func check(_ node: JSONNode, length: Int) throws(SpanError) {
        switch node {
        case .array(let items):
            for item in items { try check(item, length: length) }
        case .object(let o):
            if isSpanObject(o) {
                guard let s = o["start"]?.int, let e = o["end"]?.int else {
                    throw SpanError(message: "start/end must be integers (Unicode scalar offsets), got \(node.jsonText)")
                }
                guard 0 <= s, s <= e, e <= length else {
                    throw SpanError(message: "span [\(s), \(e)) is out of bounds for a text of \(length) scalars")
                }
            }
            for (_, v) in o.members { try check(v, length: length) }
        default:
            break
        }
    }

    private static func write(_ node: JSONNode, to json: inout JSONWriter, context: LayerContext) {
        switch node {
        case .array(let items):
            json.beginArray()
            for item in items { write(item, to: &json, context: context) }
            json.endArray()
        case .object(let o):
            let span = isSpanObject(o) ? span(of: node) : nil
            json.beginObject()
            for (k, v) in o.members where !(span != nil && k == "text") {
                json.key(k)
                write(v, to: &json, context: context)
                if k == "end", let span {
                    json.key("text")
                    context.source.utf8.withUnsafeBufferPointer { b in
                        json.string(utf8: UnsafeBufferPointer(rebasing: b[context.index.byteRange(span)]))
                    }
                }
            }
            json.endObject()
        default:
            node.write(to: &json)
        }
    }
}

/// A span in a plugin's JSON that does not fit the document.
public struct SpanError: Error, Sendable, CustomStringConvertible {
    /// What does not fit.
    public let message: String
    public var description: String { message }
}
