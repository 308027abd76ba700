import Toolkit

/// Scores the `attributions` layer (EVALUATION.md).
///
/// A prediction matches a gold attribution when their content spans have an
/// intersection-over-union of at least 0.5 (pairs are taken best overlap first; each side
/// matches once). Predictions matching an optional gold item count neither way. Reported:
/// content precision, recall and F1; the strict rate (contents identical once surrounding
/// punctuation and spaces are trimmed); and over matched pairs the cue accuracy (cue spans
/// overlap), source accuracy (source spans overlap, or normalized names are equal after Arabic
/// folding) and kind accuracy. Predictions whose cue overlaps a gold distractor are counted
/// as `distractor_hits` (they are false hits too).
public struct AttributionScorer: CountedScorer {
    public let layer = "attributions"
    private(set) var totals = Counts()

    struct Counts {
        var gold = 0, predicted = 0, matched = 0, strict = 0, cue = 0, source = 0, kind = 0, distractors = 0
        mutating func add(_ o: Counts) {
            gold += o.gold; predicted += o.predicted; matched += o.matched; strict += o.strict
            cue += o.cue; source += o.source; kind += o.kind; distractors += o.distractors
        }
    }

    public init() {}

    /// Intersection over union of two spans.
    public static func iou(_ a: TextSpan, _ b: TextSpan) -> Double {
        let inter = max(0, min(a.end, b.end) - max(a.start, b.start))
        let union = max(a.end, b.end) - min(a.start, b.start)
        return union > 0 ? Double(inter) / Double(union) : 0
    }

    public mutating func add(_ document: Document, gold: GoldDocument) -> LayerScore {
        let predicted = document.layer("attributions", as: [Attribution].self) ?? []
        let context = LayerContext(source: document.source)
        let golds = gold.attributions ?? []
        var score = LayerScore()
        var c = Counts()

        // Candidate pairs, best overlap first; required gold items before optional ones.
        var candidates: [(p: Int, g: Int, iou: Double)] = []
        for (pi, p) in predicted.enumerated() {
            for (gi, g) in golds.enumerated() {
                guard let gs = g.content.span else { continue }
                let v = Self.iou(p.content, gs)
                if v >= 0.5 { candidates.append((pi, gi, v)) }
            }
        }
        candidates.sort { a, b in
            let ao = golds[a.g].optional == true, bo = golds[b.g].optional == true
            return ao != bo ? !ao : a.iou > b.iou
        }
        var predMatch = [Int?](repeating: nil, count: predicted.count)
        var goldMatch = [Int?](repeating: nil, count: golds.count)
        for (p, g, _) in candidates where predMatch[p] == nil && goldMatch[g] == nil {
            predMatch[p] = g
            goldMatch[g] = p
        }

        for (gi, g) in golds.enumerated() where g.optional != true {
            c.gold += 1
            guard let pi = goldMatch[gi] else {
                score.misses.append("missed \(g.id ?? "") \(g.kind ?? "") cue=\(g.cue?.text ?? "-") content=\(g.content.span?.description ?? "") \(g.content.text ?? "")")
                continue
            }
            let p = predicted[pi]
            c.matched += 1
            let label = "\(g.id ?? "") \(g.content.span?.description ?? "")"
            if let gs = g.content.span, Self.trimmed(p.content, context) == Self.trimmed(gs, context) {
                c.strict += 1
            } else {
                score.errors.append("boundary \(label): predicted \(p.content) '\(context.text(p.content))'")
            }
            if let gc = g.cue, let s = gc.start, let e = gc.end, s < e, p.cue.span.overlaps(TextSpan(start: s, end: e)) {
                c.cue += 1
            } else {
                score.errors.append("cue \(label): predicted '\(context.text(p.cue.span))', gold '\(g.cue?.text ?? "-")'")
            }
            if Self.sourceMatches(p.source, g.source, context) {
                c.source += 1
            } else {
                let predicted = p.source.map { "\(context.text($0.span)) (\($0.realization.rawValue))" } ?? "none"
                score.errors.append("source \(label): predicted '\(predicted)', gold '\(g.source?.text ?? "-")' (\(g.source?.realization ?? "-"))")
            }
            if g.kind == p.kind.rawValue { c.kind += 1 } else {
                score.errors.append("kind \(label): predicted \(p.kind.rawValue), gold \(g.kind ?? "-")")
            }
        }
        let distractors = (gold.distractors ?? []).map { TextSpan(start: $0.start, end: max($0.start, $0.end)) }
        for (pi, p) in predicted.enumerated() {
            if let g = predMatch[pi] {
                if golds[g].optional != true { c.predicted += 1 }
                continue
            }
            c.predicted += 1
            let hit = distractors.contains { $0.overlaps(p.cue.span) }
            if hit { c.distractors += 1 }
            score.falseHits.append("\(hit ? "distractor " : "")cue='\(context.text(p.cue.span))' \(p.kind.rawValue) content=\(p.content) \(context.text(p.content))")
        }
        totals.add(c)
        Self.fill(&score, c)
        return score
    }

    static func fill(_ s: inout LayerScore, _ c: Counts) {
        let prf = LayerScore.prf(tp: c.matched, fp: c.predicted - c.matched, fn: c.gold - c.matched)
        let strict = LayerScore.prf(tp: c.strict, fp: c.predicted - c.strict, fn: c.gold - c.strict)
        s.metrics = [
            ("precision", prf.p), ("recall", prf.r), ("f1", prf.f),
            ("strict_precision", strict.p), ("strict_recall", strict.r), ("strict_f1", strict.f),
            ("cue_accuracy", LayerScore.rate(c.cue, c.matched)), ("source_accuracy", LayerScore.rate(c.source, c.matched)),
            ("kind_accuracy", LayerScore.rate(c.kind, c.matched)),
        ]
        s.counts = [("gold", c.gold), ("predicted", c.predicted), ("matched", c.matched), ("strict", c.strict),
                    ("distractor_hits", c.distractors)]
    }

    /// A span with surrounding punctuation and spaces removed, as original scalar offsets.
    static func trimmed(_ span: TextSpan, _ context: LayerContext) -> TextSpan {
        let scalars = Array(context.text(span).unicodeScalars)
        func trim(_ s: Unicode.Scalar) -> Bool {
            s.properties.isWhitespace || s.properties.generalCategory.isPunctuation
        }
        var lo = 0, hi = scalars.count
        while lo < hi, trim(scalars[lo]) { lo += 1 }
        while hi > lo, trim(scalars[hi - 1]) { hi -= 1 }
        return TextSpan(start: span.start + lo, end: span.start + hi)
    }

    /// Source spans overlap, or the normalized names are equal after Arabic folding.
    static func sourceMatches(_ p: AttributionSource?, _ g: GoldDocument.Source?, _ context: LayerContext) -> Bool {
        guard let p, let g else { return p == nil && g == nil }
        if let s = g.start, let e = g.end, s < e, p.span.overlaps(TextSpan(start: s, end: e)) { return true }
        guard let gn = g.normalized else { return false }
        let gold = ArabicKey.folded(AttributionSource.cleanName(gn))
        return !gold.isEmpty && ArabicKey.folded(p.normalizedName(context)) == gold
    }
}

extension Unicode.GeneralCategory {
    /// True for the punctuation categories (P*).
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}
