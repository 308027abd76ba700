import Toolkit

/// Scores the `quotes` layer (EVALUATION.md): the share of gold quotation pairs whose exact span
/// was found, and on those found the class accuracy, coarse (speech/speech_fragment against
/// name/term) and fine (the four classes). Gold items marked optional are skipped.
public struct QuoteScorer: CountedScorer {
    public let layer = "quotes"
    private(set) var totals = Counts()

    struct Counts {
        var gold = 0, found = 0, predicted = 0, extra = 0, coarse = 0, fine = 0
        mutating func add(_ o: Counts) {
            gold += o.gold; found += o.found; predicted += o.predicted; extra += o.extra; coarse += o.coarse; fine += o.fine
        }
    }

    public init() {}

    public mutating func add(_ document: Document, gold: GoldDocument) -> LayerScore {
        let predicted = (document.layer("quotes", as: [QuoteMark].self) ?? []).filter(\.isPaired)
        let context = LayerContext(source: document.source)
        var byspan: [TextSpan: QuoteMark] = [:]
        for q in predicted { byspan[q.span] = q }
        var c = Counts()
        var score = LayerScore()
        var matched = Set<TextSpan>()
        for g in gold.quote_marks ?? [] where g.optional != true {
            c.gold += 1
            let span = TextSpan(start: g.start, end: g.end)
            guard let p = byspan[span] else {
                score.misses.append("missed \(span) \(g.class ?? "?") \(g.text ?? "")")
                continue
            }
            matched.insert(span)
            c.found += 1
            let goldClass = g.class.flatMap(QuoteClass.init(rawValue:))
            if let goldClass, let predClass = p.quoteClass {
                if goldClass.isSpeech == predClass.isSpeech { c.coarse += 1 }
                if goldClass == predClass { c.fine += 1 } else {
                    score.errors.append("class \(predClass.rawValue) for \(goldClass.rawValue) \(span) \(context.text(span))")
                }
            }
        }
        let optional = Set((gold.quote_marks ?? []).filter { $0.optional == true }.map { TextSpan(start: $0.start, end: $0.end) })
        for p in predicted where !matched.contains(p.span) && !optional.contains(p.span) {
            c.extra += 1
            score.falseHits.append("extra \(p.span) \(p.quoteClass?.rawValue ?? "-") \(context.text(p.span))")
        }
        c.predicted = predicted.count
        totals.add(c)
        Self.fill(&score, c)
        return score
    }

    static func fill(_ s: inout LayerScore, _ c: Counts) {
        s.metrics = [
            ("found", LayerScore.rate(c.found, c.gold)),
            ("precision", LayerScore.rate(c.found, c.found + c.extra)),
            ("class_accuracy", LayerScore.rate(c.coarse, c.found)),
            ("class_accuracy_fine", LayerScore.rate(c.fine, c.found)),
        ]
        s.counts = [("gold", c.gold), ("matched", c.found), ("predicted", c.predicted), ("extra", c.extra)]
    }
}
