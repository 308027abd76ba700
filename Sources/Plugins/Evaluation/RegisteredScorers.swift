/// The layer scorers that ship with the toolkit. Each extractor adds its scorer here.
func registeredScorers() -> [String: @Sendable () -> any LayerScorer] {
    [
        "numbers": { NumberScorer() },
        "quotes": { QuoteScorer() },
        "attributions": { AttributionScorer() },
    ]
}
