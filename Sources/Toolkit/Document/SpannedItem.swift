/// A layer item that covers a span of the original text: a number, a quote, a rule match.
///
/// Other extractors can refer to such items by position (a rule file's `layer:` step) without
/// knowing their type. Conform your item type by naming its span:
///
/// ```swift
/// extension Casualty: SpannedItem {}   // when it already has `var span: TextSpan`
/// ```
public protocol SpannedItem: LayerItem {
    /// Where the item is in the original text.
    var span: TextSpan { get }
}

/// A layer whose items have spans, readable without encoding the layer as JSON.
public protocol SpannedLayer: Layer {
    /// The spans of the items, in the layer's order.
    var itemSpans: [TextSpan] { get }
}

extension Array: SpannedLayer where Element: SpannedItem {
    public var itemSpans: [TextSpan] { map(\.span) }
}

extension TextSpan: SpannedItem {
    public var span: TextSpan { self }
}
