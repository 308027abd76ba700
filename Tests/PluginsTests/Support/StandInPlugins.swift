import Plugins
import Toolkit

/// A stand-in for a layer of numbers (shaped like the `numbers` plugin's): every number token,
/// and the words ثلاثة and عشرات, as items `{"start","end","text","value","kind"}`. Its item type does
/// not conform to `SpannedItem`, so rules read it through its JSON, as they would any layer.
struct StandInNumbers: Plugin {
    struct Item: LayerItem {
        var span: TextSpan
        var value: Double?
        var kind = "cardinal"

        func write(to json: inout JSONWriter, context: LayerContext) {
            json.beginObject()
            context.writeFields(span, to: &json)
            json.field("value", value)
            json.field("kind", kind)
            json.endObject()
        }
    }

    static let name = "stand-in-numbers"
    static let summary = "stand-in numbers"
    static let requires = ["tokens"]
    static let produces = "stand-in-numbers"
    init(shared: Void, options: PluginOptions) {}

    mutating func process(_ document: inout Document) throws {
        var items: [Item] = []
        for t in document.tokens ?? [] {
            let norm = document.norm(of: t)
            if t.kind == .number { items.append(Item(span: t.span, value: Double(norm))) }
            if norm == "ثلاثه" { items.append(Item(span: t.span, value: 3)) }
            if norm == "عشرات" { items.append(Item(span: t.span, value: nil, kind: "vague")) }
        }
        document.setLayer(Self.produces, items)
    }
}

/// Each word of two or more letters as an item of a `SpannedItem` type: the layer rules read
/// without encoding.
struct StandInLayer: Plugin {
    static let name = "stand-in"
    static let summary = "words as spanned items"
    static let requires = ["tokens"]
    static let produces = "stand-in"
    init(shared: Void, options: PluginOptions) {}

    mutating func process(_ document: inout Document) throws {
        let words = (document.tokens ?? []).filter { $0.kind == .word && $0.span.length > 1 }
        document.setLayer(Self.produces, words.map { StandInItem(span: $0.span) })
    }
}

struct StandInItem: SpannedItem {
    var span: TextSpan
    func write(to json: inout JSONWriter, context: LayerContext) { context.write(span, to: &json) }
}
