import Toolkit

/// What a quotation is (OUTPUT.md `class`).
public enum QuoteClass: String, Sendable, CaseIterable {
    /// A whole direct quotation.
    case speech
    /// Verbatim words inside a paraphrase.
    case speechFragment = "speech_fragment"
    /// An entity in quotation marks ("قسد"، «الإخوان»، وكالة "رويترز").
    case name
    /// Scare quotes, titles, slogans.
    case term

    /// True for speech and speech fragments (the coarse class of the evaluation).
    public var isSpeech: Bool { self == .speech || self == .speechFragment }
}

/// A pair of quotation marks, or a mark that has no partner (then ``malformed`` says which).
///
/// `span` covers both marks. For an unclosed mark it runs to the end of the mark's sentence;
/// for an unopened one it is the mark alone and ``quoteClass`` is nil.
public struct QuoteMark: Sendable, Hashable, LayerItem {
    public var span: TextSpan
    /// The opening mark (nil when unopened).
    public var open: TextSpan?
    /// The closing mark (nil when unclosed).
    public var close: TextSpan?
    /// Tokens of the opening and closing marks (a doubled apostrophe `''` is two tokens).
    public var openTokens: Range<Int>?
    public var closeTokens: Range<Int>?
    /// Tokens between the marks.
    public var inner: Range<Int>
    public var quoteClass: QuoteClass?
    /// nil for a well-formed pair; else `unclosed`, `unopened`, `unpaired`, `reversed_open_mark`,
    /// `reversed_close_mark`, `reversed_marks` or `mismatched_marks`.
    public var malformed: String?
    /// Index of the attribution whose content owns the quotation (set by `attributions`).
    public var attribution: Int?
    /// Why the class was chosen (the deciding feature).
    public var evidence: String?

    public init(span: TextSpan, open: TextSpan?, close: TextSpan?, openTokens: Range<Int>?, closeTokens: Range<Int>?,
                inner: Range<Int>, malformed: String? = nil) {
        self.span = span
        self.open = open
        self.close = close
        self.openTokens = openTokens
        self.closeTokens = closeTokens
        self.inner = inner
        self.malformed = malformed
    }

    /// True when both marks are present.
    public var isPaired: Bool { open != nil && close != nil }

    public func write(to json: inout JSONWriter, context: LayerContext) {
        json.beginObject()
        context.writeFields(span, to: &json)
        json.field("class", quoteClass?.rawValue)
        json.field("malformed", malformed)
        json.field("open", open.map { context.text($0) })
        json.field("close", close.map { context.text($0) })
        if let attribution { json.field("attribution", attribution) }
        if let evidence { json.field("evidence", evidence) }
        json.endObject()
    }
}
