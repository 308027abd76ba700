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

    @Option(name: .long, help: """
        jsonl (one record per document), tsv (one row per token), csv (one row per item of \
        --layer) or html (one page for reading the extractions); see docs/output-formats.md.
        """)
    var format: OutputFormat = .jsonl

    @Option(name: .long, help: "With --format csv: the layer to write (numbers, quotes, attributions, …).")
    var layer: String?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv, csv, html }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if format == .csv, layer == nil { throw ValidationError("--format csv needs --layer (numbers, quotes, attributions, …)") }
        if format != .csv, layer != nil { throw ValidationError("--layer applies to --format csv only") }
    }

    func run() throws {
        let pipeline = try chainOptions.pipeline()
        var formatter = try format.formatter(layer: layer, chainLayers: pipeline.layers)
        let source = try InputSource(paths: input)
        let sink = try OutputSink(path: output)
        let runner = try CorpusRunner(pipeline: pipeline, jobs: jobs ?? ResourceUsage.cores)
        try sink.write(formatter.header())
        let summary = try runner.run(source, encode: formatter.readsEncodedRecord) { doc, line in
            try sink.write(formatter.record(doc, encoded: line))
        }
        try sink.write(formatter.footer())
        try sink.flush()
        for note in formatter.notes { printError(note) }
        if summary.documentsWithErrors > 0 {
            printError("\(summary.documents) documents, \(summary.documentsWithErrors) with errors (see their 'errors' field)")
        }
    }
}
