/// Encodes a ``Document`` as one JSON line per the output contract (OUTPUT.md): `id`, `length`,
/// then the core layers, the other layers in chain order, and `errors` when any.
public struct DocumentEncoder: Sendable {
    public init() {}

    public func encode(_ doc: Document) -> [UInt8] {
        // A record with tokens runs to about eight times its text.
        var json = JSONWriter(capacity: doc.source.utf8.count * 10 + 256)
        encode(doc, into: &json)
        return json.line()
    }

    public func encode(_ doc: Document, into json: inout JSONWriter) {
        let context = LayerContext(source: doc.source)
        json.beginObject()
        json.field("id", doc.id)
        json.field("length", doc.source.scalarCount)
        if doc.emitNormalized, let n = doc.normalized {
            json.key("normalized")
            n.utf16.withUnsafeBufferPointer { json.string(utf16: $0) }
        }
        if let tokens = doc.tokens {
            json.key("tokens")
            writeTokens(tokens, doc: doc, context: context, into: &json)
        }
        if let sentences = doc.sentences {
            json.key("sentences")
            sentences.write(to: &json, context: context)
        }
        for (name, layer) in doc.layers {
            json.key(name)
            layer.write(to: &json, context: context)
        }
        if !doc.errors.isEmpty {
            json.key("errors")
            doc.errors.write(to: &json, context: context)
        }
        json.endObject()
    }

    private func writeTokens(_ tokens: [Token], doc: Document, context: LayerContext, into json: inout JSONWriter) {
        json.beginArray()
        let normalized = doc.normalized
        for (i, t) in tokens.enumerated() {
            json.beginObject()
            context.writeFields(t.span, to: &json)
            json.key("norm")
            if let normalized {
                normalized.utf16.withUnsafeBufferPointer { json.string(utf16: UnsafeBufferPointer(rebasing: $0[t.normRange])) }
            } else {
                json.string(context.text(t.span))
            }
            json.key("kind")
            json.string(static: t.kind.name)
            if let segments = doc.tokenSegments[i] {
                json.key("segments")
                json.beginArray()
                for s in segments {
                    json.beginObject()
                    context.writeFields(s.span, to: &json)
                    if let normalized { json.field("norm", normalized.string(s.normRange)) }
                    json.field("role", s.role.rawValue)
                    json.endObject()
                }
                json.endArray()
            }
            json.endObject()
        }
        json.endArray()
    }
}
