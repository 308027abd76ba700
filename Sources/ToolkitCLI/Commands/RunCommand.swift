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
        (recursively, sorted), .jsonl files ({"id","text",...} per line), .jsonl.zst and .jsonl.gz \
        (through the zstd and gzip programs), or '-' / no --input for JSONL on standard input. \
        Every input document gives exactly one record, in input order unless --unordered; bad \
        input gives a record with 'errors'. Exit codes: 0 done (records may carry errors; see \
        --fail-on-errors), 3 records with errors under --fail-on-errors, 130/143 stopped by \
        SIGINT/SIGTERM after writing complete records only. See docs/engine.md.
        """
    )

    @OptionGroup var chainOptions: ChainOptions
    @OptionGroup var engine: EngineOptions

    @Option(name: .long, help: "Output file (default: standard output).")
    var output: String?

    @Option(name: .long, help: """
        jsonl (one record per document), tsv (one row per token), csv (one row per item of \
        --layer) or html (one page for reading the extractions); see docs/output-formats.md.
        """)
    var format: OutputFormat = .jsonl

    @Option(name: .long, help: "With --format csv: the layer to write (numbers, quotes, attributions, …).")
    var layer: String?

    @Flag(name: .long, help: "Write each record as soon as it is ready instead of in input order.")
    var unordered = false

    @Flag(name: .long, help: """
        Continue an interrupted run into the same --output: keep its complete records, skip as \
        many input documents. Needs the same input, chain and --shard, ordered --format jsonl.
        """)
    var resume = false

    @Flag(name: .long, help: "Show the progress line even when standard error is not a terminal.")
    var progress = false

    @Flag(name: .long, help: "No progress line and no summary on standard error.")
    var quiet = false

    @Flag(name: .long, help: "Exit with status 3 when any record carries errors (the run still writes every record).")
    var failOnErrors = false

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv, csv, html }

    func validate() throws {
        if format == .csv, layer == nil { throw ValidationError("--format csv needs --layer (numbers, quotes, attributions, …)") }
        if format != .csv, layer != nil { throw ValidationError("--layer applies to --format csv only") }
        if resume {
            guard let output, output != "-" else { throw ValidationError("--resume needs --output FILE: the records of the interrupted run") }
            guard format == .jsonl else { throw ValidationError("--resume works with --format jsonl (one line per record)") }
            // The records already written must be the first ones of the input.
            guard !unordered else { throw ValidationError("--resume continues ordered output; drop --unordered") }
        }
    }

    func run() throws {
        let pipeline = try chainOptions.pipeline()
        var formatter = try format.formatter(layer: layer, chainLayers: pipeline.layers)
        let source = try InputSource(paths: engine.input)
        let resumePoint = resume ? try ResumePoint.prepare(output: output!) : .start
        let sink = try OutputSink(path: output, append: resume)

        var configuration = engine.configuration
        configuration.ordered = !unordered
        configuration.worker.encode = formatter.readsEncodedRecord
        // JSON Lines writes the encoded record only; other formats read the document.
        configuration.worker.keepDocument = !(formatter is JSONLinesFormatter)
        let runner = CorpusRunner(pipeline: pipeline, configuration: configuration)

        StopSignal.install()
        let reporter = ProgressReporter(forced: progress, quiet: quiet, input: source.progress, start: MonotonicClock.seconds())
        if resumePoint.completeRecords > 0, !quiet {
            printError("resuming after the \(resumePoint.completeRecords) records in \(output!)")
        }
        if resumePoint.completeRecords == 0 { try sink.write(formatter.header()) }
        let selection = CorpusRunner.Selection(shard: engine.shard, resume: resumePoint)
        let summary: RunSummary
        do {
            summary = try runner.run(source, selection: selection, stop: { StopSignal.requested }, progress: reporter) { record in
                if let document = record.document {
                    try sink.write(formatter.record(document, encoded: record.encoded))
                } else {
                    try sink.write(record.encoded)
                }
            }
        } catch {
            // Keep the complete records written so far: they are valid, and --resume needs them.
            reporter.finish()
            try? sink.flush()
            throw error
        }
        try sink.write(formatter.footer())
        try sink.flush()
        reporter.finish()
        for note in formatter.notes { printError(note) }
        if !quiet { for line in summary.report(peakRSSMegabytes: ResourceUsage.peakRSSMegabytes) { printError(line) } }

        if let signal = summary.interruptedBy {
            throw CLIError(.interrupted(signal: signal), """
                stopped by \(StopSignal.name(signal)) after \(resumePoint.completeRecords + summary.documents) complete records\
                \(output.map { "; --resume --output \($0) continues" } ?? "")
                """)
        }
        if failOnErrors, summary.documentsWithErrors > 0 {
            throw CLIError(.recordErrors, "\(summary.documentsWithErrors) of \(summary.documents) records carry errors (--fail-on-errors)")
        }
    }
}
