import ExampleBuilds
import PluginTesting
import Plugins
import Testing
import Toolkit
import ToolkitRules

/// Writes a span whose text is off by one scalar, and another past the end.
struct MisalignedPlugin: Plugin {
    static let name = "misaligned"
    static let summary = "broken on purpose"
    static let requires = ["tokens"]
    static let produces = "misaligned"
    init(shared: Void, options: PluginOptions) {}

    struct Item: LayerItem {
        let span: TextSpan
        let claimed: String
        func write(to json: inout JSONWriter, context: LayerContext) {
            json.beginObject()
            json.field("start", span.start)
            json.field("end", span.end)
            json.field("text", claimed)
            json.endObject()
        }
    }

    mutating func process(_ document: inout Document) throws {
        guard let t = document.tokens?.first else { document.setLayer(Self.produces, [Item]()); return }
        let shifted = TextSpan(start: t.span.start + 1, end: t.span.end + 1)
        document.setLayer(Self.produces, [Item(span: t.span, claimed: document.text(of: shifted)),
                                          Item(span: TextSpan(start: 0, end: document.source.scalarCount + 5), claimed: "")])
    }
}

/// Counts calls: its output changes between runs of the same input.
struct RestlessPlugin: Plugin {
    static let name = "restless"
    static let summary = "not deterministic"
    static let produces = "restless"
    var calls = 0
    init(shared: Void, options: PluginOptions) {}
    mutating func process(_ document: inout Document) throws {
        calls += 1
        document.setLayer(Self.produces, [TextSpan](repeating: TextSpan(start: 0, end: 0), count: calls))
    }
}

@Suite("PluginConformance")
struct ConformanceTests {
    /// The standard inputs with a smaller huge document: debug builds are slow, and offsets
    /// past 16 bits are reached at 100 KB already. The full 5 MB run is the next test.
    static let quickInputs = ConformanceInput.standard.filter { $0.name != "huge" } + [ConformanceInput.huge(bytes: 200_000)]

    @Test("every built-in plugin conforms", arguments: BuiltinPlugins.registry.names)
    func builtins(name: String) throws {
        let factory = try #require(BuiltinPlugins.registry.factory(named: name))
        #expect(PluginConformance.check(factory: factory, registry: BuiltinPlugins.registry, inputs: Self.quickInputs) == [])
    }

    @Test("the built-in chain conforms on the standard inputs, 5 MB included")
    func chain() {
        #expect(PluginConformance.check(chain: ["normalize", "tokenize", "sentences"], registry: BuiltinPlugins.registry) == [])
    }

    @Test("the example rule extractors conform")
    func rules() throws {
        var r = BuiltinPlugins.registry
        try RuleFile.register(path: exampleRules, into: &r)
        #expect(PluginConformance.check(chain: ["normalize", "tokenize", "numbers", "casualty-terms", "casualties"],
                                        registry: r, inputs: Self.quickInputs) == [])
    }

    @Test("the C example conforms", .enabled(if: ExampleBuilds.cCompiler != nil, "needs a C compiler (cc)"))
    func library() throws {
        let r = try registry(loading: try ExampleBuilds.cPlugin("Examples/DynamicPlugin/c/casualty_keywords.c"))
        #expect(PluginConformance.check(factory: r.factory(named: "casualty-keywords")!, registry: r, inputs: Self.quickInputs) == [])
    }

    @Test("prerequisites are found from the registry, in order")
    func prerequisites() throws {
        var r = BuiltinPlugins.registry
        try RuleFile.register(path: exampleRules, into: &r)
        let violations = PluginConformance.check(factory: r.factory(named: "casualties")!, registry: r,
                                                 inputs: [.arabicNews])
        #expect(violations == [])
    }

    @Test("broken spans are reported with their place")
    func misaligned() {
        let v = PluginConformance.check(MisalignedPlugin.self, registry: BuiltinPlugins.registry, inputs: [.arabicNews])
        #expect(v.count == 2)
        #expect(v.first?.path == "misaligned[0]")
        #expect(v.first?.message.hasPrefix("text \"ال مراسل\"") == false)
        #expect(v.first?.message.contains("is not the original slice [0, 3)") == true)
        #expect(v.last?.message.contains("is outside the text") == true)
    }

    @Test("output that changes between runs is reported")
    func restless() {
        let v = PluginConformance.check(RestlessPlugin.self, registry: BuiltinPlugins.registry, inputs: [.empty])
        #expect(v.map(\.message) == ["the same worker gave different output for the same input"])
    }
}
