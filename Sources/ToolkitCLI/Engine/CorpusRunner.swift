import Dispatch
import Plugins
import Synchronization
import Toolkit

/// Runs a pipeline over a stream of documents with N workers, each with its own plugin
/// instances, and hands results back in input order.
///
/// Documents are read in batches bounded by count and bytes, so memory stays bounded whatever
/// the corpus size; workers pull documents from the batch by an atomic counter.
final class CorpusRunner {
    struct Summary {
        var documents = 0
        var textBytes = 0
        var documentsWithErrors = 0
        var seconds = 0.0
    }

    private let workers: [PipelineWorker]
    private let encoder = DocumentEncoder()
    let jobs: Int
    var maxBatchDocuments: Int
    var maxBatchBytes = 32 << 20

    init(pipeline: Pipeline, jobs: Int) throws {
        self.jobs = max(1, jobs)
        self.workers = try (0..<max(1, jobs)).map { _ in try pipeline.makeWorker() }
        self.maxBatchDocuments = 256 * max(1, jobs)
    }

    /// Processes every document. `output` receives each record in order: the encoded JSON line
    /// (when `encode` is true) and the document.
    func run(_ input: InputSource, encode: Bool, output: (Document, [UInt8]) throws -> Void) throws -> Summary {
        var summary = Summary()
        let start = ResourceUsage.now
        while true {
            var batch: [InputDocument] = []
            var bytes = 0
            while batch.count < maxBatchDocuments, bytes < maxBatchBytes, let doc = try input.next() {
                bytes += doc.text.count
                batch.append(doc)
            }
            if batch.isEmpty { break }
            let results = process(batch, encode: encode)
            for (doc, line) in results {
                summary.documents += 1
                summary.textBytes += doc.source.utf8.count
                if !doc.errors.isEmpty { summary.documentsWithErrors += 1 }
                try output(doc, line)
            }
        }
        summary.seconds = ResourceUsage.now - start
        return summary
    }

    private func process(_ batch: [InputDocument], encode: Bool) -> [(Document, [UInt8])] {
        let results = ResultSlots(count: batch.count)
        let next = Atomic<Int>(0)
        let workers = UncheckedBox(self.workers)
        let encoder = self.encoder
        let run: @Sendable (Int) -> Void = { w in
            let worker = workers.value[w]
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < batch.count else { return }
                let input = batch[i]
                var doc = Document(id: input.id, source: SourceText(bytes: input.text))
                for e in input.errors { doc.errors.append(DocumentError(plugin: "input", message: e)) }
                if doc.source.repairedSequences > 0 {
                    doc.errors.append(DocumentError(plugin: "input", message:
                        "invalid UTF-8: \(doc.source.repairedSequences) sequence(s) replaced with U+FFFD"))
                }
                worker.process(&doc)
                results.set(i, (doc, encode ? encoder.encode(doc) : []))
            }
        }
        if jobs == 1 || batch.count == 1 {
            run(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: jobs, execute: run)
        }
        return results.values()
    }
}

/// Per-index result slots written by distinct workers (each index exactly once).
private final class ResultSlots: @unchecked Sendable {
    private var slots: [(Document, [UInt8])?]
    private let lock = Mutex<Void>(())
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: (Document, [UInt8])) { lock.withLock { _ in slots[i] = v } }
    func values() -> [(Document, [UInt8])] { slots.map { $0! } }
}

/// Carries per-worker state into concurrent code; each worker index is used by one thread.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
