import Plugins
import Synchronization
import Toolkit

/// Runs a chain over a stream of documents: a reader thread, `jobs` worker threads, each with
/// its own plugin instances, and the writer on the caller's thread, joined by bounded queues.
///
///     reader ──BoundedQueue──▶ workers ──ReorderWindow──▶ writer (caller)
///
/// Reading, processing and writing overlap, and nothing on the hot path is shared between
/// workers but the two queues, which move documents in batches. Memory stays
/// bounded whatever the corpus size: the queue and the window hold a bounded number of
/// documents and bytes, and the reader never reads ahead of them.
struct CorpusRunner {
    struct Configuration: Sendable {
        var jobs: Int
        /// Write records in input order (the default) or as soon as they are ready.
        var ordered = true
        var worker = ChainWorker.Options()
        /// Batches read but not yet taken by a worker, at most (count, and text bytes).
        var queuedBatches: Int
        var queuedBytes = 16 << 20
        /// Batches of results waiting for the writer, at most. In order, this is how far the
        /// other workers may run ahead of a slow document.
        var windowBatches: Int
        var windowBytes = 32 << 20

        init(jobs: Int) {
            self.jobs = max(1, jobs)
            // Deep enough to ride out the reader or the writer losing the CPU for tens of
            // milliseconds on a busy machine; the byte bounds cap the memory.
            queuedBatches = 8 * self.jobs + 8
            windowBatches = 16 * self.jobs
        }
    }

    /// Which documents of the input to process.
    struct Selection: Sendable {
        /// Only the documents of this shard.
        var shard: ShardSelector?
        /// Skip the documents (of the shard) already in the output of an interrupted run.
        var resume = ResumePoint.start
    }

    let pipeline: Pipeline
    let configuration: Configuration

    init(pipeline: Pipeline, configuration: Configuration) {
        self.pipeline = pipeline
        self.configuration = configuration
    }

    /// Processes every selected document and calls `output` with each record, on this thread:
    /// in input order unless the configuration says otherwise. Stops early, after the record
    /// being written, when `stop` returns a signal number; the summary then says so.
    ///
    /// - Throws: a plugin that cannot start (before anything is read), an input that cannot be
    ///   read (after the records read before it were written), or what `output` throws.
    func run(_ input: sending InputSource, selection: Selection = Selection(), stop: () -> Int32? = { nil },
             progress: ProgressReporter? = nil, output: (ProcessedRecord) throws -> Void) throws -> RunSummary {
        let c = configuration
        let inbox = BoundedQueue<DocumentBatch>(maxCount: c.queuedBatches, maxWeight: c.queuedBytes)
        let outbox = ReorderWindow<[ProcessedRecord]>(ordered: c.ordered, maxCount: c.windowBatches,
                                                      maxWeight: c.windowBytes, producers: c.jobs)
        let collected = Collected()
        let stageCount = pipeline.stages.count

        var workers: [EngineThread] = []
        for _ in 0..<c.jobs {
            let plugins: PipelineWorker
            do { plugins = try pipeline.makeWorker() } catch {
                inbox.cancel()
                outbox.cancel()
                for t in workers { t.join() }
                throw error
            }
            workers.append(EngineThread {
                Self.work(ChainWorker(plugins, stageCount: stageCount, options: c.worker), shard: selection.shard,
                          inbox: inbox, outbox: outbox, collected: collected)
            })
        }
        let reader = EngineThread {
            Self.read(input, selection: selection, into: inbox, collected: collected)
        }

        var summary = RunSummary(stageNames: pipeline.names, jobs: c.jobs)
        let start = MonotonicClock.seconds()
        var outputError: (any Error)?
        writing: while true {
            switch outbox.next(timeout: 0.2) {
            case .element(let records):
                for record in records {
                    if let signal = stop() {
                        summary.interruptedBy = signal
                        break writing
                    }
                    do { try output(record) } catch {
                        outputError = error
                        break writing
                    }
                    summary.count(record)
                }
                progress?.update(summary, now: MonotonicClock.seconds())
            case .timedOut:
                if let signal = stop() {
                    summary.interruptedBy = signal
                    break writing
                }
                progress?.update(summary, now: MonotonicClock.seconds())
            case .finished:
                break writing
            }
        }
        if summary.interruptedBy != nil || outputError != nil {
            // Stop now rather than wait: workers end after their current document (a large one
            // may take seconds) and the reader may be blocked on a pipe or a terminal. The
            // threads own what they use, so they can finish on their own.
            inbox.cancel()
            outbox.cancel()
            for t in workers { t.detach() }
            reader.detach()
        } else {
            reader.join()
            for t in workers { t.join() }
        }
        summary.seconds = MonotonicClock.seconds() - start
        summary.times = WorkerTimes.total(collected.times, stageCount: stageCount)
        if let outputError { throw outputError }
        if summary.interruptedBy == nil, let readError = collected.readError { throw readError }
        return summary
    }

