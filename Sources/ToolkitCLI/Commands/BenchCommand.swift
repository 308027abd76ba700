import ArgumentParser
import Plugins
import Toolkit

/// `toolkit-cli bench`: the chain over a corpus with output discarded, as one JSON line.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run a chain over inputs, discard the records, and print throughput as one JSON line.",
        discussion: """
        Prints {"docs","bytes","seconds","mb_per_s","peak_rss_mb","jobs","chain","errors","plugins","worker"}: \
        bytes are the UTF-8 bytes of the documents' text, MB are 10^6 bytes, seconds include reading \
        and parsing the input. "plugins" gives each plugin's share of the time spent in plugins \
        (summed over workers); "worker" splits the workers' time into input (parsing, UTF-8 checks), plugins, \
        encode and waiting (for input or output).
        """
    )

    @OptionGroup var chainOptions: ChainOptions
    @OptionGroup var engine: EngineOptions

    @Flag(name: .long, help: "Also encode each record as JSON (what `run` does) before discarding it.")
    var encode = false

    func run() throws {
        let pipeline = try chainOptions.pipeline()
        let source = try InputSource(paths: engine.input)
        var configuration = engine.configuration
        configuration.worker.encode = encode
        let runner = CorpusRunner(pipeline: pipeline, configuration: configuration)
        let summary = try runner.run(source, selection: CorpusRunner.Selection(shard: engine.shard)) { _ in }
        var json = JSONWriter()
        json.beginObject()
        json.field("docs", summary.documents)
        json.field("bytes", summary.textBytes)
        json.field("seconds", Self.round(summary.seconds, 1000))
        json.field("mb_per_s", Self.round(summary.megabytesPerSecond, 100))
        json.field("peak_rss_mb", Self.round(ResourceUsage.peakRSSMegabytes, 10))
        json.field("jobs", configuration.jobs)
        json.field("chain", pipeline.names.joined(separator: ","))
        json.field("errors", summary.documentsWithErrors)
        json.key("plugins")
        Self.write(summary.pluginShares, into: &json)
        json.key("worker")
        Self.write(summary.workerShares, into: &json)
        json.endObject()
        let sink = try OutputSink(path: nil)
        try sink.write(json.line())
        try sink.flush()
    }

    /// `{"name":share,…}` with shares rounded to 0.001.
    private static func write(_ shares: [(name: String, share: Double)], into json: inout JSONWriter) {
        json.beginObject()
        for (name, share) in shares {
            json.key(name)
            json.double(round(share, 1000))
        }
        json.endObject()
    }

    private static func round(_ x: Double, _ scale: Double) -> Double { (x * scale).rounded() / scale }
}
