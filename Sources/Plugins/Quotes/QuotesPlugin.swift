import Toolkit

/// The lexicons the quote and attribution rules share, built once per run.
public struct QuoteLexicons: Sendable {
    public let cues: CueLexicon
    public let sources: SourceLexicon
    public let context: QuoteContextLexicon

    public init(cues: CueLexicon, sources: SourceLexicon = SourceLexicon(), context: QuoteContextLexicon = QuoteContextLexicon()) {
        self.cues = cues
        self.sources = sources
        self.context = context
    }

    /// The lexicons of the built-in tables, built on first use and then shared by the `quotes`
    /// and `attributions` plugins instead of each building its own.
    public static let builtIn: QuoteLexicons = {
        do { return QuoteLexicons(cues: try CueLexicon()) } catch { fatalError("built-in cue table: \(error)") }
    }()
}

/// `quotes`: pairs every quotation mark of a document and classifies each quotation as speech,
/// speech fragment, name or term (layer `quotes`, a list of ``QuoteMark``).
public struct QuotesPlugin: Plugin {
    public static let name = "quotes"
    public static let summary = "Quotation mark pairs (\" “ ” « » „ ‹ › '') with class speech/speech_fragment/name/term and malformed marks"
    public static let requires = ["tokens"]
    public static let after = ["sentences"]
    public static let produces = "quotes"

    public static func prepare(_ options: PluginOptions) throws -> QuoteLexicons {
        QuoteLexicons.builtIn
    }

    private let pairer = QuotePairer()
    private let classifier: QuoteClassifier

    public init(shared: QuoteLexicons, options: PluginOptions) {
        classifier = QuoteClassifier(cues: shared.cues, sources: shared.sources, context: shared.context)
    }

    public mutating func process(_ document: inout Document) throws {
        // Most articles have no quotation mark at all: skip the token view for them.
        let text = document.normalizedOrIdentity()
        guard let tokens = document.tokens, !tokens.isEmpty, let first = Self.firstMark(tokens, text.utf16) else {
            document.setLayer(Self.produces, [QuoteMark]())
            return
        }
        let view = TokenView.of(&document)
        document.setLayer(Self.produces, quotes(in: view, from: first))
    }

    /// The first token that is a quotation mark, if any. The pairer reads marks from one-unit
    /// punctuation and symbol tokens only, so this looks at those tokens rather than at every
    /// unit of the text; the pairer then starts from it.
    static func firstMark(_ tokens: [Token], _ text: [UInt16]) -> Int? {
        text.withUnsafeBufferPointer { u in
            tokens.firstIndex { t in
                t.normEnd - t.normStart == 1 && (t.kind == .punct || t.kind == .symbol) && QuotePairer.family(of: u[Int(t.normStart)]) != nil
            }
        }
    }

    /// The classified quotations of a document's token view.
    public func quotes(in view: TokenView) -> [QuoteMark] { quotes(in: view, from: 0) }

    /// The classified quotations of a document's token view whose first mark is at or after `start`.
    func quotes(in view: TokenView, from start: Int) -> [QuoteMark] {
        var quotes = pairer.pair(view, from: start)
        classifier.classify(&quotes, view)
        return quotes
    }
}
