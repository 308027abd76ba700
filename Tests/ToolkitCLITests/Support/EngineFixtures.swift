import Foundation
import Testing

/// Inputs for the engine tests, generated so every run sees the same documents.
enum EngineFixtures {
    /// A fresh directory, removed by the caller (`defer { try? FileManager.default.removeItem(at:) }`).
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tk-engine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Arabic news-like sentences for generated documents.
    static let sentences = [
        "قال المتحدث باسم الوزارة إن ٣ أشخاص أصيبوا في الحادث.",
        "وأضاف أن الشرطة وصلت إلى المكان الساعة 16:00 بتوقيت القاهرة.",
        "ونقلت وكالة الأنباء عن مصدر مسؤول قوله: «الوضع تحت السيطرة».",
        "Reuters reported that 1,500 people attended the meeting.",
        "وبلغت قيمة الصفقة ٢٫٥ مليار دولار، بحسب البيان.",
    ]

    /// The text of document `i`: lengths vary from one sentence to over a hundred, so workers
    /// finish out of order.
    static func text(_ i: Int) -> String {
        let n = 1 + (i * 7919) % 37 + (i % 13 == 0 ? 100 : 0)
        return (0..<n).map { sentences[($0 + i) % sentences.count] }.joined(separator: " ") + " \(i)"
    }

    /// `count` JSONL records `{"id":"d<i>","title":…,"text":…}`.
    static func jsonl(count: Int) -> String {
        (0..<count).map { i in "{\"id\":\"d\(i)\",\"title\":\"t\(i)\",\"text\":\(json(text(i)))}\n" }.joined()
    }

    /// Writes `count` generated records to `name` in `dir`.
    @discardableResult
    static func writeJSONL(count: Int, to dir: URL, name: String = "corpus.jsonl") throws -> URL {
        let url = dir.appendingPathComponent(name)
        try Data(jsonl(count: count).utf8).write(to: url)
        return url
    }

    /// The ids of JSONL records, in order.
    static func ids(_ jsonl: String) throws -> [String] {
        try CLI.records(jsonl).map { $0["id"] as! String }
    }

    /// Runs the built `toolkit-cli` from the repository root, standard input read from a file,
    /// with extra environment variables; killed after `timeout` seconds.
    static func run(_ arguments: [String], stdinFile: String? = nil, environment: [String: String] = [:],
                    timeout: Double = 300) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: CLI.repoRoot)
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Files rather than pipes: nothing can block on a full pipe, whatever the output size.
        let out = dir.appendingPathComponent("stdout"), err = dir.appendingPathComponent("stderr")
        for f in [out, err] { _ = FileManager.default.createFile(atPath: f.path, contents: nil) }
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardInput = try stdinFile.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) } ?? FileHandle.nullDevice
        try p.run()
        let watchdog = DispatchWorkItem { if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        p.waitUntilExit()
        watchdog.cancel()
        return (p.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    /// Runs `program` with `arguments` (a compressor) and fails the test when it fails.
    static func compress(_ program: String, _ arguments: [String]) throws {
        guard let path = executable(program) else { throw Skip("\(program) is not installed") }
        let r = try runProgram(path, arguments)
        #expect(r.status == 0, "\(program) \(arguments): \(r.stderr)")
    }

    struct Skip: Error, CustomStringConvertible { let description: String; init(_ d: String) { description = d } }
}

/// A started `toolkit-cli` process whose output goes to files, for runs that are signalled.
struct BackgroundRun {
    let process: Process
    let stderr: URL

    init(_ arguments: [String], stdin: URL? = nil, in dir: URL) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = arguments
        stderr = dir.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: stderr)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = try stdin.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        try process.run()
    }

    /// Waits until `file` holds at least `lines` complete lines (or the process ends).
    func waitForLines(_ lines: Int, in file: URL, timeout: Double = 60) {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline {
            if let d = try? Data(contentsOf: file), d.reduce(0, { $0 + ($1 == 0x0A ? 1 : 0) }) >= lines { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    func signal(_ s: Int32) { kill(process.processIdentifier, s) }

    /// Exit status, or 128 + the signal for a process killed by one.
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    var errorOutput: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }
}
