import ArgumentParser
import Plugins
import Toolkit

/// `toolkit-cli eval`: runs the chain over the gold file's documents and prints the metrics of
/// EVALUATION.md as JSON.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score a chain against a gold file (EVALUATION.md) and print the metrics as JSON.",
        discussion: "Documents are matched to gold records by id; --verbose adds per-document misses and false hits."
    )

    @Option(name: .long, help: "Gold JSONL file.")
    var gold: String

    @Option(name: .long, help: "Input file or directory holding the gold documents; repeatable.")
    var input: [String] = []

    @Option(name: .long, help: "Chain to run (default: every built-in that has a scorer, with its prerequisites).")
    var chain: ChainList?

    @Option(name: .customLong("set"), help: ArgumentHelp("Plugin option, repeatable.", valueName: "plugin.key=value"))
    var settings: [String] = []

    @Flag(name: .long, help: "List misses, false hits and wrong details per document.")
    var verbose = false

    func run() throws {
        guard FileSystem.kind(of: gold) == .file else { throw CLIError(.noInput, "no such gold file: \(gold)") }
        let golds: [GoldDocument]
        do { golds = try GoldDocument.load(jsonl: try LineReader.readAll(path: gold)) } catch let e as GoldError {
            throw CLIError(.data, e.description)
        }
        let registry = PluginSystem.registry
        let names = chain?.names ?? Self.defaultChain(registry)
        let pipeline = try registry.resolve(chain: names, settings: try PluginRegistry.parseSettings(settings))
        let byID = Dictionary(golds.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var scorers = Scorers.make(for: pipeline.layers)
        guard !scorers.isEmpty else {
            throw CLIError(.usage, "the chain produces no layer that can be scored (numbers, quotes, attributions)")
        }
        let source = try InputSource(paths: input)
        let worker = try pipeline.makeWorker()
        var perDocument: [(String, [LayerScore])] = []
        var seen = Set<String>()
        while let input = try source.next() {
            guard let g = byID[input.id] else { continue }
            seen.insert(input.id)
            var doc = Document(id: input.id, source: SourceText(bytes: input.text))
            worker.process(&doc)
            var scores: [LayerScore] = []
            for k in scorers.indices { scores.append(scorers[k].add(doc, gold: g)) }
            perDocument.append((input.id, scores))
        }
        let missing = golds.map(\.id).filter { !seen.contains($0) }
        var json = JSONWriter()
        json.beginObject()
        json.field("documents", perDocument.count)
        if !missing.isEmpty {
            json.key("missing_documents"); json.beginArray(); missing.forEach { json.string($0) }; json.endArray()
        }
        for s in scorers {
            json.key(s.layer)
            s.total().write(to: &json, verbose: false)
        }
        if verbose {
            json.key("per_document")
            json.beginObject()
            for (id, scores) in perDocument {
                json.key(id)
                json.beginObject()
                for (s, score) in zip(scorers, scores) {
                    json.key(s.layer)
                    score.write(to: &json, verbose: true)
                }
                json.endObject()
            }
            json.endObject()
        }
        json.endObject()
        let sink = try OutputSink(path: nil)
        try sink.write(json.line())
        try sink.flush()
    }

    /// Every registered plugin whose layer has a scorer, preceded by what it needs.
    static func defaultChain(_ registry: PluginRegistry) -> [String] {
        let order = ["normalize", "tokenize", "sentences", "numbers", "quotes", "attributions"]
        return order.filter { registry.factory(named: $0) != nil }
    }
}
