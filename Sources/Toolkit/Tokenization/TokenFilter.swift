/// One correction applied to the tokens ICU produced, in the manner of a Lucene `TokenFilter`:
/// each filter does one job and leaves every other token as it was.
public protocol TokenFilter: Sendable {
    /// Rewrites `tokens` (in text order) for the normalized `text` they were cut from.
    func apply(_ tokens: inout [Token], in text: NormalizedText)
}

extension NormalizedText {
    /// A token for a range of normalized units, with its original span.
    @inlinable
    func token(_ range: Range<Int>, _ kind: TokenKind) -> Token {
        Token(span: originalSpan(range), normRange: range, kind: kind)
    }
}
