import Foundation
import Testing
@testable import ToolkitCLI

/// The built `toolkit-cli` next to the test bundle, when there.
let toolkitCLI: String? = {
    let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [dir, dir.deletingLastPathComponent(), dir.deletingLastPathComponent().deletingLastPathComponent()]
        .map { $0.appendingPathComponent("toolkit-cli").path }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}()

@Suite("run --format / --layer")
struct RunFormatOptionTests {
    @Test("csv without --layer, or --layer with another format, is a usage error (64)")
    func layerOption() throws {
        for args in [["--chain", "tokenize", "--format", "csv"], ["--chain", "tokenize", "--format", "html", "--layer", "quotes"]] {
            let error = try #require(throws: (any Error).self) { try RunCommand.parse(args) }
            #expect(RunCommand.exitCode(for: error).rawValue == 64)
            #expect(RunCommand.message(for: error).contains("--layer"))
        }
        let ok = try RunCommand.parse(["--chain", "tokenize", "--format", "csv", "--layer", "tokens"])
        #expect(ok.format == .csv && ok.layer == "tokens")
    }

    @Test("the chain must write what the format needs")
    func chainLayers() throws {
        let missing = try #require(throws: CLIError.self) {
            try RunCommand.OutputFormat.csv.formatter(layer: "numbers", chainLayers: ["normalized", "tokens"])
        }
        #expect(missing.exitCode == 64 && missing.message.contains("numbers"))
        #expect(throws: CLIError.self) { try RunCommand.OutputFormat.tsv.formatter(layer: nil, chainLayers: ["sentences"]) }
        #expect(try RunCommand.OutputFormat.csv.formatter(layer: "errors", chainLayers: []) is CSVFormatter)
        #expect(try RunCommand.OutputFormat.html.formatter(layer: nil, chainLayers: []) is HTMLFormatter)
        #expect(try !RunCommand.OutputFormat.tsv.formatter(layer: nil, chainLayers: ["tokens"]).readsEncodedRecord)
    }

    @Test("toolkit-cli run writes csv and html end to end", .enabled(if: toolkitCLI != nil, "toolkit-cli is not built"))
    func endToEnd() throws {
        let cli = try #require(toolkitCLI)
        let samples = Fixtures.repository.appendingPathComponent("Samples").path
        let chain = ["run", "--chain", "normalize,tokenize,sentences", "--input", samples, "--jobs", "2"]

        let html = try runProgram(cli, chain + ["--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        let docs = HTMLInspector(html.stdout).documentTexts()
        #expect(HTMLInspector(html.stdout).structureProblems() == [])
        #expect(docs.count == 5)
        let first = try String(contentsOfFile: samples + "/000_63bd7b7629f36687.txt", encoding: .utf8)
        #expect(docs.first?.text == first)

        let csv = try runProgram(cli, chain + ["--format", "csv", "--layer", "sentences"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let table = try csvTable(csv.stdout)
        #expect(table.header == ["id", "start", "end", "text"])
        #expect(Set(table.rows.compactMap { $0["id"] }).count == 5)

        let usage = try runProgram(cli, chain + ["--format", "csv"])
        #expect(usage.status == 64 && usage.stderr.contains("--layer"))
        let absent = try runProgram(cli, chain + ["--format", "csv", "--layer", "numbers"])
        #expect(absent.status == 64 && absent.stderr.contains("numbers"))
    }
}
