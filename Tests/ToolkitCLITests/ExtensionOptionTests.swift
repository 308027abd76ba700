import ExampleBuilds
import Foundation
import Testing

/// The example rule file, relative to the repository root (where the CLI runs).
private let rules = "Examples/rules/casualties.yaml"

private func fixture(_ variant: String? = nil) throws -> String {
    try ExampleBuilds.cPlugin("Tests/Support/Fixtures/fixture_plugin.c", defines: variant.map { [$0] } ?? [])
}

@Suite("toolkit-cli --plugin and --rules", .serialized, .enabled(if: ExampleBuilds.cCompiler != nil, "needs a C compiler (cc)"))
struct ExtensionOptionTests {
    @Test("plugins lists what a library and a rule file add")
    func plugins() throws {
        let lib = try ExampleBuilds.cPlugin("Examples/DynamicPlugin/c/casualty_keywords.c")
        let r = try CLI.run(["plugins", "--plugin", lib, "--rules", rules, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let list = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        let added = list.suffix(3)
        #expect(added.map { $0["name"] as! String } == ["casualty-keywords", "casualty-terms", "casualties"])
        #expect(added.last?["requires"] as? [String] == ["tokens", "numbers"])
        let keywords = try #require(added.first)
        #expect((keywords["options"] as! [[String: Any]]).map { $0["name"] as! String } == ["window"])
    }

    @Test("run chains a library plugin and a rule extractor with the built-ins")
    func run() throws {
        let lib = try ExampleBuilds.cPlugin("Examples/DynamicPlugin/c/casualty_keywords.c")
        let r = try CLI.run(["run", "--plugin", lib, "--rules", rules, "--chain",
                             "normalize,tokenize,casualty-keywords,casualty-terms", "--set", "casualty-keywords.window=1",
                             "--input", "Samples", "--jobs", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let records = try CLI.records(r.stdout)
        #expect(records.count == 5)
        var total = 0
        for rec in records {
            let text = try String(contentsOfFile: CLI.repoRoot + "/Samples/\(rec["id"]!).txt", encoding: .utf8)
            for layer in ["casualty-keywords", "casualty-terms"] {
                let items = try #require(rec[layer] as? [[String: Any]], "\(layer) missing")
                total += items.count
                for item in items {
                    #expect(text.scalarSlice(item["start"] as! Int, item["end"] as! Int) == item["text"] as! String)
                }
            }
            #expect(rec["errors"] == nil)
        }
        #expect(total > 0)
    }

    @Test("bench takes the same options")
    func bench() throws {
        let noop = try ExampleBuilds.cPlugin("Examples/DynamicPlugin/c/noop.c")
        let r = try CLI.run(["bench", "--plugin", noop, "--rules", rules, "--chain", "normalize,tokenize,noop,casualty-terms",
                             "--input", "Samples", "--jobs", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(o["chain"] as? String == "normalize,tokenize,noop,casualty-terms")
        #expect(o["docs"] as? Int == 5)
    }

    @Test("a library that cannot be used is a usage error (64) that says why")
    func loadErrors() throws {
        let cases: [(String, String)] = [
            (try fixture("BAD_VERSION"), "built for plugin ABI version 999; this toolkit loads version 1"),
            (try fixture("MISSING_PROCESS"), "does not export 'tk_plugin_process'"),
            (try fixture("CLASH"), "defines a plugin named 'tokenize', which is already registered"),
            ("Tests/Support/Fixtures/fixture_plugin.c", "invalid ELF header"),
        ]
        for (path, message) in cases {
            let r = try CLI.run(["run", "--plugin", path, "--chain", "normalize", "--input", "Samples"])
            #expect(r.status == 64, "\(path): \(r.stderr)")
            #expect(r.stderr.contains("cannot load '\(path)'") && r.stderr.contains(message), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        let missing = try CLI.run(["plugins", "--plugin", "no/such/libx.so"])
        #expect(missing.status == 66 && missing.stderr.contains("no such file: no/such/libx.so"))
    }

    @Test("a plugin that answers invalid JSON fails its documents, not the run")
    func invalidJSON() throws {
        let r = try CLI.run(["run", "--plugin", try fixture("BAD_JSON"), "--chain", "tokenize,sentences,fixture",
                             "--input", "Samples"])
        #expect(r.status == 0)
        let records = try CLI.records(r.stdout)
        #expect(records.count == 5)
        for rec in records {
            let errors = try #require(rec["errors"] as? [[String: Any]])
            #expect(errors.first?["plugin"] as? String == "fixture")
            #expect((errors.first?["message"] as? String)?.hasPrefix("returned invalid JSON at byte 12") == true)
            #expect(rec["tokens"] != nil && rec["fixture"] == nil)
        }
        #expect(r.stderr.contains("5 with errors"))
    }

    @Test("a malformed rule file is a usage error with its line")
    func badRules() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tk-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.yaml").path
        try "extractors:\n  - name: x\n    patterns:\n      - {name: p, regex: '(a'}\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["run", "--rules", file, "--chain", "x", "--input", "Samples"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("cannot load '\(file)': line 4: pattern 'p': bad regular expression"), "\(r.stderr)")
    }
}
