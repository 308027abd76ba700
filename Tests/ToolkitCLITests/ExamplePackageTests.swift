import ExampleBuilds
import Foundation
import Testing

/// Builds the example packages of `Examples/` as a user would and runs what they produce. They
/// share one scratch directory (`.build-examples/packages`), so the toolkit is compiled once for
/// all of them and later runs only rebuild what changed; the first run takes a few minutes.
@Suite("Example packages", .serialized, .enabled(if: ExampleBuilds.swift != nil, "needs the swift driver"))
struct ExamplePackageTests {
    @Test("compiled in: my-toolkit is toolkit-cli plus the organizations plugin, and its own tests pass")
    func compiledPlugin() throws {
        let bin = try ExampleBuilds.swiftPackage("Examples/CompiledPlugin") + "/my-toolkit"
        let list = try ExampleBuilds.run(bin, ["plugins"])
        #expect(list.contains("organizations 1.0.0"))
        let out = try ExampleBuilds.run(bin, ["run", "--quiet", "--chain", "normalize,tokenize,organizations", "--input", "Samples"])
        let records = try CLI.records(out)
        #expect(records.count == 5)
        let names = records.flatMap { ($0["organizations"] as? [[String: Any]] ?? []).map { $0["text"] as! String } }
        #expect(names.contains { $0.hasPrefix("وزارة") || $0.hasPrefix("قوات") }, "\(names)")
        let tests = try ExampleBuilds.testSwiftPackage("Examples/CompiledPlugin")
        #expect(tests.contains("passed"), "\(tests)")
    }

    @Test("loaded at run time: the Swift dynamic library example")
    func swiftDynamicPlugin() throws {
        let lib = try ExampleBuilds.swiftPackage("Examples/DynamicPlugin/swift") + "/libTokenStats.so"
        let r = try CLI.run(["run", "--plugin", lib, "--chain", "normalize,tokenize,token-stats", "--input", "Samples"])
        #expect(r.status == 0, "\(r.stderr)")
        for rec in try CLI.records(r.stdout) {
            let stats = try #require(rec["token-stats"] as? [String: Any])
            let tokens = try #require(rec["tokens"] as? [[String: Any]])
            #expect(stats["word"] as? Int == tokens.filter { $0["kind"] as? String == "word" }.count)
            let longest = try #require(stats["longest"] as? [String: Any])
            #expect((longest["text"] as? String)?.unicodeScalars.count == (longest["end"] as! Int) - (longest["start"] as! Int))
        }
    }

    @Test("embedded: the TextPipeline example runs")
    func embedding() throws {
        let bin = try ExampleBuilds.swiftPackage("Examples/Embedding") + "/embedding-demo"
        let out = try ExampleBuilds.run(bin, [])
        #expect(out.contains("killed: قُتل [0, 4)"), "\(out)")
        #expect(out.contains("injured: وأصيب [13, 18)"))
        #expect(out.contains("أصيب جندي بجروح → [\"injured\"]"))
        #expect(out.contains(#"{"id":"0","length":21,"#))
    }
}
