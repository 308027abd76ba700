import Toolkit

/// Scores one layer of a run against gold annotations (EVALUATION.md), document by document.
///
/// Scorers accumulate totals as documents are added; ``total()`` gives the layer's metrics.
public protocol LayerScorer {
    /// The layer scored (`numbers`, `quotes`, `attributions`).
    var layer: String { get }
    /// Scores one document against its gold and adds it to the totals.
    mutating func add(_ document: Document, gold: GoldDocument) -> LayerScore
    /// Metrics over every document added so far.
    func total() -> LayerScore
}

/// Metrics of a layer, for one document or a whole run, with what was missed and what was
/// wrongly found (listed by `eval --verbose`).
public struct LayerScore: Sendable {
    /// Named metrics in report order (precision, recall, f1, accuracies).
    public var metrics: [(name: String, value: Double?)] = []
    /// Named counts in report order (true positives, false positives, misses).
    public var counts: [(name: String, value: Int)] = []
    /// Gold items not found, as human-readable lines.
    public var misses: [String] = []
    /// Predictions that match no gold item.
    public var falseHits: [String] = []
    /// Matched items whose details (value, class, cue, source) are wrong.
    public var errors: [String] = []

    public init() {}

    public func metric(_ name: String) -> Double? { metrics.first { $0.name == name }?.value ?? nil }

    /// Precision, recall and F1 from counts; nil where undefined.
    public static func prf(tp: Int, fp: Int, fn: Int) -> (p: Double?, r: Double?, f: Double?) {
        let p = tp + fp > 0 ? Double(tp) / Double(tp + fp) : nil
        let r = tp + fn > 0 ? Double(tp) / Double(tp + fn) : nil
        var f: Double? = nil
        if let p, let r { f = p + r > 0 ? 2 * p * r / (p + r) : 0 }
        return (p, r, f)
    }

    public func write(to json: inout JSONWriter, verbose: Bool) {
        json.beginObject()
        for (name, value) in metrics {
            json.key(name)
            if let value { json.double((value * 10000).rounded() / 10000) } else { json.null() }
        }
        for (name, value) in counts { json.key(name); json.int(value) }
        if verbose {
            for (name, list) in [("misses", misses), ("false_hits", falseHits), ("errors", errors)] where !list.isEmpty {
                json.key(name)
                json.beginArray()
                list.forEach { json.string($0) }
                json.endArray()
            }
        }
        json.endObject()
    }
}

/// The scorers `eval` knows, by layer. Extractor modules add theirs here.
public enum Scorers {
    /// A fresh scorer for each layer name that has one.
    public static func make(for layers: [String]) -> [any LayerScorer] {
        layers.compactMap { factories[$0]?() }
    }

    static let factories: [String: @Sendable () -> any LayerScorer] = registeredScorers()
}
