import ExampleBuilds
import Plugins
import Testing
import Toolkit

/// Builds a variant of the fixture library.
func fixtureLibrary(_ variant: String? = nil) throws -> String {
    try ExampleBuilds.cPlugin("Tests/Support/Fixtures/fixture_plugin.c", defines: variant.map { [$0] } ?? [])
}

/// The registry with a fixture library loaded.
func registry(loading path: String) throws -> PluginRegistry {
    var r = BuiltinPlugins.registry
    try DynamicPlugins.register(path: path, into: &r)
    return r
}

@Suite("Plugins loaded from shared libraries", .enabled(if: ExampleBuilds.cCompiler != nil, "needs a C compiler (cc)"))
struct DynamicPluginTests {
    @Test("the descriptor becomes a plugin with its options, layers and version")
    func descriptor() throws {
        let r = try registry(loading: try fixtureLibrary())
        let d = try #require(r.factory(named: "fixture")?.descriptor)
        #expect(d.version == "2.1.0")
        #expect(d.requires == ["tokens", "sentences"])
        #expect(d.after == ["normalized"])
        #expect(d.produces == "fixture")
        #expect(d.options.map(\.name) == ["greeting", "mode"])
        #expect(d.options[1].kind == .choice(["a", "b"]))
    }

    @Test("the document crosses the boundary: id, lengths, tokens with UTF-8 norms, sentences, options")
    func documentCrosses() throws {
        let p = try registry(loading: try fixtureLibrary())
            .resolve(chain: ["normalize", "tokenize", "sentences", "fixture"], settings: ["fixture": ["greeting": "مرحبا"]])
        let text = "قُتل ٣ أشخاص. وأصيب آخرون 😀 هنا"
        let doc = try p.makeWorker().process(id: "doc-1", text: text)
        #expect(doc.errors.isEmpty, "\(doc.errors)")
        let root = try #require(doc.layer("fixture", as: JSONLayer.self)?.root)
        #expect(root["size_ok"] == .bool(true))
        #expect(root["id"]?.string == "doc-1")
        #expect(root["length"]?.int == text.unicodeScalars.count)
        #expect(root["text_len"]?.int == text.utf8.count)
        #expect(root["norm16_len"]?.int == doc.normalized?.utf16.count)
        #expect(root["tokens"]?.int == doc.tokens?.count)
        #expect(root["sentences"]?.int == 2)
        #expect(root["greeting"]?.string == "مرحبا")
        let last = try #require(root["last"])
        #expect(last["norm"]?.string == "هنا")
        #expect(last["kind"]?.int == Int(TokenKind.word.rawValue))
        // The host replaces a span's text with the original slice.
        let record = doc.jsonRecord
        #expect(record.contains(#""last":{"start":28,"end":31,"text":"هنا","kind":0,"norm":"هنا"}"#), "\(record)")
    }

    @Test("other required layers cross as JSON")
    func layersCross() throws {
        var r = try registry(loading: try fixtureLibrary("ECHO_LAYER"))
        try r.register(StandInLayer.self)
        let p = try r.resolve(chain: ["tokenize", "stand-in", "echo"])
        let doc = try p.makeWorker().process(id: "x", text: "قتل 12 شخصا و3 آخرون")
        #expect(doc.errors.isEmpty, "\(doc.errors)")
        let echoed = try #require(doc.layer("echo", as: JSONLayer.self))
        #expect(echoed.itemSpans == doc.layer("stand-in", as: [StandInItem].self)?.map(\.span))
    }

    @Test("a broken answer is an error of that document, not of the run")
    func brokenAnswers() throws {
        for (variant, message) in [("BAD_JSON", "invalid JSON at byte"), ("OUT_OF_BOUNDS", "out of bounds"),
                                   ("FAIL", "fixture failure")] {
            let p = try registry(loading: try fixtureLibrary(variant)).resolve(chain: ["tokenize", "sentences", "fixture"])
            let doc = try p.makeWorker().process(id: "x", text: "نص قصير")
            #expect(doc.layer("fixture", as: JSONLayer.self) == nil)
            #expect(doc.errors.count == 1)
            #expect(doc.errors.first?.plugin == "fixture")
            #expect(doc.errors.first?.message.contains(message) == true, "\(variant): \(doc.errors)")
            #expect(doc.tokens?.count == 2)
        }
    }

    @Test("loading errors say what is wrong and with which file")
    func loadErrors() throws {
        func reason(_ path: String) -> String? {
            do { _ = try registry(loading: path); return nil } catch let PluginError.loadFailed(p, reason) {
                #expect(p == path)
                return reason
            } catch { return "\(error)" }
        }
        #expect(reason(try fixtureLibrary("BAD_VERSION"))?.contains("ABI version 999; this toolkit loads version 1") == true)
        #expect(reason(try fixtureLibrary("MISSING_PROCESS"))?.contains("does not export 'tk_plugin_process'") == true)
        #expect(reason(try fixtureLibrary("CLASH"))?.contains("named 'tokenize', which is already registered") == true)
        #expect(reason(try fixtureLibrary("BAD_DESCRIPTOR"))?.contains("unknown field 'colour'") == true)
        let text = ExampleBuilds.repoRoot + "/Tests/Support/Fixtures/fixture_plugin.c"
        let notLibrary = try #require(reason(text))
        #expect(notLibrary.contains("invalid ELF header") || notLibrary.contains("too short"), "\(notLibrary)")
        #expect(reason("/nonexistent/libnothing.so")?.contains("No such file") == true)
    }

    @Test("options are checked like a built-in's; create() may refuse")
    func options() throws {
        let r = try registry(loading: try fixtureLibrary())
        #expect(throws: PluginError.badValue(plugin: "fixture", option: "mode", value: "c", reason: "expected one of a, b")) {
            try r.resolve(chain: ["tokenize", "sentences", "fixture"], settings: ["fixture": ["mode": "c"]])
        }
        let p = try r.resolve(chain: ["tokenize", "sentences", "fixture"], settings: ["fixture": ["greeting": "refuse"]])
        #expect(throws: PluginError.setupFailed(plugin: "fixture", reason: "greeting 'refuse' refused")) { try p.makeWorker() }
    }

    @Test("the C example finds casualty words and their numbers")
    func casualtyKeywords() throws {
        let lib = try ExampleBuilds.cPlugin("Examples/DynamicPlugin/c/casualty_keywords.c")
        let p = try registry(loading: lib).resolve(chain: ["normalize", "tokenize", "casualty-keywords"])
        let doc = try p.makeWorker().process(id: "x", text: "قُتل ٣٥ شخصاً، وسقط 12 جريحاً في القصف. ولم يُعرف عدد القتلى")
        #expect(doc.errors.isEmpty, "\(doc.errors)")
        let items = try #require(doc.layer("casualty-keywords", as: JSONLayer.self)).spannedItems
        #expect(items.map { doc.text(of: $0.span) } == ["قُتل", "جريحاً"])
        #expect(items.map { $0.item["label"]?.string } == ["killed", "injured"])
        #expect(items.map { $0.item["count"]?.int } == [35, 12])
        #expect(doc.jsonRecord.contains(#""number":{"start":5,"end":7,"text":"٣٥"}"#))
    }
}
