import Foundation
import Plugins
import Testing
import Toolkit

@Suite("Attributions and quotes: scorers")
struct AttributionsScorerTests {
    let text = "وقال مصطفى بالي إن \"المعارك مستمرة\" في الباغوز. يذكر أن القوات تقدمت."

    func gold(_ json: String) throws -> GoldDocument {
        try #require(try GoldDocument.load(jsonl: Array(json.utf8)).first)
    }

    @Test("attribution scorer: IoU ≥ 0.5 matches, strict rate, cue/source/kind accuracy, distractors")
    func attributionScorer() throws {
        let doc = try ChainRunner().run(text, id: "d")
        let a = try #require(doc.attributions.first)
        #expect(slice(text, a.content) == "\"المعارك مستمرة\" في الباغوز")
        // Gold content shifted by one word (IoU ≥ 0.5, not strict); second gold item missed;
        // a distractor on a cue that was not predicted.
        let g = try gold("""
        {"id":"d","attributions":[\
        {"id":"g1","kind":"mixed","content":{"start":19,"end":35,"text":""},"cue":{"start":0,"end":4,"text":"وقال"},\
        "source":{"start":5,"end":15,"text":"مصطفى بالي","normalized":"مصطفى بالي"}},\
        {"id":"g2","kind":"indirect","content":{"start":56,"end":68,"text":""},"cue":{"start":0,"end":1},"source":{"start":0,"end":1}}],\
        "distractors":[{"start":48,"end":55,"text":"يذكر أن"}]}
        """)
        var scorer = AttributionScorer()
        let s = scorer.add(doc, gold: g)
        #expect(AttributionScorer.iou(a.content, TextSpan(start: 19, end: 35)) >= 0.5)
        #expect(s.metric("recall") == 0.5 && s.metric("precision") == 1)
        #expect(s.metric("strict_recall") == 0)
        #expect(s.metric("cue_accuracy") == 1 && s.metric("source_accuracy") == 1 && s.metric("kind_accuracy") == 1)
        #expect(s.misses.count == 1 && s.misses[0].contains("g2"))
        #expect(s.counts.first { $0.name == "distractor_hits" }?.value == 0)
        #expect(scorer.total().metric("f1") == s.metric("f1"))
    }

    @Test("attribution scorer: optional gold items count neither way; normalized names match sources")
    func optionalAndNormalized() throws {
        let doc = try ChainRunner().run(text, id: "d")
        let g = try gold("""
        {"id":"d","attributions":[{"id":"g1","optional":true,"kind":"direct","content":{"start":19,"end":46},\
        "cue":{"start":60,"end":61},"source":{"start":60,"end":61,"normalized":"مصطفى بالي"}}]}
        """)
        var scorer = AttributionScorer()
        let s = scorer.add(doc, gold: g)
        #expect(s.counts.first { $0.name == "gold" }?.value == 0)
        #expect(s.counts.first { $0.name == "predicted" }?.value == 0)
        let required = try gold("""
        {"id":"d","attributions":[{"id":"g1","kind":"direct","content":{"start":19,"end":46},\
        "cue":{"start":60,"end":61},"source":{"start":60,"end":61,"normalized":"مصطفي بالى"}}]}
        """)
        var strict = AttributionScorer()
        let r = strict.add(doc, gold: required)
        #expect(r.metric("source_accuracy") == 1)
        #expect(r.metric("cue_accuracy") == 0 && r.metric("kind_accuracy") == 0)
        #expect(r.errors.contains { $0.hasPrefix("cue") } && r.errors.contains { $0.hasPrefix("kind") })
    }

    @Test("a prediction on a distractor is counted")
    func distractorHit() throws {
        let text = "وقالت القوات إن الهجوم بدأ."
        let doc = try ChainRunner().run(text, id: "d")
        let g = try gold(#"{"id":"d","attributions":[],"distractors":[{"start":0,"end":5,"text":"وقالت"}]}"#)
        var scorer = AttributionScorer()
        let s = scorer.add(doc, gold: g)
        #expect(s.counts.first { $0.name == "distractor_hits" }?.value == 1)
        #expect(s.falseHits.first?.hasPrefix("distractor") == true)
    }

    @Test("quote scorer: exact spans, coarse and fine class accuracy")
    func quoteScorer() throws {
        let doc = try ChainRunner().run(text, id: "d")
        let g = try gold("""
        {"id":"d","quote_marks":[{"start":19,"end":35,"class":"speech_fragment"},{"start":20,"end":35,"class":"speech"}]}
        """)
        var scorer = QuoteScorer()
        let s = scorer.add(doc, gold: g)
        #expect(s.metric("found") == 0.5)
        #expect(s.metric("class_accuracy") == 1)
        let fine = doc.quotes.first?.quoteClass == .speechFragment ? 1.0 : 0.0
        #expect(s.metric("class_accuracy_fine") == fine)
        #expect(s.misses.count == 1)
    }
}
