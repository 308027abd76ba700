import Plugins
import Testing
import Toolkit
import ToolkitRules

@Suite("TextPipeline: the toolkit embedded in a program")
struct TextPipelineTests {
    @Test("one text: typed tokens and sentences, spans into the original")
    func single() throws {
        let p = try TextPipeline(chain: ["normalize", "tokenize", "sentences"])
        let doc = try p.process("قالَ الوزيرُ إن ٣ أشخاص قُتلوا. وأضاف أن التحقيق مستمر.")
        #expect(doc.tokens?.prefix(3).map { doc.text(of: $0) } == ["قالَ", "الوزيرُ", "إن"])
        #expect(doc.tokens?.prefix(3).map { doc.norm(of: $0) } == ["قال", "الوزير", "ان"])
        #expect(doc.tokens?.first { $0.kind == .number }.map { doc.norm(of: $0) } == "3")
        #expect(doc.sentences?.count == 2)
        #expect(doc.jsonRecord.hasPrefix(#"{"id":"text","length":"#))
    }

    @Test("a batch runs in parallel and comes back in order")
    func batch() async throws {
        let p = try TextPipeline(chain: ["normalize", "tokenize"], options: ["normalize": ["profile": "nfc"]])
        let texts = (0..<200).map { "نص رقم \($0) " + String(repeating: "كلمة ", count: $0 % 7) }
        let docs = try await p.process(texts, maxConcurrency: 4)
        #expect(docs.map(\.id) == (0..<200).map(String.init))
        #expect(docs.map { $0.tokens?.count ?? -1 } == (0..<200).map { 3 + $0 % 7 })
        #expect(docs.map { doc in doc.tokens.map { doc.text(of: $0[2]) } } == (0..<200).map { String($0) })
    }

    @Test("own plugins and rule files join through the registry; layers are read typed")
    func typedLayers() throws {
        var registry = PluginSystem.registry
        try RuleFile.register(path: exampleRules, into: &registry)
        let p = try TextPipeline(chain: ["normalize", "tokenize", "numbers", "casualties"], registry: registry)
        let doc = try p.process("مقتل 12 شخصاً")
        let numbers = try #require(doc.layer("numbers", as: [NumberMention].self))
        #expect(numbers.map(\.value) == [12])
        let casualties = try #require(doc.layer("casualties", as: RuleMatches.self))
        #expect(casualties.first?.capture("count")?.value?.int == 12)
    }

    @Test("chain mistakes are thrown when the pipeline is built")
    func errors() {
        #expect(throws: PluginError.unknownPlugin("nope", known: BuiltinPlugins.registry.names)) {
            try TextPipeline(chain: ["normalize", "nope"])
        }
    }
}
