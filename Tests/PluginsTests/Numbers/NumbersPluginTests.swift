import FoundationEssentials
import Plugins
import Testing
import Toolkit

struct NumbersPluginTests {
    @Test func isRegisteredAndNeedsTokens() throws {
        let registry = BuiltinPlugins.registry
        let factory = try #require(registry.factory(named: "numbers"))
        #expect(factory.descriptor.requires == ["tokens"])
        #expect(factory.descriptor.produces == "numbers")
        #expect(throws: PluginError.missingPrerequisite(plugin: "numbers", layer: "tokens", provider: "tokenize")) {
            try registry.resolve(chain: ["normalize", "numbers"])
        }
    }

    /// The record of OUTPUT.md, read back from the JSON the encoder writes.
    struct Record: Decodable {
        struct Span: Decodable { let start: Int; let end: Int; let text: String }
        struct Number: Decodable {
            let start: Int, end: Int, text: String
            let core: Span
            let kind: String
            let value: Double?, min: Double?, max: Double?
            let mod: String?, unit: String?, noun: String?
            let time: String?
        }
        let numbers: [Number]
    }

    @Test func writesTheNumberRecord() throws {
        let text = "«غادر نحو 40 ألف شخص» حتى الساعة السادسة مساء"
        let worker = try NumbersHarness.pipeline.makeWorker()
        let doc = worker.process(id: "d", text: text)
        let line = DocumentEncoder().encode(doc)
        let record = try JSONDecoder().decode(Record.self, from: Data(line))
        #expect(record.numbers.count == 2)
        let n = record.numbers[0]
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[n.start..<n.end])) == n.text)
        #expect(n.text == "نحو 40 ألف شخص")
        #expect(n.core.text == "40 ألف")
        #expect(String(String.UnicodeScalarView(scalars[n.core.start..<n.core.end])) == "40 ألف")
        #expect((n.kind, n.value, n.mod, n.noun) == ("cardinal", 40000, "approx", "شخص"))
        #expect(n.min == nil && n.max == nil && n.unit == nil)
        #expect(record.numbers[1].time == "18:00")
        // Keys in the order of OUTPUT.md.
        let json = String(decoding: line, as: UTF8.self)
        let keys = ["\"start\"", "\"end\"", "\"text\"", "\"core\"", "\"kind\"", "\"value\"", "\"min\"", "\"max\"", "\"mod\"", "\"unit\"", "\"noun\""]
        let numbers = try #require(json.firstRange(of: "\"numbers\":"))
        let positions = keys.compactMap { json[numbers.upperBound...].firstRange(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }

    @Test func spansSurviveMarksAndBidiControls() {
        // Tatweel, diacritics and a right-to-left mark shift normalized offsets, never the spans.
        let text = "\u{200F}قُتِلَ ثلاثـــةُ مدنيّين"
        let found = NumbersHarness.numbers(text)
        #expect(found.count == 1)
        #expect(NumbersHarness.slice(text, found[0].core) == "ثلاثـــةُ")
        #expect(NumbersHarness.slice(text, found[0].span) == "ثلاثـــةُ مدنيّين")
    }
}
