import Benchmark
import Foundation
import Plugins
import Toolkit

/// The bundled seed articles, or (when ../shared is present) the first 2,000 corpus articles.
let documents: [SourceText] = {
    let here = URL(fileURLWithPath: #filePath)
    let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let corpus = root.appendingPathComponent("../shared/corpus/arabic-news.jsonl.zst").standardizedFileURL.path
    if FileManager.default.fileExists(atPath: corpus) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "zstd -dc '\(corpus)' | head -n 2000"]
        let out = Pipe()
        p.standardOutput = out
        if (try? p.run()) != nil {
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            let docs = data.split(separator: UInt8(ascii: "\n")).compactMap { line -> SourceText? in
                guard let o = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let t = o["text"] as? String else { return nil }
                return SourceText(t)
            }
            if !docs.isEmpty { return docs }
        }
    }
    let samples = root.appendingPathComponent("Samples")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: samples.path))?.sorted() ?? []
    return files.filter { $0.hasSuffix(".txt") }.compactMap { try? String(contentsOf: samples.appendingPathComponent($0), encoding: .utf8) }.map(SourceText.init)
}()

/// The documents normalized with the default profile, for the benchmarks that start there.
let normalizedDocuments: [NormalizedText] = {
    let normalizer = Normalizer(options: NormalizationOptions(profile: .search))
    return documents.map { normalizer.normalize($0) }
}()

/// The documents after `normalize,tokenize,sentences`, and after `quotes` as well (its shared
/// token view dropped), for the benchmarks of the stages that start there. Each plugin builds
/// the token view it reads (`quotes` for documents with marks, `attributions` for all), as it
/// does in a chain where it runs alone: both figures include the view, which the `token view`
/// benchmark measures by itself.
let sentencedDocuments: [Document] = processed(["normalize", "tokenize", "sentences"])
let quotedDocuments: [Document] = processed(["normalize", "tokenize", "sentences", "quotes"]).map { d in
    var d = d
    d.shared = [:]
    return d
}

func processed(_ chain: [String]) -> [Document] {
    // The built-in chain always resolves; if it did not, measuring nothing would mislead.
    let worker: PipelineWorker
    do { worker = try PluginSystem.registry.resolve(chain: chain).makeWorker() } catch { fatalError("\(chain): \(error)") }
    return documents.map { d in
        var doc = Document(id: "d", source: d)
        worker.process(&doc)
        return doc
    }
}

/// A benchmark of one plugin alone, over documents that already carry the layers it reads.
func pluginBenchmark<P: Plugin>(_ name: String, over documents: [Document], _ make: @escaping @Sendable () -> P) {
    Benchmark(name) { benchmark in
        var plugin = make()
        benchmark.startMeasurement()
        for d in documents {
            var doc = d
            try plugin.process(&doc)
            blackHole(doc)
        }
    }
}

let benchmarks: @Sendable () -> Void = {
    // Wall-clock thresholds are too noisy on shared machines; the suite gates on allocations.
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
                                           scalingFactor: .one, maxDuration: .seconds(5), maxIterations: 20)

    Benchmark("normalize (search profile)") { benchmark in
        let normalizer = Normalizer(options: NormalizationOptions(profile: .search))
        benchmark.startMeasurement()
        for d in documents { blackHole(normalizer.normalize(d)) }
    }

    Benchmark("tokenize (fast path)") { benchmark in
        let tokenizer = try WordTokenizer()
        benchmark.startMeasurement()
        for n in normalizedDocuments { blackHole(tokenizer.tokenize(n)) }
    }

    Benchmark("tokenize (ICU only)") { benchmark in
        let tokenizer = try WordTokenizer(options: TokenizerOptions(fastPath: false))
        benchmark.startMeasurement()
        for n in normalizedDocuments { blackHole(tokenizer.tokenize(n)) }
    }

    Benchmark("sentences") { benchmark in
        let splitter = try SentenceSplitter()
        benchmark.startMeasurement()
        for n in normalizedDocuments { blackHole(splitter.split(n)) }
    }

    // The stages of quotes and attributions, each alone (see `make bench-chains` for the chain).
    Benchmark("token view") { benchmark in
        benchmark.startMeasurement()
        for d in sentencedDocuments {
            var doc = d
            blackHole(TokenView(document: &doc))
        }
    }

    pluginBenchmark("quotes", over: sentencedDocuments) {
        QuotesPlugin(shared: QuoteLexicons.builtIn, options: PluginOptions())
    }
    pluginBenchmark("attributions", over: quotedDocuments) {
        AttributionsPlugin(shared: AttributionExtractor(lexicons: QuoteLexicons.builtIn), options: PluginOptions())
    }

    Benchmark("chain normalize,tokenize,sentences") { benchmark in
        let worker = try PluginSystem.registry.resolve(chain: ["normalize", "tokenize", "sentences"]).makeWorker()
        benchmark.startMeasurement()
        for d in documents {
            var doc = Document(id: "d", source: d)
            worker.process(&doc)
            blackHole(doc)
        }
    }
}
