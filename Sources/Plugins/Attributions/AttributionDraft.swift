/// An attribution being built, in token ranges (turned into an ``Attribution`` at the end).
struct AttributionDraft {
    var cue: CueCandidate
    var content: Range<Int>
    /// Tokens between cue and content (source, addressee, medium, adverbials).
    var region: Range<Int> = 0..<0
    /// The quotation that is the whole content (direct speech).
    var directQuote: Int?
    var introducer: Range<Int>?
    var source: SourcePhrase?
    /// The mention the source points at (for pro-drop and shared sources, an earlier one).
    var mention: Range<Int>?
    var realization: Realization
    var addressee: Range<Int>?
    var medium: (tokens: Range<Int>?, type: String, inherited: Bool)?
    /// A relay: the outlet, its cue (نقلت، بحسب) and the connector عن when there is one.
    var relay: (via: SourcePhrase, cue: CueCandidate, connector: Int?)?
    var parent: Int?
    var speaker: Int?
    var confidence: Double
    var evidence: [String]
    var quotes: [Int] = []
    var kind: AttributionKind = .indirect
    /// The speaker cluster of the source while speakers are resolved (-1: none).
    var cluster = -1

    /// The cue's first token.
    var cueStart: Int { cue.tokens.lowerBound }
}
