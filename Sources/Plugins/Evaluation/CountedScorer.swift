/// A scorer that keeps its totals as counts and derives every metric from counts, so a
/// document's score and the run's total are computed the same way.
protocol CountedScorer: LayerScorer {
    associatedtype Counts
    var totals: Counts { get }
    /// Fills metrics and counts from counts.
    static func fill(_ score: inout LayerScore, _ counts: Counts)
}

extension CountedScorer {
    public func total() -> LayerScore {
        var s = LayerScore()
        Self.fill(&s, totals)
        return s
    }
}

extension LayerScore {
    /// `a / b`, or nil when `b` is zero.
    static func rate(_ a: Int, _ b: Int) -> Double? { b > 0 ? Double(a) / Double(b) : nil }
}
