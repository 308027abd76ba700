import Foundation
import Plugins
import Testing
import Toolkit
@testable import ToolkitCLI

/// Fails on documents whose text contains "BOOM", to check failure isolation in the engine.
struct FailsOnMarker: Plugin {
    struct Failure: Error, CustomStringConvertible { var description: String { "found the marker" } }
    static let name = "fails-on-marker"
    static let summary = "throws on documents containing BOOM"
    static let requires = ["tokens"]
    static let produces = "marker"
    init(shared: Void, options: PluginOptions) {}
    mutating func process(_ document: inout Document) throws {
        if document.text.contains("BOOM") { throw Failure() }
        document.setLayer("marker", [TextSpan]())
    }
}

/// The runner in this process: order, failure isolation, shards, resume points, summaries.
@Suite("Engine runner")
struct EngineRunnerTests {
    static func pipeline(_ chain: [String]) throws -> Pipeline {
        var registry = BuiltinPlugins.registry
        try registry.register(FailsOnMarker.self)
        return try registry.resolve(chain: chain)
    }

    /// Runs `chain` over `path` and returns the documents in the order the writer got them.
    static func run(_ path: String, chain: [String], jobs: Int, ordered: Bool = true,
                    selection: CorpusRunner.Selection = .init()) throws -> (docs: [Document], summary: RunSummary) {
        var c = CorpusRunner.Configuration(jobs: jobs)
        c.ordered = ordered
        c.worker.keepDocument = true
        let runner = CorpusRunner(pipeline: try pipeline(chain), configuration: c)
        var docs: [Document] = []
        let summary = try runner.run(try InputSource(paths: [path]), selection: selection) { docs.append($0.document!) }
        return (docs, summary)
    }

    @Test("a plugin that throws gives that record an error; every other record is whole, in order")
    func failureIsolation() throws {
        let dir = try EngineFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = (0..<300).map { i in
            "{\"id\":\"d\(i)\",\"text\":\(json(i % 50 == 7 ? "نص BOOM \(i)" : EngineFixtures.text(i)))}"
        }
        let file = dir.appendingPathComponent("in.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let (docs, summary) = try Self.run(file.path, chain: ["normalize", "tokenize", "fails-on-marker"], jobs: 3)
        #expect(docs.map(\.id) == (0..<300).map { "d\($0)" })
        for (i, d) in docs.enumerated() {
            if i % 50 == 7 {
                #expect(d.errors == [DocumentError(plugin: "fails-on-marker", message: "found the marker")])
                #expect(d.tokens != nil)
            } else {
                #expect(d.errors.isEmpty)
                #expect(d.layer("marker", as: [TextSpan].self) != nil)
            }
        }
        #expect(summary.documents == 300 && summary.documentsWithErrors == 6)
        #expect(summary.pluginShares.map(\.name) == ["normalize", "tokenize", "fails-on-marker"])
        #expect(abs(summary.pluginShares.map(\.share).reduce(0, +) - 1) < 1e-9)
    }

    @Test("records keep input order with more workers than cores, and --unordered loses none")
    func order() throws {
        let dir = try EngineFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try EngineFixtures.writeJSONL(count: 1500, to: dir)
        let expected = (0..<1500).map { "d\($0)" }
        #expect(try Self.run(file.path, chain: ["tokenize"], jobs: 5).docs.map(\.id) == expected)
        let unordered = try Self.run(file.path, chain: ["tokenize"], jobs: 5, ordered: false).docs.map(\.id)
        #expect(unordered.sorted() == expected.sorted())
    }

    @Test("shards split the documents by a stable hash of the id: each exactly once")
    func shards() throws {
        let dir = try EngineFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try EngineFixtures.writeJSONL(count: 400, to: dir)
        var seen: [String] = []
        for i in 0..<3 {
            let ids = try Self.run(file.path, chain: ["tokenize"], jobs: 2,
                                   selection: .init(shard: ShardSelector(index: i, count: 3))).docs.map(\.id)
            #expect(ids.count > 100, "shard \(i) has \(ids.count) of 400")
            #expect(ids.allSatisfy { ShardSelector(index: i, count: 3).selects($0) })
            seen += ids
        }
        #expect(seen.sorted() == (0..<400).map { "d\($0)" }.sorted())
        // The documented function (docs/engine.md), fixed so other tools can reproduce it.
        #expect(ShardSelector.hash("") == 0xefd0_1f60_ba99_2926)
        #expect(ShardSelector.hash("nc-Alahram.Newspaper-81b7542ff945") == 0x2baa_14fa_a7b1_949a)
        #expect(ShardSelector(index: 0, count: 4).selects("d0"))
        #expect(ShardSelector("1/4") == ShardSelector(index: 1, count: 4))
        #expect(ShardSelector("4/4") == nil && ShardSelector("1/0") == nil && ShardSelector("x") == nil)
    }

    @Test("a resume point counts complete lines, cuts a partial last line and reads the last id")
    func resumePoint() throws {
        let dir = try EngineFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.jsonl")
        #expect(try ResumePoint.prepare(output: out.path) == .start)
        try Data("{\"id\":\"a\",\"length\":1}\n{\"id\":\"b\",\"x\":[1,{\"y\":2}]}\n{\"id\":\"c\",\"len".utf8).write(to: out)
        #expect(try ResumePoint.prepare(output: out.path) == ResumePoint(completeRecords: 2, lastID: "b"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "{\"id\":\"a\",\"length\":1}\n{\"id\":\"b\",\"x\":[1,{\"y\":2}]}\n")
        try Data("{\"id\":\"c\"".utf8).write(to: out)
        #expect(try ResumePoint.prepare(output: out.path) == .start)
        #expect(try Data(contentsOf: out).isEmpty)
    }

    @Test("resuming skips the documents already written and checks the last id")
    func resumeSelection() throws {
        let dir = try EngineFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try EngineFixtures.writeJSONL(count: 50, to: dir)
        let rest = try Self.run(file.path, chain: ["tokenize"], jobs: 2,
                                selection: .init(resume: ResumePoint(completeRecords: 20, lastID: "d19"))).docs.map(\.id)
        #expect(rest == (20..<50).map { "d\($0)" })
        #expect(throws: CLIError.self) {
            try Self.run(file.path, chain: ["tokenize"], jobs: 2, selection: .init(resume: ResumePoint(completeRecords: 20, lastID: "d3")))
        }
        #expect(throws: CLIError.self) {
            try Self.run(file.path, chain: ["tokenize"], jobs: 2, selection: .init(resume: ResumePoint(completeRecords: 51, lastID: nil)))
        }
    }

    @Test("the progress line: documents, MB, MB/s, errors, and the time left when the size is known")
    func progressLine() {
        var s = RunSummary()
        s.documents = 1200
        s.textBytes = 30_000_000
        s.documentsWithErrors = 2
        #expect(ProgressReporter.line(s, elapsed: 10, fraction: 0.25) == "1200 docs  30.0 MB  3.0 MB/s  2 errors  25%  ETA 0:30")
        #expect(ProgressReporter.line(s, elapsed: 10, fraction: nil) == "1200 docs  30.0 MB  3.0 MB/s  2 errors")
        #expect(ProgressReporter.clock(3725) == "1:02:05")
    }
}
