import Foundation
import Testing

/// The engine through the built `toolkit-cli`: one record per input document whatever the
/// input, order, compressed inputs, shards, signals and --resume.
@Suite("Engine end to end", .serialized)
struct EngineCLITests {
    static let chain = "normalize,tokenize,sentences"

    /// Every kind of bad input next to good ones, one per line (the blank line is not a document).
    static let badInputs: [UInt8] = {
        var lines: [[UInt8]] = [
            Array(#"{"id":"ok","text":"قال ٣ أشخاص"}"#.utf8),
            Array(#"{"id":"broken","text":"#.utf8),
            Array(#"{"id":"no-text","title":"عنوان"}"#.utf8),
            Array(#"{"id":"null-text","text":null}"#.utf8),
            Array(#"{"id":"number-text","text":42}"#.utf8),
            Array(#"{"id":"empty","text":""}"#.utf8),
            Array(#"{"id":"deep","x":"#.utf8) + Array(repeating: UInt8(ascii: "["), count: 100_000),
            Array(#"not json at all"#.utf8),
            [],
        ]
        // Invalid UTF-8 inside the JSON string: a stray byte and a cut sequence.
        lines.append(Array(#"{"id":"bad-utf8","text":"ق"#.utf8) + [0xFF, 0x20, 0xD9] + Array(#" نص"}"#.utf8))
        lines.append(Array(#"{"id":"last","text":"نهاية"}"#.utf8))
        return Array(lines.joined(separator: [0x0A])) + [0x0A]
    }()

    /// A broken line keeps an id read before the damage ("broken", "deep"); "not json" has none.
    static let badInputIDs = ["ok", "broken", "no-text", "null-text", "number-text", "empty", "deep", "stdin:8", "bad-utf8", "last"]

    func runBadInputs(_ extra: [String]) throws -> (status: Int32, records: [String: [String: Any]], ids: [String], stderr: String) {
        let dir = try EngineFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("bad.jsonl")
        try Data(Self.badInputs).write(to: input)
        let r = try EngineFixtures.run(["run", "--chain", Self.chain, "--input", "-", "--jobs", "2"] + extra, stdinFile: input.path)
        let records = try CLI.records(r.stdout)
        let ids = records.map { $0["id"] as! String }
        return (r.status, Dictionary(uniqueKeysWithValues: zip(ids, records)), ids, r.stderr)
    }

    static func errors(_ record: [String: Any]?) -> [String] {
        ((record?["errors"] as? [[String: Any]]) ?? []).map { "\($0["plugin"]!): \($0["message"]!)" }
    }

    @Test("every bad input gives exactly one record, with errors, and the run goes on")
    func badInputsGiveRecords() throws {
        let r = try runBadInputs([])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.ids == Self.badInputIDs)
        #expect(Self.errors(r.records["ok"]).isEmpty && (r.records["ok"]?["tokens"] as? [Any])?.count == 3)
        #expect(Self.errors(r.records["broken"]).first?.contains("broken JSON") == true)
        #expect(Self.errors(r.records["no-text"]) == ["input: the record has no 'text' field"])
        #expect(Self.errors(r.records["null-text"]) == ["input: the record has no 'text' field"])
        #expect(Self.errors(r.records["number-text"]) == ["input: the 'text' field is not a string"])
        #expect(Self.errors(r.records["deep"]).first?.contains("nested deeper") == true)
        // A failed input has no layers, so it is never mistaken for an empty article…
        for id in ["broken", "no-text", "deep", "stdin:8"] { #expect(r.records[id]?["tokens"] == nil, "\(id)") }
        // …which is a valid document with empty layers.
        #expect(Self.errors(r.records["empty"]).isEmpty)
        #expect((r.records["empty"]?["tokens"] as? [Any])?.isEmpty == true && r.records["empty"]?["length"] as? Int == 0)
        // Invalid UTF-8 is repaired, reported, and processed.
        #expect(Self.errors(r.records["bad-utf8"]) == ["input: invalid UTF-8: 2 sequence(s) replaced with U+FFFD"])
        #expect((r.records["bad-utf8"]?["tokens"] as? [[String: Any]])?.contains { $0["text"] as? String == "\u{FFFD}" } == true)
        #expect(r.stderr.contains("10 documents") && r.stderr.contains("7 with errors"))
    }

    @Test("--strict rejects invalid UTF-8: the record carries the error and no layers")
    func strict() throws {
        let r = try runBadInputs(["--strict"])
        #expect(r.ids == Self.badInputIDs)
        #expect(Self.errors(r.records["bad-utf8"]) == ["input: invalid UTF-8: 2 ill-formed sequence(s); rejected (--strict)"])
        #expect(r.records["bad-utf8"]?["tokens"] == nil && r.records["bad-utf8"]?["sentences"] == nil)
        #expect(Self.errors(r.records["ok"]).isEmpty)
    }

    @Test("exit status: 0 when records carry errors, 3 with --fail-on-errors, 0 with it on clean input")
    func exitStatus() throws {
        let failing = try runBadInputs(["--fail-on-errors", "--quiet"])
        #expect(failing.status == 3)
        #expect(failing.ids == Self.badInputIDs, "every record is still written")
        #expect(failing.stderr.contains("7 of 10 records carry errors"))
        let clean = try CLI.run(["run", "--chain", Self.chain, "--input", "Samples", "--fail-on-errors", "--quiet"])
        #expect(clean.status == 0 && clean.stderr.isEmpty)
    }

    @Test("a 50 MB document works, as a .txt file and as one JSONL line between small ones")
    func hugeDocument() throws {
        let dir = try EngineFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sentence = "قال المتحدث باسم الوزارة إن ٣ أشخاص أصيبوا في الحادث. "
        let text = String(repeating: sentence, count: 50_000_000 / sentence.utf8.count + 1)
        let scalars = text.unicodeScalars.count
        let txt = dir.appendingPathComponent("huge.txt")
        try Data(text.utf8).write(to: txt)
        let jsonl = dir.appendingPathComponent("mixed.jsonl")
        try Data(("{\"id\":\"before\",\"text\":\"نص\"}\n{\"id\":\"huge\",\"text\":\(json(text))}\n{\"id\":\"after\",\"text\":\"نص\"}\n").utf8)
            .write(to: jsonl)
        let out = dir.appendingPathComponent("out.jsonl")
        // The chain is kept short: in a debug build encoding 10 million tokens alone takes minutes.
        let r = try EngineFixtures.run(["run", "--chain", "normalize", "--input", txt.path, "--input", jsonl.path,
                                        "--output", out.path, "--quiet"], timeout: 600)
        #expect(r.status == 0, "\(r.stderr)")
        let records = try CLI.records(try String(contentsOf: out, encoding: .utf8))
        #expect(records.map { $0["id"] as! String } == ["huge", "before", "huge", "after"])
        #expect(records[0]["length"] as? Int == scalars && records[2]["length"] as? Int == scalars)
        #expect(records.allSatisfy { $0["errors"] == nil })
    }

    @Test("records keep input order under parallel workers, byte for byte; --unordered writes the same records")
    func order() throws {
        let dir = try EngineFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Through standard input and output, as a mapper in Spark or Hadoop Streaming runs it.
        let input = try EngineFixtures.writeJSONL(count: 1200, to: dir).path
        let one = try EngineFixtures.run(["run", "--chain", Self.chain, "--jobs", "1", "--quiet"], stdinFile: input)
        let four = try EngineFixtures.run(["run", "--chain", Self.chain, "--jobs", "4", "--quiet"], stdinFile: input)
        #expect(one.status == 0 && four.status == 0)
        #expect(try EngineFixtures.ids(one.stdout) == (0..<1200).map { "d\($0)" })
        #expect(four.stdout == one.stdout)
        let unordered = try EngineFixtures.run(["run", "--chain", Self.chain, "--jobs", "4", "--unordered", "--quiet"], stdinFile: input)
        #expect(unordered.stdout.split(separator: "\n").sorted() == one.stdout.split(separator: "\n").sorted())
    }

    @Test(".jsonl.zst and .jsonl.gz inputs give the records of the plain file; a missing tool is named")
    func compressed() throws {
        let dir = try EngineFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try EngineFixtures.writeJSONL(count: 300, to: dir)
        try EngineFixtures.compress("zstd", ["-q", "-k", plain.path, "-o", plain.path + ".zst"])
        try EngineFixtures.compress("gzip", ["-k", plain.path])
        let expected = try CLI.run(["run", "--chain", Self.chain, "--input", plain.path, "--quiet"])
        for suffix in [".zst", ".gz"] {
            let r = try CLI.run(["run", "--chain", Self.chain, "--input", plain.path + suffix, "--quiet"])
            #expect(r.status == 0, "\(suffix): \(r.stderr)")
            #expect(r.stdout == expected.stdout, "\(suffix)")
        }
        // A directory picks compressed JSONL up too, sorted by path with the rest.
        let both = try CLI.run(["run", "--chain", "tokenize", "--input", dir.path, "--quiet"])
        #expect(try EngineFixtures.ids(both.stdout).count == 900)
        // Without zstd on PATH: a clear message and EX_UNAVAILABLE.
        let noTools = try EngineFixtures.run(["run", "--chain", "tokenize", "--input", plain.path + ".zst"],
                                             environment: ["PATH": dir.path])
        #expect(noTools.status == 69)
        #expect(noTools.stderr.contains("needs the 'zstd' program"))
        // A damaged file: the records before the damage, then a data error.
        var damaged = try Data(contentsOf: URL(fileURLWithPath: plain.path + ".gz"))
        damaged = damaged.prefix(damaged.count / 2)
        let cut = dir.appendingPathComponent("cut.jsonl.gz")
        try damaged.write(to: cut)
        let r = try CLI.run(["run", "--chain", "tokenize", "--input", cut.path, "--quiet"])
        #expect(r.status == 65 && r.stderr.contains("gzip could not decompress"))
        #expect(try CLI.records(r.stdout).count > 10)
    }

    @Test("--shard i/n: the shards together hold every record exactly once")
    func shards() throws {
        let dir = try EngineFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try EngineFixtures.writeJSONL(count: 500, to: dir).path
        let all = try EngineFixtures.run(["run", "--chain", Self.chain, "--quiet"], stdinFile: input).stdout.split(separator: "\n")
        var union: [Substring] = []
        for i in 0..<4 {
            let r = try EngineFixtures.run(["run", "--chain", Self.chain, "--shard", "\(i)/4", "--quiet"], stdinFile: input)
            #expect(r.status == 0)
            union += r.stdout.split(separator: "\n")
        }
        #expect(union.count == 500)
        #expect(union.sorted() == all.sorted())
        #expect(try CLI.run(["run", "--chain", "tokenize", "--shard", "4/4"], stdin: "").status == 64)
    }

    /// An interrupted run, resumed, equals an uninterrupted one byte for byte.
    func interruptAndResume(signal: Int32, expectedStatus: Int32) throws {
        let dir = try EngineFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try EngineFixtures.writeJSONL(count: 2500, to: dir)
        let reference = dir.appendingPathComponent("reference.jsonl")
        let full = try EngineFixtures.run(["run", "--chain", Self.chain, "--input", input.path, "--output", reference.path, "--quiet"])
        #expect(full.status == 0)

        let out = dir.appendingPathComponent("out.jsonl")
        let args = ["run", "--chain", Self.chain, "--input", input.path, "--output", out.path, "--jobs", "2"]
        let first = try BackgroundRun(args, in: dir)
        first.waitForLines(200, in: out)
        first.signal(signal)
        #expect(first.wait() == expectedStatus, "\(first.errorOutput)")
        let partial = try Data(contentsOf: out)
        let written = partial.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        #expect(written >= 200 && written < 2500, "interrupted after \(written) records")
        if signal != SIGKILL {
            #expect(partial.last == 0x0A, "a clean stop leaves complete lines only")
            #expect(first.errorOutput.contains("--resume"))
        }

        let resumed = try EngineFixtures.run(args + ["--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try Data(contentsOf: out) == Data(contentsOf: reference))
        // Resuming a finished run adds nothing.
        #expect(try EngineFixtures.run(args + ["--resume", "--quiet"]).status == 0)
        #expect(try Data(contentsOf: out) == Data(contentsOf: reference))
    }

    @Test("SIGTERM stops with complete lines and status 143; --resume finishes the same output")
    func resumeAfterSIGTERM() throws { try interruptAndResume(signal: SIGTERM, expectedStatus: 143) }

    @Test("SIGINT stops with status 130")
    func resumeAfterSIGINT() throws { try interruptAndResume(signal: SIGINT, expectedStatus: 130) }

    @Test("after SIGKILL, --resume cuts a partial last line and loses or repeats nothing")
    func resumeAfterSIGKILL() throws { try interruptAndResume(signal: SIGKILL, expectedStatus: 128 + SIGKILL) }

    @Test("--resume refuses what it cannot continue, and an output of another input")
    func resumeChecks() throws {
        #expect(try CLI.run(["run", "--chain", "tokenize", "--resume"]).status == 64)
        #expect(try CLI.run(["run", "--chain", "tokenize", "--resume", "--output", "/tmp/x.jsonl", "--unordered"]).status == 64)
        let dir = try EngineFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.jsonl")
        try Data("{\"id\":\"other\"}\n".utf8).write(to: out)
        let r = try CLI.run(["run", "--chain", "tokenize", "--input", "Samples", "--output", out.path, "--resume"])
        #expect(r.status == 65 && r.stderr.contains("cannot resume"))
    }

    @Test("standard error: the summary on a pipe without a progress line, nothing with --quiet")
    func observability() throws {
        let quiet = try CLI.run(["run", "--chain", "tokenize", "--input", "Samples", "--quiet"])
        #expect(quiet.stderr.isEmpty)
        let normal = try CLI.run(["run", "--chain", "tokenize", "--input", "Samples"])
        let lines = normal.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(normal.stderr)")
        #expect(lines.first?.hasPrefix("5 documents, ") == true && normal.stderr.contains("MB/s") && normal.stderr.contains("peak RSS"))
        #expect(lines.last?.contains("plugin time: tokenize 100%") == true)
        #expect(!normal.stderr.contains("\r"), "no progress line on a pipe")
    }

    @Test("bench reports the per-plugin time shares next to the totals")
    func benchShares() throws {
        let r = try CLI.run(["bench", "--chain", Self.chain, "--input", "Samples", "--jobs", "2"])
        let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        for key in ["docs", "bytes", "seconds", "mb_per_s", "peak_rss_mb"] { #expect(o[key] != nil, "\(key)") }
        let plugins = o["plugins"] as! [String: Double]
        #expect(Set(plugins.keys) == ["normalize", "tokenize", "sentences"])
        #expect(abs(plugins.values.reduce(0, +) - 1) < 0.01)
        #expect(Set((o["worker"] as! [String: Double]).keys) == ["input", "plugins", "encode", "waiting"])
    }
}
