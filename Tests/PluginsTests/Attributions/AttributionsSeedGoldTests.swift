import Foundation
import Plugins
import SharedTestData
import Testing
import Toolkit

/// The shared seed gold (EVALUATION.md), found next to the repository; the suite is skipped
/// when it is absent.
enum SeedGold {
    static let shared: URL = URL(fileURLWithPath: SharedData.repoRoot + "/../shared")
    static let goldFile = shared.appendingPathComponent("gold/seeds.jsonl")
    static let seeds = shared.appendingPathComponent("corpus/seeds")
    static var available: Bool { FileManager.default.fileExists(atPath: goldFile.path) }

    /// Runs the full chain over the seed articles and scores quotes and attributions.
    static func score() throws -> (quotes: LayerScore, attributions: LayerScore) {
        let golds = try GoldDocument.load(jsonl: Array(try Data(contentsOf: goldFile)))
        let worker = try ChainRunner().worker
        var quotes = QuoteScorer(), attributions = AttributionScorer()
        for gold in golds {
            let bytes = try Data(contentsOf: seeds.appendingPathComponent(gold.id + ".txt"))
            var doc = Document(id: gold.id, source: SourceText(bytes: Array(bytes)))
            worker.process(&doc)
            _ = quotes.add(doc, gold: gold)
            _ = attributions.add(doc, gold: gold)
        }
        return (quotes.total(), attributions.total())
    }
}

@Suite("Attributions and quotes: seed gold targets", .enabled(if: SeedGold.available, "../shared/gold/seeds.jsonl is not present"))
struct AttributionsSeedGoldTests {
    @Test("quote pairs found ≥ 0.98 with class accuracy ≥ 0.97; attribution F1 ≥ 0.85, cue ≥ 0.90, source ≥ 0.85")
    func targets() throws {
        let (quotes, attributions) = try SeedGold.score()
        #expect((quotes.metric("found") ?? 0) >= 0.98)
        #expect((quotes.metric("class_accuracy") ?? 0) >= 0.97)
        #expect((attributions.metric("f1") ?? 0) >= 0.85)
        #expect((attributions.metric("cue_accuracy") ?? 0) >= 0.90)
        #expect((attributions.metric("source_accuracy") ?? 0) >= 0.85)
        #expect(attributions.counts.first { $0.name == "distractor_hits" }?.value == 0)
    }
}
