import ExampleBuilds
import Plugins
import Testing
import Toolkit
import ToolkitRules

/// A registry with the built-ins, the stand-ins and the extractors of `yaml`.
func rulesRegistry(_ yaml: String, baseDirectory: String = ".") throws -> PluginRegistry {
    var r = BuiltinPlugins.registry
    try r.register(StandInNumbers.self)
    try r.register(StandInLayer.self)
    for spec in try RuleFile.parse(yaml: yaml, baseDirectory: baseDirectory) { try r.register(RuleFile.factory(spec)) }
    return r
}

/// Runs a chain over a text and returns the document.
func run(_ chain: [String], _ text: String, registry: PluginRegistry, settings: [String: [String: String]] = [:]) throws -> Document {
    try registry.resolve(chain: chain, settings: settings).makeWorker().process(id: "t", text: text)
}

/// The items of a rules layer as (original text, label).
func found(_ doc: Document, _ layer: String) -> [String] {
    (doc.layer(layer, as: RuleMatches.self) ?? RuleMatches()).map { "\(doc.text(of: $0.span))/\($0.label)" }
}

@Suite("Rule files: reading")
struct RuleFileTests {
    @Test("mistakes are reported with their line")
    func errors() {
        func message(_ yaml: String) -> String {
            do { _ = try RuleFile.parse(yaml: yaml, path: "r.yaml"); return "no error" } catch { return error.description }
        }
        #expect(message("extractors:\n  - name: a\n    lexicon:\n      - label: x\n") ==
                "r.yaml:3: unknown key 'lexicon'; expected one of name, version, summary, produces, lexicons, patterns, keep_overlaps")
        #expect(message("version: 2\nextractors: []") == "r.yaml:1: unsupported version; this toolkit reads version 1")
        /// A file with one pattern `p` of extractor `a`; `body` is the pattern's lines after its name.
        func pattern(_ body: String) -> String {
            message("extractors:\n  - name: a\n    patterns:\n      - name: p\n" + body.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n"))
        }
        #expect(pattern("tokens:\n  - lexicon: nowhere") ==
                "r.yaml:6: no lexicon labelled 'nowhere' (declare it under 'lexicons' before the patterns)")
        #expect(pattern("tokens:\n  - {kind: noun}").hasPrefix("r.yaml:6: unknown token kind 'noun'"))
        #expect(pattern("tokens:\n  - {skip: 2}\n  - {any: true, optional: true}").contains("could match nothing"))
        #expect(pattern("regex: '(unclosed'").hasPrefix("r.yaml:5: pattern 'p': bad regular expression (U_REGEX_MISMATCHED_PAREN"))
        #expect(pattern("tokens:\n  - {norm: x, field: value}").hasPrefix("r.yaml:6: 'field' applies to layer steps only"))
        #expect(pattern("tokens:\n  - {any: true, where: {kind: x}}").hasPrefix("r.yaml:6: 'where' applies to layer steps only"))
        #expect(message("extractors:\n  - name: a b\n    lexicons: [{label: x, terms: [y]}]").contains("letters, digits"))
        #expect(message("extractors:\n  - name: a\n    lexicons: [{label: x, file: missing.txt}]").contains("cannot read the lexicon file"))
        #expect(message("extractors: [").hasPrefix("r.yaml: not valid YAML"))
    }

    @Test("the example file declares two extractors; the second needs numbers")
    func example() throws {
        let specs = try RuleFile.parse(path: exampleRules)
        #expect(specs.map(\.name) == ["casualty-terms", "casualties"])
        #expect(specs[0].requiredLayers == ["tokens"])
        #expect(specs[1].requiredLayers == ["tokens", "numbers"])
        #expect(specs[0].lexicons.map(\.label) == ["killed", "injured"])
        #expect(specs[0].lexicons[0].terms.contains("لقوا حتفهم"))
        #expect(!specs[0].lexicons[0].terms.contains { $0.hasPrefix("#") })
    }

    @Test("a name taken by another plugin is refused, naming the file")
    func clash() throws {
        var r = BuiltinPlugins.registry
        let path = exampleRules
        try RuleFile.register(path: path, into: &r)
        #expect(throws: PluginError.loadFailed(path: path, reason:
            "it defines a plugin named 'casualty-terms', which is already registered; rename it")) {
            try RuleFile.register(path: path, into: &r)
        }
    }
}

/// The example rule file.
let exampleRules = ExampleBuilds.repoRoot + "/Examples/rules/casualties.yaml"
