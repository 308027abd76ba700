import Foundation
import Testing

/// Runs the built `toolkit-cli` as a user would.
enum CLI {
    static let repoRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // The test runner lives in <build>/debug/ or inside an .xctest bundle there.
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("toolkit-cli").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("toolkit-cli").path
    }

    struct Result { let status: Int32; let stdout: String; let stderr: String }

    static func run(_ args: [String], stdin: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: repoRoot)
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin.data(using: .utf8)!) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func records(_ jsonl: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }
}

extension String {
    func scalarSlice(_ start: Int, _ end: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: Array(unicodeScalars)[start..<end])
        return String(s)
    }
}

@Suite("toolkit-cli", .serialized)
struct CLITests {
    @Test("run over the sample directory: one record per file, in order, spans slice the text")
    func runSamples() throws {
        let r = try CLI.run(["run", "--chain", "normalize,tokenize,sentences", "--input", "Samples", "--jobs", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let records = try CLI.records(r.stdout)
        #expect(records.map { $0["id"] as! String } == ["000_63bd7b7629f36687", "001_8aa77018ed7735f0", "002_30147119cfdaa65e",
                                                         "003_72ab5779234c0ced", "004_a063f7a33093732b"])
        for rec in records {
            let text = try String(contentsOfFile: CLI.repoRoot + "/Samples/\(rec["id"]!).txt", encoding: .utf8)
            #expect(rec["length"] as? Int == text.unicodeScalars.count)
            for key in ["tokens", "sentences"] {
                for item in rec[key] as! [[String: Any]] {
                    #expect(text.scalarSlice(item["start"] as! Int, item["end"] as! Int) == item["text"] as! String)
                }
            }
            #expect(rec["errors"] == nil)
        }
    }

    @Test("JSONL on stdin, with broken and text-less lines still giving one record each")
    func stdinJSONL() throws {
        let input = """
        {"id":"a","text":"قال ٣ أشخاص","extra":{"x":[1,2,{"y":null}]}}
        {"id":"b","text":
        {"id":7,"title":"no text"}

        {"text":"\\u0627\\u0644\\ud83d\\ude00 bad \\ud800 end"}
        """
        let r = try CLI.run(["run", "--chain", "normalize,tokenize", "--jobs", "2"], stdin: input)
        #expect(r.status == 0)
        let recs = try CLI.records(r.stdout)
        #expect(recs.count == 4)
        // A broken line keeps an id read before the damage; otherwise it gets input:line.
        #expect(recs.map { $0["id"] as! String } == ["a", "b", "7", "stdin:5"])
        #expect((recs[0]["tokens"] as! [[String: Any]]).map { $0["norm"] as! String } == ["قال", "3", "اشخاص"])
        #expect(((recs[1]["errors"] as! [[String: Any]])[0]["message"] as! String).contains("broken JSON"))
        #expect(((recs[2]["errors"] as! [[String: Any]])[0]["message"] as! String).contains("no 'text'"))
        let last = (recs[3]["tokens"] as! [[String: Any]]).map { "\($0["text"]!)/\($0["kind"]!)" }
        #expect(last == ["ال/word", "😀/symbol", "bad/word", "\u{FFFD}/symbol", "end/word"])
        #expect(r.stderr.contains("2 with errors"))
    }

