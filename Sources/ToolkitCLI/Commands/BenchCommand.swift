import ArgumentParser
import Plugins
import Toolkit

/// `toolkit-cli bench`: the chain over a corpus with output discarded, as one JSON line.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run a chain over inputs, discard the records, and print throughput as one JSON line.",
        discussion: """
        Prints {"docs","bytes","seconds","mb_per_s","peak_rss_mb"}: bytes are the UTF-8 bytes of \
        the documents' text, MB are 10^6 bytes, seconds include reading and parsing the input.
        """
    )

    @OptionGroup var chainOptions: ChainOptions

    @Option(name: .long, help: "Input file or directory; repeatable. '-' or none reads JSONL from stdin.")
    var input: [String] = []

    @Option(name: .long, help: "Parallel workers (default: number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Also encode each record as JSON (what `run` does) before discarding it.")
    var encode = false

    func run() throws {
        let pipeline = try chainOptions.pipeline()
        let source = try InputSource(paths: input)
        let runner = try CorpusRunner(pipeline: pipeline, jobs: jobs ?? ResourceUsage.cores)
        let summary = try runner.run(source, encode: encode) { _, _ in }
        var json = JSONWriter()
        json.beginObject()
        json.field("docs", summary.documents)
        json.field("bytes", summary.textBytes)
        json.field("seconds", (summary.seconds * 1000).rounded() / 1000)
        json.field("mb_per_s", (Double(summary.textBytes) / 1e6 / max(summary.seconds, 1e-9) * 100).rounded() / 100)
        json.field("peak_rss_mb", (ResourceUsage.peakRSSMegabytes * 10).rounded() / 10)
        json.field("jobs", runner.jobs)
        json.field("chain", pipeline.names.joined(separator: ","))
        json.endObject()
        json.bytes.append(0x0A)
        let sink = try OutputSink(path: nil)
        try sink.write(json.bytes)
        try sink.flush()
    }
}
