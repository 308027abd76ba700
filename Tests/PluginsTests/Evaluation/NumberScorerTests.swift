@testable import Plugins
import SharedTestData
import Testing
import Toolkit

struct NumberScorerTests {
    /// A document with the given numbers already found.
    func document(_ text: String, _ numbers: [NumberMention]) -> Document {
        var doc = Document(id: "d", text: text)
        doc.setLayer("numbers", numbers)
        return doc
    }

    /// One gold record (written over several lines for reading; JSONL wants one).
    func gold(_ json: String) throws -> GoldDocument {
        try #require(GoldDocument.load(jsonl: Array(json.split(separator: "\n").joined().utf8)).first)
    }

    func mention(_ s: Int, _ e: Int, core: (Int, Int)? = nil, _ kind: NumberMention.Kind = .cardinal, _ value: Double?,
                 min: Double? = nil, max: Double? = nil) -> NumberMention {
        let c = core ?? (s, e)
        return NumberMention(span: TextSpan(start: s, end: e), core: TextSpan(start: c.0, end: c.1), kind: kind, value: value,
                             min: min, max: max)
    }

    @Test func matchesByOverlapWithTheGoldCore() throws {
        let g = try gold("""
        {"id":"d","numbers":[
          {"start":0,"end":10,"core":{"start":4,"end":6},"kind":"cardinal","value":40000},
          {"start":20,"end":30,"core":{"start":20,"end":24},"kind":"vague","value":null},
          {"start":40,"end":50,"core":{"start":40,"end":45},"kind":"range","min":500,"max":600},
          {"start":60,"end":62,"core":{"start":60,"end":62},"kind":"dual","value":2,"optional":true},
          {"start":70,"end":72,"core":{"start":70,"end":72},"kind":"cardinal","value":7}],
         "distractors":[{"start":80,"end":85,"text":"الاثنين"}]}
        """)
        let doc = document(String(repeating: "x", count: 100), [
            mention(2, 8, core: (4, 6), .cardinal, 40),  // matched, wrong value
            mention(20, 24, .vague, nil),  // matched, right
            mention(40, 45, .range, nil, min: 500, max: 600),  // matched, right
            mention(60, 62, .dual, 2),  // optional: neutral
            mention(81, 83, .cardinal, 2),  // distractor: false positive
            mention(90, 92, .cardinal, 9),  // nothing: false positive
        ])
        var scorer = NumberScorer()
        let s = scorer.add(doc, gold: g)
        #expect(s.counts.first { $0.name == "tp" }?.value == 3)
        #expect(s.counts.first { $0.name == "fp" }?.value == 2)
        #expect(s.counts.first { $0.name == "fn" }?.value == 1)
        #expect(s.counts.first { $0.name == "distractor_hits" }?.value == 1)
        #expect(close(s.metric("precision"), 3.0 / 5))
        #expect(close(s.metric("recall"), 3.0 / 4))
        #expect(close(s.metric("value_accuracy"), 2.0 / 3))
        #expect(s.misses.count == 1 && s.misses[0].contains("[70,72)"))
        #expect(s.falseHits.contains { $0.contains("distractor") })
        #expect(s.errors.count == 1 && s.errors[0].contains("gold 40000, predicted 40"))
        #expect(close(scorer.total().metric("f1"), 2 * 0.6 * 0.75 / 1.35))
    }

    @Test func eachGoldItemMatchesOnce() throws {
        let g = try gold(#"{"id":"d","numbers":[{"start":0,"end":4,"core":{"start":0,"end":4},"kind":"cardinal","value":3}]}"#)
        let doc = document("xxxxxxxx", [mention(0, 2, .cardinal, 3), mention(2, 4, .cardinal, 3)])
        var scorer = NumberScorer()
        let s = scorer.add(doc, gold: g)
        #expect(s.counts.first { $0.name == "tp" }?.value == 1)
        #expect(s.counts.first { $0.name == "fp" }?.value == 1)
    }

    @Test func valuesCompareWithinRelativeTolerance() {
        #expect(NumberScorer.same(1.0 / 3, 0.3333333333333333))
        #expect(NumberScorer.same(2e9, 2e9 + 1))
        #expect(!NumberScorer.same(0.33, 1.0 / 3))
        #expect(NumberScorer.same(nil, nil))
        #expect(!NumberScorer.same(nil, 0))
    }

    /// The whole chain over the five seed articles, scored against their gold (../shared).
    @Test func seedGold() throws {
        guard let goldBytes = SharedData.file("gold/seeds.jsonl") else {
            print("NumberScorerTests: ../shared is absent; seed gold skipped")
            return
        }
        let golds = try GoldDocument.load(jsonl: goldBytes)
        var scorer = NumberScorer()
        let worker = try NumbersHarness.pipeline.makeWorker()
        for g in golds {
            let bytes = try #require(SharedData.file("corpus/seeds/\(g.id).txt"))
            var doc = Document(id: g.id, source: SourceText(bytes: bytes))
            worker.process(&doc)
            let s = scorer.add(doc, gold: g)
            (s.misses + s.falseHits + s.errors).forEach { print("  \(g.id): \($0)") }
        }
        let total = scorer.total()
        print("seed numbers: F1 \(total.metric("f1") ?? 0), value accuracy \(total.metric("value_accuracy") ?? 0)")
        #expect(golds.count == 5)
        #expect(try #require(total.metric("f1")) >= 0.95)
        #expect(try #require(total.metric("value_accuracy")) >= 0.95)
    }
}