    @Test("invalid UTF-8 is repaired and reported")
    func invalidUTF8() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.txt")
        try Data([0xD9, 0x82, 0xFF, 0x20, 0xD9]).write(to: file)  // "ق", a stray byte, a space, a cut sequence
        let r = try CLI.run(["run", "--chain", "tokenize", "--input", file.path])
        let rec = try CLI.records(r.stdout)[0]
        #expect(rec["id"] as? String == "bad")
        #expect(rec["length"] as? Int == 4)
        #expect(((rec["errors"] as! [[String: Any]])[0]["message"] as! String).contains("invalid UTF-8: 2"))
    }

    @Test("usage errors exit 64, missing inputs 66")
    func exitCodes() throws {
        let unknown = try CLI.run(["run", "--chain", "normalize,nope", "--input", "Samples"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown plugin 'nope'"))
        let badOption = try CLI.run(["run", "--chain", "normalize", "--set", "normalize.profile=loud", "--input", "Samples"])
        #expect(badOption.status == 64)
        #expect(badOption.stderr.contains("expected one of none, nfc, nfkc, search"))
        let order = try CLI.run(["run", "--chain", "tokenize,normalize", "--input", "Samples"])
        #expect(order.status == 64 && order.stderr.contains("put normalize before tokenize"))
        let missing = try CLI.run(["run", "--chain", "tokenize", "--input", "no/such/file.txt"])
        #expect(missing.status == 66)
        #expect(try CLI.run(["run", "--input", "Samples"]).status == 64)
    }

    @Test("plugins lists every plugin, as text and as JSON")
    func plugins() throws {
        let r = try CLI.run(["plugins", "--format", "json"])
        #expect(r.status == 0)
        let list = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        let names = list.map { $0["name"] as! String }
        #expect(Array(names.prefix(3)) == ["normalize", "tokenize", "sentences"])
        for p in list { #expect(Set(p.keys).isSuperset(of: ["name", "description", "requires", "produces", "options"])) }
        let normalize = list.first { $0["name"] as? String == "normalize" }!
        #expect((normalize["options"] as! [[String: Any]]).contains { $0["name"] as? String == "diacritics" })
        let text = try CLI.run(["plugins"])
        #expect(text.stdout.contains("tokenize") && text.stdout.contains("--set normalize.profile"))
    }

    @Test("tokenize and normalize views, from an argument and from stdin")
    func views() throws {
        let t = try CLI.run(["tokenize", "قال مراسل \"الحدث\" الساعة 16:00"])
        #expect(t.status == 0)
        #expect(t.stdout.contains("16:00") && t.stdout.contains("الساعة  → الساعه"))
        let n = try CLI.run(["normalize"], stdin: "مُصطفى ٣٫٥")
        #expect(n.stdout == "مصطفي 3.5\n")
        let raw = try CLI.run(["normalize", "--set", "normalize.profile=none", "--set", "normalize.digits=true", "مُصطفى ٣"])
        #expect(raw.stdout == "مُصطفى 3\n")
    }

    @Test("tsv output: a header and one row per token")
    func tsv() throws {
        let r = try CLI.run(["run", "--chain", "normalize,tokenize", "--format", "tsv"], stdin: "{\"id\":\"x\",\"text\":\"قال\\tنعم\"}\n")
        #expect(r.stdout == "id\tstart\tend\ttext\tnorm\tkind\nx\t0\t3\tقال\tقال\tword\nx\t4\t7\tنعم\tنعم\tword\n")
        #expect(try CLI.run(["run", "--chain", "normalize", "--format", "tsv"], stdin: "").status == 64)
    }

    @Test("bench prints one JSON line with the documented fields")
    func bench() throws {
        let r = try CLI.run(["bench", "--chain", "normalize,tokenize", "--input", "Samples", "--jobs", "1"])
        #expect(r.status == 0)
        let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(o["docs"] as? Int == 5)
        #expect((o["bytes"] as? Int ?? 0) > 20000)
        for key in ["seconds", "mb_per_s", "peak_rss_mb"] { #expect(o[key] is Double || o[key] is Int, "\(key)") }
    }

    @Test("records keep input order under parallel workers")
    func order() throws {
        let lines = (0..<500).map { "{\"id\":\"d\($0)\",\"text\":\"\(String(repeating: "نص ", count: $0 % 37))\($0)\"}" }
        let r = try CLI.run(["run", "--chain", "tokenize", "--jobs", "2"], stdin: lines.joined(separator: "\n"))
        #expect(try CLI.records(r.stdout).map { $0["id"] as! String } == (0..<500).map { "d\($0)" })
    }
}
