/// A layer of annotations a plugin adds to a document (`numbers`, `quotes`, a user's own),
/// written into the output record under the layer's name.
///
/// Conform your result type and the toolkit serializes it; the context gives access to the
/// original text so spans can carry their `text`.
public protocol Layer: Sendable {
    func write(to json: inout JSONWriter, context: LayerContext)
}

/// What a layer needs to serialize spans: the original text and its scalar index.
public struct LayerContext {
    public let source: SourceText
    public let index: ScalarIndex

    public init(source: SourceText) {
        self.source = source
        self.index = source.scalarIndex()
    }

    /// Writes `{"start":…,"end":…,"text":…}` for a span of the original text.
    public func write(_ span: TextSpan, to json: inout JSONWriter) {
        json.beginObject()
        writeFields(span, to: &json)
        json.endObject()
    }

    /// Writes the `start`, `end` and `text` fields of a span into the current object.
    public func writeFields(_ span: TextSpan, to json: inout JSONWriter) {
        json.field("start", span.start)
        json.field("end", span.end)
        json.key("text")
        source.utf8.withUnsafeBufferPointer { b in
            json.string(utf8: UnsafeBufferPointer(rebasing: b[index.byteRange(span)]))
        }
    }

    /// The original text of a span.
    public func text(_ span: TextSpan) -> String { index.text(span, in: source.utf8) }
}

/// An item of a list layer.
public protocol LayerItem: Sendable {
    func write(to json: inout JSONWriter, context: LayerContext)
}

extension Array: Layer where Element: LayerItem {
    public func write(to json: inout JSONWriter, context: LayerContext) {
        json.beginArray()
        for item in self { item.write(to: &json, context: context) }
        json.endArray()
    }
}

extension TextSpan: LayerItem {
    public func write(to json: inout JSONWriter, context: LayerContext) { context.write(self, to: &json) }
}
