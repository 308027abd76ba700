import Plugins
import Toolkit

/// One worker's way from an input document to a record: parses it, builds the ``Document``
/// (UTF-8 repaired and reported), runs its own plugin instances, encodes the record. Owned by
/// one thread.
final class ChainWorker {
    struct Options: Sendable {
        /// Reject invalid UTF-8 instead of repairing it: the record carries an error and no layers.
        var strict = false
        /// Encode each record as JSON (needed by every format but TSV, and by `bench --encode`).
        var encode = true
        /// Keep the document in the record for formats that read it.
        var keepDocument = false
    }

    private let pipeline: PipelineWorker
    private let options: Options
    private let encoder = DocumentEncoder()
    private(set) var times: WorkerTimes

    init(_ pipeline: PipelineWorker, stageCount: Int, options: Options) {
        self.pipeline = pipeline
        self.options = options
        times = WorkerTimes(stageCount: stageCount)
    }

    /// The record for a raw input, or nil when the document is outside `shard`.
    func process(_ raw: RawInput, shard: ShardSelector?) -> ProcessedRecord? {
        let t0 = MonotonicClock.nanoseconds()
        let input = raw.parsed()
        if let shard, !shard.selects(input.id) {
            times.input &+= MonotonicClock.nanoseconds() &- t0
            return nil
        }
        var record = process(input, since: t0)
        record.inputBytes = raw.byteCount
        return record
    }

    /// The record for a parsed document; `t0` is when work on it started.
    func process(_ input: InputDocument, since t0: UInt64 = MonotonicClock.nanoseconds()) -> ProcessedRecord {
        var doc = Document(id: input.id, source: SourceText(bytes: input.text))
        // Input that is not a document (a broken JSON line, a record without text) and, with
        // --strict, text that needed repair get a record with the error and no layers, so a
        // failed record is never mistaken for an empty article.
        var runChain = input.errors.isEmpty
        for e in input.errors { doc.errors.append(DocumentError(plugin: "input", message: e)) }
        if doc.source.repairedSequences > 0 {
            let n = doc.source.repairedSequences
            if options.strict {
                runChain = false
                doc.errors.append(DocumentError(plugin: "input", message:
                    "invalid UTF-8: \(n) ill-formed sequence(s); rejected (--strict)"))
            } else {
                doc.errors.append(DocumentError(plugin: "input", message:
                    "invalid UTF-8: \(n) sequence(s) replaced with U+FFFD"))
            }
        }
        let t1 = MonotonicClock.nanoseconds()
        times.input &+= t1 &- t0
        if runChain { pipeline.process(&doc) }
        let t2 = MonotonicClock.nanoseconds()
        let encoded = options.encode ? encoder.encode(doc) : []
        times.encode &+= MonotonicClock.nanoseconds() &- t2
        return ProcessedRecord(document: options.keepDocument ? doc : nil, encoded: encoded,
                               textBytes: doc.source.utf8.count, inputBytes: input.text.count, hasErrors: !doc.errors.isEmpty)
    }

    /// Times so far, with the chain's per-plugin times.
    var finalTimes: WorkerTimes {
        var t = times
        t.stages = pipeline.stageNanoseconds
        return t
    }
}
