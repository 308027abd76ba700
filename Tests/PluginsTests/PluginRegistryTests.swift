import Plugins
import Testing
import Toolkit

/// A plugin that always fails, to check that failures are isolated per document.
struct ThrowingPlugin: Plugin {
    struct Boom: Error, CustomStringConvertible { var description: String { "boom" } }
    static let name = "boom"
    static let summary = "fails on every document"
    static let requires = ["tokens"]
    static let produces = "boom"
    init(shared: Void, options: PluginOptions) {}
    mutating func process(_ document: inout Document) throws { throw Boom() }
}

/// Needs the layer of ThrowingPlugin.
struct AfterBoom: Plugin {
    static let name = "after-boom"
    static let summary = "needs boom"
    static let requires = ["boom"]
    static let produces = "after-boom"
    init(shared: Void, options: PluginOptions) {}
    mutating func process(_ document: inout Document) throws {}
}

/// Counts the documents it saw: per-worker state without locks.
struct CounterPlugin: Plugin {
    struct Count: Layer { let n: Int
        func write(to json: inout JSONWriter, context: LayerContext) { json.int(n) } }
    static let name = "counter"
    static let summary = "numbers documents per worker"
    static let produces = "counter"
    static let options = [PluginOption("start", .int, default: "0", help: "first number")]
    var next: Int
    init(shared: Void, options: PluginOptions) { next = options.int("start") ?? 0 }
    mutating func process(_ document: inout Document) throws {
        document.setLayer("counter", Count(n: next))
        next += 1
    }
}

@Suite("Plugin registry")
struct PluginRegistryTests {
    var registry: PluginRegistry {
        var r = BuiltinPlugins.registry
        try! r.register(ThrowingPlugin.self)
        try! r.register(AfterBoom.self)
        try! r.register(CounterPlugin.self)
        return r
    }

    @Test("a chain resolves to its stages in order")
    func resolves() throws {
        let p = try registry.resolve(chain: ["normalize", "tokenize", "sentences"])
        #expect(p.names == ["normalize", "tokenize", "sentences"])
        #expect(p.layers == ["normalized", "tokens", "sentences"])
    }

    @Test("errors name the fix")
    func errors() {
        #expect(throws: PluginError.missingPrerequisite(plugin: "boom", layer: "tokens", provider: "tokenize")) {
            try registry.resolve(chain: ["boom"])
        }
        #expect((try? registry.resolve(chain: ["boom"])) == nil)
        let message = "\(PluginError.missingPrerequisite(plugin: "numbers", layer: "tokens", provider: "tokenize"))"
        #expect(message == "numbers needs tokens; put tokenize before numbers")
        #expect(throws: PluginError.self) { try registry.resolve(chain: ["nope"]) }
        #expect(throws: PluginError.duplicateLayer(layer: "tokens", first: "tokenize", second: "tokenize")) {
            try registry.resolve(chain: ["tokenize", "tokenize"])
        }
        #expect(throws: PluginError.wrongOrder(plugin: "tokenize", mustFollow: "normalize")) {
            try registry.resolve(chain: ["tokenize", "normalize"])
        }
        #expect(throws: PluginError.emptyChain) { try registry.resolve(chain: []) }
    }

    @Test("options are validated and typed")
    func options() throws {
        #expect(throws: PluginError.unknownOption(plugin: "normalize", option: "colour",
                                                  known: NormalizePlugin.options.map(\.name))) {
            try registry.resolve(chain: ["normalize"], settings: ["normalize": ["colour": "red"]])
        }
        #expect(throws: PluginError.self) {
            try registry.resolve(chain: ["normalize"], settings: ["normalize": ["profile": "loud"]])
        }
        #expect(throws: PluginError.settingOutsideChain(plugin: "tokenize")) {
            try registry.resolve(chain: ["normalize"], settings: ["tokenize": ["clitics": "true"]])
        }
        #expect(try PluginRegistry.parseSettings(["normalize.profile=nfkc", "a.b=c=d"]) ==
                ["normalize": ["profile": "nfkc"], "a": ["b": "c=d"]])
        #expect(throws: PluginError.malformedSetting("noequals")) { try PluginRegistry.parseSettings(["noequals"]) }

        let p = try registry.resolve(chain: ["normalize"], settings: ["normalize": ["profile": "none", "digits": "true"]])
        let doc = try p.makeWorker().process(id: "x", text: "مُصطفى ٣")
        #expect(doc.normalized?.string == "مُصطفى 3")
    }

    @Test("a plugin that throws adds an error to that record, and dependents are skipped")
    func failureIsolation() throws {
        let p = try registry.resolve(chain: ["tokenize", "boom", "after-boom"])
        let doc = try p.makeWorker().process(id: "x", text: "نص")
        #expect(doc.tokens?.count == 1)
        #expect(doc.errors.map(\.plugin) == ["boom", "after-boom"])
        #expect(doc.errors.first?.message == "boom")
    }

    @Test("each worker has its own plugin instances")
    func perWorkerState() throws {
        let p = try registry.resolve(chain: ["counter"], settings: ["counter": ["start": "5"]])
        let a = try p.makeWorker(), b = try p.makeWorker()
        func n(_ w: PipelineWorker) -> Int? {
            let d = w.process(id: "x", text: "")
            return (d.layer("counter", as: CounterPlugin.Count.self))?.n
        }
        #expect([n(a), n(a), n(b), n(a)] == [5, 6, 5, 7])
    }

    @Test("duplicate names are refused")
    func duplicates() {
        var r = registry
        #expect(throws: PluginError.duplicateName("tokenize")) { try r.register(TokenizePlugin.self) }
    }
}
