import ArgumentParser

/// Options shared by the commands that stream a corpus through the engine (`run`, `bench`).
struct EngineOptions: ParsableArguments {
    @Option(name: .long, help: """
        Input file or directory; repeatable. .txt (one document), .jsonl, .jsonl.zst, .jsonl.gz \
        (read through zstd/gzip); '-' or none reads JSONL from stdin.
        """)
    var input: [String] = []

    @Option(name: .long, help: "Parallel workers, each with its own plugin instances (default: number of cores).")
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("""
        Process only shard i of n (0-based): the documents whose id hashes to i (see docs/engine.md).
        """, valueName: "i/n"))
    var shard: ShardSelector?

    @Flag(name: .long, help: "Reject invalid UTF-8 instead of repairing it: such records carry an error and no layers.")
    var strict = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The runner's configuration for these options.
    var configuration: CorpusRunner.Configuration {
        var c = CorpusRunner.Configuration(jobs: jobs ?? ResourceUsage.cores)
        c.worker.strict = strict
        return c
    }
}

extension ShardSelector: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}
