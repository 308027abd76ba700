import ArgumentParser
import Plugins
import Toolkit

/// `toolkit-cli run`: the chain over documents, one output record per input document.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a chain of plugins over documents and write one record per document.",
        discussion: """
        Inputs: .txt files (one document each, id = file name without extension), directories \
        (recursively, sorted), .jsonl files ({"id","text",...} per line), or '-' / no --input for \
        JSONL on standard input. Records come out in input order.
        """
    )

    @OptionGroup var chainOptions: ChainOptions

    @Option(name: .long, help: "Input file or directory; repeatable. '-' or none reads JSONL from stdin.")
    var input: [String] = []

    @Option(name: .long, help: "Output file (default: standard output).")
    var output: String?

    @Option(name: .long, help: "Parallel workers (default: number of cores).")
    var jobs: Int?

    @Option(name: .long, help: "jsonl (one record per document) or tsv (one row per token).")
    var format: OutputFormat = .jsonl

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let pipeline = try chainOptions.pipeline()
        if format == .tsv, !pipeline.layers.contains("tokens") {
            throw CLIError(.usage, "--format tsv writes one row per token; add tokenize to the chain")
        }
        let source = try InputSource(paths: input)
        let sink = try OutputSink(path: output)
        let runner = try CorpusRunner(pipeline: pipeline, jobs: jobs ?? ResourceUsage.cores)
        if format == .tsv { try sink.write(TSVWriter.header) }
        let summary = try runner.run(source, encode: format == .jsonl) { doc, line in
            if format == .jsonl { try sink.write(line) } else { try sink.write(TSVWriter.rows(doc)) }
        }
        try sink.flush()
        if summary.documentsWithErrors > 0 {
            printError("\(summary.documents) documents, \(summary.documentsWithErrors) with errors (see their 'errors' field)")
        }
    }
}
