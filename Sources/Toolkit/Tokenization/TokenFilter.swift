/// One correction applied to the tokens ICU produced, in the manner of a Lucene `TokenFilter`:
/// each filter does one job and leaves every other token as it was.
public protocol TokenFilter: Sendable {
    /// Rewrites `tokens` (in text order) for the normalized `text` they were cut from.
    func apply(_ tokens: inout [Token], in text: NormalizedText)
    /// Whether the filter can have work, given what the segmenter saw (default: always).
    func isNeeded(_ hints: TextHints) -> Bool
    /// Rewrites `tokens` using what the segmenter saw (default: ``apply(_:in:)``).
    func apply(_ tokens: inout [Token], in text: NormalizedText, hints: TextHints)
}

extension TokenFilter {
    public func isNeeded(_ hints: TextHints) -> Bool { true }
    public func apply(_ tokens: inout [Token], in text: NormalizedText, hints: TextHints) { apply(&tokens, in: text) }
}

extension NormalizedText {
    /// A token for a range of normalized units, with its original span.
    @inlinable
    func token(_ range: Range<Int>, _ kind: TokenKind) -> Token {
        Token(span: originalSpan(range), normRange: range, kind: kind)
    }
}
