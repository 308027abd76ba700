import Toolkit

extension Document {
    /// The original text of a token.
    public func text(of token: Token) -> String { source.text(token.span) }

    /// The original text of a span.
    public func text(of span: TextSpan) -> String { source.text(span) }

    /// The record of the output contract (OUTPUT.md), as one line of JSON without the newline.
    public var jsonRecord: String {
        var json = JSONWriter(capacity: source.utf8.count * 4 + 256)
        DocumentEncoder().encode(self, into: &json)
        return String(decoding: json.bytes, as: UTF8.self)
    }
}
