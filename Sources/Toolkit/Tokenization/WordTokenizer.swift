/// Options of the word tokenizer.
public struct TokenizerOptions: Sendable, Hashable {
    /// Split proclitics (و ف ب ل ك ال س) into ``TokenSegment``s, guarded by a lexicon. Off by default:
    /// tokens stay orthographic words, as the output contract's spans expect.
    public var clitics: Bool
    /// ICU locale for the break rules.
    public var locale: String
    /// Segment ordinary chunks without calling ICU (same results, several times faster; see
    /// ``FastPathSegmenter``). Off: every chunk goes through ICU.
    public var fastPath: Bool

    public init(clitics: Bool = false, locale: String = "ar", fastPath: Bool = true) {
        self.clitics = clitics
        self.locale = locale
        self.fastPath = fastPath
    }
}

/// The word tokenizer: ICU word break over normalized text, then the fixes Arabic news needs,
/// each a ``TokenFilter``. One instance per worker (it owns an ICU iterator).
public final class WordTokenizer {
    public let options: TokenizerOptions
    private let segmenter: ICUWordSegmenter
    private let fast: FastPathSegmenter?
    private let filters: [any TokenFilter]
    private let clitics: CliticSegmenter?

    /// The default fixes, in the order they run: web tokens first (they contain anything),
    /// then script splits (و١٠ → و ١٠), Arabic commas, clock times (they need the digits
    /// already split from glued letters), full stops glued between Arabic words, and
    /// abbreviations (د. محمد).
    public static let defaultFilters: [any TokenFilter] = [
        SpecialTokenFilter(), ScriptBoundaryFilter(), ArabicCommaFilter(), ClockTimeFilter(), GluedPeriodFilter(), AbbreviationFilter(),
    ]

    public init(options: TokenizerOptions = TokenizerOptions(), filters: [any TokenFilter] = WordTokenizer.defaultFilters) throws {
        self.options = options
        self.segmenter = try ICUWordSegmenter(locale: options.locale)
        self.fast = options.fastPath ? try FastPathSegmenter(locale: options.locale) : nil
        self.filters = filters
        self.clitics = options.clitics ? CliticSegmenter() : nil
    }

    /// Tokens of normalized text, with spans into the original.
    public func tokenize(_ text: NormalizedText) -> [Token] {
        var tokens: [Token]
        var hints = TextHints.all
        if let fast {
            tokens = fast.segment(text)
            hints = fast.hints
        } else {
            tokens = segmenter.segment(text)
        }
        for f in filters where f.isNeeded(hints) { f.apply(&tokens, in: text, hints: hints) }
        return tokens
    }

    /// Clitic segments for word tokens that split (indexed by token position); empty when the
    /// option is off.
    public func segments(of tokens: [Token], in text: NormalizedText) -> [Int: [TokenSegment]] {
        guard let clitics else { return [:] }
        var result: [Int: [TokenSegment]] = [:]
        for (i, t) in tokens.enumerated() where t.kind == .word {
            if let segs = clitics.segment(t, in: text) { result[i] = segs }
        }
        return result
    }
}
