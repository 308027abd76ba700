#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import Toolkit

/// The toolkit inside an app or a server: a chain built once from plugin names and options,
/// then texts processed one at a time or in parallel batches, with typed results. No command
/// line, no JSON round trip.
///
/// ```swift
/// let pipeline = try TextPipeline(chain: ["normalize", "tokenize", "sentences"],
///                                 options: ["normalize": ["profile": "search"]])
/// let doc = try pipeline.process("قال مراسل الحدث إن 7 عناصر تسللوا")
/// for token in doc.tokens ?? [] { print(doc.text(of: token), doc.norm(of: token), token.kind) }
/// let docs = try await pipeline.process(["نص أول", "نص ثان"])   // in parallel, in order
/// ```
///
/// Layers of other plugins are read typed: `doc.layer("numbers", as: [NumberMention].self)`.
/// A plugin that fails on a document leaves an entry in `doc.errors`; the other layers are
/// still there. Safe to share between tasks: each call borrows a worker (its own plugin
/// instances) from a pool.
public final class TextPipeline: Sendable {
    /// The resolved chain.
    public let pipeline: Pipeline
    private let pool = Mutex<[PooledWorker]>([])

    /// Builds the chain.
    ///
    /// - Parameters:
    ///   - chain: plugin names in order, as in `--chain`.
    ///   - options: `plugin → option → value`, as in `--set plugin.option=value`.
    ///   - registry: where the names are looked up (default: the built-ins and whatever the
    ///     process bootstrapped; add your own plugins, libraries or rule files to a copy).
    /// - Throws: ``PluginError`` naming the fix for an unknown plugin or option, a bad value or
    ///   a wrong order.
    public init(chain: [String], options: [String: [String: String]] = [:],
                registry: PluginRegistry = PluginSystem.registry) throws {
        pipeline = try registry.resolve(chain: chain, settings: options)
        let first = PooledWorker(try pipeline.makeWorker())
        pool.withLock { $0.append(first) }
    }

    /// Processes one text.
    ///
    /// - Throws: only when a plugin cannot create its per-worker instance.
    public func process(_ text: String, id: String = "text") throws -> Document {
        try withWorker { $0.process(id: id, text: text) }
    }

    /// Processes a batch in parallel (up to `maxConcurrency` workers, default: the number of
    /// cores) and returns the documents in the order of `texts`. Ids are the positions
    /// (`"0"`, `"1"`, …).
    public func process(_ texts: [String], maxConcurrency: Int? = nil) async throws -> [Document] {
        try await process(documents: texts.enumerated().map { (String($0.offset), $0.element) }, maxConcurrency: maxConcurrency)
    }

    /// Processes `(id, text)` pairs in parallel and returns the documents in their order.
    public func process(documents: [(id: String, text: String)], maxConcurrency: Int? = nil) async throws -> [Document] {
        let workers = min(max(1, maxConcurrency ?? Self.cores), max(1, documents.count))
        let next = Counter()
        let input = documents.map { Pair(id: $0.id, text: $0.text) }
        let parts = try await withThrowingTaskGroup(of: [(Int, Document)].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    try self.withWorker { worker in
                        var done: [(Int, Document)] = []
                        while true {
                            let i = next.value.add(1, ordering: .relaxed).oldValue
                            guard i < input.count else { return done }
                            done.append((i, worker.process(id: input[i].id, text: input[i].text)))
                        }
                    }
                }
            }
            var all: [(Int, Document)] = []
            for try await part in group { all += part }
            return all
        }
        var out = [Document?](repeating: nil, count: documents.count)
        for (i, doc) in parts { out[i] = doc }
        return out.map { $0! }
    }

    /// Borrows a worker from the pool (making one when all are busy) and returns it after use.
    private func withWorker<R>(_ body: (PipelineWorker) throws -> R) throws -> R {
        let worker = try pool.withLock { $0.popLast() }?.worker ?? pipeline.makeWorker()
        defer { pool.withLock { $0.append(PooledWorker(worker)) } }
        return try body(worker)
    }

    private static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    private final class Counter: Sendable {
        let value = Atomic<Int>(0)
    }

    private struct Pair: Sendable {
        let id: String
        let text: String
    }
}

/// A worker parked in a ``TextPipeline``'s pool.
private final class PooledWorker: @unchecked Sendable {
    // Safe: a worker is only ever used by the one call that took it out of the pool (under the
    // pool's lock) until that call puts it back; it is never used from two tasks at once.
    let worker: PipelineWorker

    init(_ worker: PipelineWorker) { self.worker = worker }
}
