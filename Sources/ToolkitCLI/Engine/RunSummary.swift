import Plugins

/// What a run did: counts, throughput and where the workers' time went.
struct RunSummary: Sendable {
    var documents = 0
    /// UTF-8 bytes of the documents' text (after repair): the unit of every MB/s figure.
    var textBytes = 0
    var documentsWithErrors = 0
    /// Bytes of the documents as read (lines, files), for the progress estimate.
    var inputBytes = 0
    var seconds = 0.0
    /// Plugin names, in chain order.
    var stageNames: [String] = []
    /// Summed over the workers.
    var times = WorkerTimes(stageCount: 0)
    /// Number of workers.
    var jobs = 1
    /// The signal that stopped the run early, if any.
    var interruptedBy: Int32?

    var megabytesPerSecond: Double { Double(textBytes) / 1e6 / max(seconds, 1e-9) }

    mutating func count(_ record: ProcessedRecord) {
        documents += 1
        textBytes += record.textBytes
        inputBytes += record.inputBytes
        if record.hasErrors { documentsWithErrors += 1 }
    }

    /// Each plugin's share of the time spent in plugins (the shares add up to 1).
    var pluginShares: [(name: String, share: Double)] {
        let total = Double(times.stages.reduce(0, &+))
        return zip(stageNames, times.stages).map { ($0, total > 0 ? Double($1) / total : 0) }
    }

    /// Shares of the workers' wall time: building documents from input (parsing JSON, checking
    /// UTF-8), plugins, encoding, and waiting (for input or for the writer). Waiting is high
    /// when reading or writing limits the run, or when the machine is busy with other work.
    var workerShares: [(name: String, share: Double)] {
        let wall = Double(max(times.wall, 1))
        let plugins = Double(times.stages.reduce(0, &+))
        let busy = Double(times.busy)
        return [("input", Double(times.input) / wall), ("plugins", plugins / wall),
                ("encode", Double(times.encode) / wall), ("waiting", max(0, wall - busy) / wall)]
    }

    /// The closing lines for standard error.
    func report(peakRSSMegabytes: Double) -> [String] {
        let mb = Double(textBytes) / 1e6
        var lines = ["\(documents) documents, \(Self.fixed(mb, mb < 10 ? 2 : 1)) MB of text in \(Self.fixed(seconds, 1)) s "
                     + "(\(Self.fixed(megabytesPerSecond, 1)) MB/s, \(jobs) job\(jobs == 1 ? "" : "s")), "
                     + "\(documentsWithErrors) with errors, peak RSS \(Self.fixed(peakRSSMegabytes, 0)) MB"]
        if times.wall > 0 {
            let plugins = pluginShares.map { "\($0.name) \(Self.percent($0.share))" }.joined(separator: ", ")
            let worker = workerShares.map { "\($0.name) \(Self.percent($0.share))" }.joined(separator: ", ")
            lines.append("worker time: \(worker); plugin time: \(plugins)")
        }
        return lines
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    /// `x` with `digits` decimals, without Foundation.
    static func fixed(_ x: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let v = (x * scale).rounded() / scale
        if digits == 0 { return String(Int(v)) }
        var s = String(v)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < digits { s += String(repeating: "0", count: digits - decimals) }
        }
        return s
    }
}
