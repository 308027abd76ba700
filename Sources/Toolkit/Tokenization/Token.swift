/// What a token is.
public enum TokenKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case word, number, punct, symbol, url, email, hashtag, mention

    public var description: String { name.description }

    /// The kind as the records write it (a static string: writing it needs no reference counting).
    public var name: StaticString {
        switch self {
        case .word: "word"
        case .number: "number"
        case .punct: "punct"
        case .symbol: "symbol"
        case .url: "url"
        case .email: "email"
        case .hashtag: "hashtag"
        case .mention: "mention"
        }
    }
}

/// One token: its span in the original text, its range in the normalized text (its `norm`),
/// and its kind. A compact value (no strings) so tokenizing allocates one array.
public struct Token: Sendable, Hashable {
    /// Where the token is in the original text (Unicode scalars).
    public var span: TextSpan
    /// Where the token is in the normalized text (UTF-16 units).
    public var normStart: Int32
    public var normEnd: Int32
    public var kind: TokenKind

    @inlinable
    public init(span: TextSpan, normRange: Range<Int>, kind: TokenKind) {
        self.span = span
        self.normStart = Int32(normRange.lowerBound)
        self.normEnd = Int32(normRange.upperBound)
        self.kind = kind
    }

    /// The token's range in the normalized text.
    @inlinable public var normRange: Range<Int> { Int(normStart)..<Int(normEnd) }
}

/// A piece of a token after clitic segmentation (e.g. و + ب + القوات).
public struct TokenSegment: Sendable, Hashable {
    public enum Role: String, Sendable { case proclitic, stem }
    public var span: TextSpan
    public var normRange: Range<Int>
    public var role: Role

    public init(span: TextSpan, normRange: Range<Int>, role: Role) {
        self.span = span
        self.normRange = normRange
        self.role = role
    }
}