    /// The reader thread: reads documents and hands them over in numbered batches. JSON is
    /// parsed by the workers, except while skipping the records of a resumed run, where the
    /// reader must see ids to count the documents of the shard and check the last one.
    private static func read(_ input: InputSource, selection: Selection, into inbox: BoundedQueue<DocumentBatch>,
                             collected: Collected) {
        let skip = selection.resume.completeRecords
        var skipped = 0
        var batch = DocumentBatch(sequence: 0)
        defer { inbox.close() }
        do {
            while skipped < skip, let raw = try input.nextRaw() {
                let doc = raw.parsed()
                if let shard = selection.shard, !shard.selects(doc.id) { continue }
                skipped += 1
                if skipped == skip, let expected = selection.resume.lastID, expected != doc.id {
                    throw CLIError(.data, """
                        cannot resume: record \(skip) of the output has id '\(expected)' but document \(skip) \
                        of the input is '\(doc.id)'; resume with the same input, chain and --shard
                        """)
                }
            }
            if skipped < skip {
                throw CLIError(.data, "cannot resume: the output holds \(skip) records but the input has only \(skipped) documents")
            }
            while let raw = try input.nextRaw() {
                batch.append(raw)
                if batch.isFull || input.nextMayWait {
                    guard inbox.push(batch, weight: batch.weight) else { return }
                    batch = DocumentBatch(sequence: batch.sequence + 1)
                }
            }
            if !batch.documents.isEmpty { inbox.push(batch, weight: batch.weight) }
        } catch {
            // Documents read before the error are still processed and written.
            if !batch.documents.isEmpty { inbox.push(batch, weight: batch.weight) }
            collected.setReadError(error)
        }
    }

    /// A worker thread: batches in, records out, until the input ends or the run stops.
    /// Documents outside the shard are dropped here, once parsed.
    private static func work(_ chain: ChainWorker, shard: ShardSelector?, inbox: BoundedQueue<DocumentBatch>,
                             outbox: ReorderWindow<[ProcessedRecord]>, collected: Collected) {
        let start = MonotonicClock.nanoseconds()
        while let batch = inbox.pop() {
            var records: [ProcessedRecord] = []
            records.reserveCapacity(batch.documents.count)
            var weight = 0
            for raw in batch.documents {
                guard let record = chain.process(raw, shard: shard) else { continue }
                weight += record.weight
                records.append(record)
            }
            guard outbox.put(records, sequence: batch.sequence, weight: weight) else { break }
        }
        var times = chain.finalTimes
        times.wall = MonotonicClock.nanoseconds() - start
        collected.add(times)
        outbox.finishProducer()
    }

    /// What the threads report back once: each worker's times, the reader's error.
    private final class Collected: Sendable {
        private let state = Mutex<(times: [WorkerTimes], readError: (any Error)?)>(([], nil))
        func add(_ t: WorkerTimes) { state.withLock { $0.times.append(t) } }
        func setReadError(_ e: any Error) { state.withLock { $0.readError = e } }
        var times: [WorkerTimes] { state.withLock { $0.times } }
        var readError: (any Error)? { state.withLock { $0.readError } }
    }
}
