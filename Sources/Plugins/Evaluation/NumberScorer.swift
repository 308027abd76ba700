import Toolkit

/// Scores the `numbers` layer against gold numbers (EVALUATION.md).
///
/// A predicted number matches a gold number when its `[start,end)` overlaps the gold `core`;
/// each gold number and each prediction is matched at most once (a prediction whose own core
/// overlaps the gold core is preferred, then the larger overlap). Gold items marked `optional`
/// are matched too but neither rewarded nor penalised. A prediction that matches no required
/// gold number and overlaps a distractor is a false positive even when it matched an optional
/// item; a prediction that matches a required gold number counts for it whatever else it
/// overlaps (distractors of other layers may cover a number: التي أعلنها عام 2014).
///
/// Value accuracy is computed over matched required gold numbers that have a value: equal within
/// 1e-6 relative; ranges compare `min` and `max`; vague quantities must predict a null value.
public struct NumberScorer: LayerScorer {
    public let layer = "numbers"
    private var tp = 0, fp = 0, fn = 0
    private var valueChecked = 0, valueRight = 0, distractorHits = 0

    public init() {}

    public mutating func add(_ document: Document, gold: GoldDocument) -> LayerScore {
        let predicted = document.layer("numbers", as: [NumberMention].self) ?? []
        let golds = gold.numbers ?? []
        let distractors = (gold.distractors ?? []).compactMap { d in
            d.start <= d.end ? (span: TextSpan(start: d.start, end: d.end), text: d.text ?? "") : nil
        }
        let context = LayerContext(source: document.source)
        var score = LayerScore()
        var counts = (tp: 0, fp: 0, fn: 0, checked: 0, right: 0, distractor: 0)

        // Required gold first, so an optional item never takes the prediction a required one needs.
        let order = golds.indices.sorted { (golds[$0].optional == true ? 1 : 0, $0) < (golds[$1].optional == true ? 1 : 0, $1) }
        var goldOf = [Int?](repeating: nil, count: predicted.count)
        for g in order {
            let core = Self.core(of: golds[g])
            var best: (index: Int, rank: (Int, Int))? = nil
            for (p, m) in predicted.enumerated() where goldOf[p] == nil && m.span.overlaps(core) {
                let rank = (m.core.overlaps(core) ? 1 : 0, Self.overlap(m.span, core))
                if best == nil || rank > best!.rank { best = (p, rank) }
            }
            if let best { goldOf[best.index] = g }
        }
        var found = Set<Int>()
        for (p, m) in predicted.enumerated() {
            if let g = goldOf[p], golds[g].optional != true {
                found.insert(g)
                counts.tp += 1
                switch Self.checkValue(m, golds[g]) {
                case .unchecked: break
                case .right: counts.checked += 1; counts.right += 1
                case .wrong(let why):
                    counts.checked += 1
                    score.errors.append("\(Self.describe(golds[g])): \(why)")
                }
                continue
            }
            let hit = distractors.first { $0.span.overlaps(m.span) }
            if hit != nil { counts.distractor += 1 }
            guard goldOf[p] == nil || hit != nil else { continue }  // matched an optional item
            counts.fp += 1
            var line = Self.describe(m, context)
            if let hit { line += " — overlaps distractor \(hit.span) «\(hit.text)»" }
            score.falseHits.append(line)
        }
        for (g, item) in golds.enumerated() where item.optional != true && !found.contains(g) {
            counts.fn += 1
            score.misses.append(Self.describe(item))
        }
        tp += counts.tp; fp += counts.fp; fn += counts.fn
        valueChecked += counts.checked; valueRight += counts.right; distractorHits += counts.distractor
        Self.fill(&score, tp: counts.tp, fp: counts.fp, fn: counts.fn, checked: counts.checked, right: counts.right,
                  distractors: counts.distractor)
        return score
    }

    public func total() -> LayerScore {
        var score = LayerScore()
        Self.fill(&score, tp: tp, fp: fp, fn: fn, checked: valueChecked, right: valueRight, distractors: distractorHits)
        return score
    }

    private static func fill(_ s: inout LayerScore, tp: Int, fp: Int, fn: Int, checked: Int, right: Int, distractors: Int) {
        let (p, r, f) = LayerScore.prf(tp: tp, fp: fp, fn: fn)
        s.metrics = [("precision", p), ("recall", r), ("f1", f),
                     ("value_accuracy", checked > 0 ? Double(right) / Double(checked) : nil)]
        s.counts = [("tp", tp), ("fp", fp), ("fn", fn), ("value_checked", checked), ("value_errors", checked - right),
                    ("distractor_hits", distractors)]
    }

    // MARK: - Comparing

    /// The gold core span (the whole span when the core is missing).
    static func core(of g: GoldDocument.Number) -> TextSpan {
        g.core?.span ?? TextSpan(start: g.start, end: Swift.max(g.start, g.end))
    }

    private static func overlap(_ a: TextSpan, _ b: TextSpan) -> Int { Swift.max(0, Swift.min(a.end, b.end) - Swift.max(a.start, b.start)) }

    enum ValueCheck: Equatable {
        /// The gold item has no value to check.
        case unchecked
        case right
        case wrong(String)
    }

    /// Compares a prediction's value with a gold number's.
    static func checkValue(_ m: NumberMention, _ g: GoldDocument.Number) -> ValueCheck {
        if g.kind == "vague" {
            return m.value == nil ? .right : .wrong("vague, predicted \(format(m.value))")
        }
        if g.kind == "range" || g.mod == "range" {
            guard g.min != nil || g.max != nil else { return .unchecked }
            return same(m.min, g.min) && same(m.max, g.max) ? .right
                : .wrong("gold \(format(g.min))–\(format(g.max)), predicted \(format(m.min))–\(format(m.max))")
        }
        guard let v = g.value else { return .unchecked }
        return same(m.value, v) ? .right : .wrong("gold \(format(v)), predicted \(format(m.value))")
    }

    /// Equal within 1e-6 relative (both nil counts as equal).
    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?): return abs(a - b) <= 1e-6 * Swift.max(abs(a), abs(b)) || a == b
        default: return false
        }
    }

    private static func format(_ v: Double?) -> String {
        guard let v else { return "null" }
        return v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    private static func describe(_ g: GoldDocument.Number) -> String {
        let value = g.kind == "range" || g.mod == "range" ? "\(format(g.min))–\(format(g.max))" : format(g.value)
        return "\(core(of: g)) «\(g.text ?? "")» \(g.kind ?? "?") \(value)"
    }

    private static func describe(_ m: NumberMention, _ context: LayerContext) -> String {
        let value = m.kind == .range ? "\(format(m.min))–\(format(m.max))" : format(m.value)
        return "\(m.span) «\(context.text(m.span))» \(m.kind.rawValue) \(value)"
    }
}
