import Foundation
import Toolkit
@testable import ToolkitCLI

/// Hand-made output records (OUTPUT.md) for the formatter tests: the document and its encoded
/// JSON line, as the runner hands them to a formatter.
struct TestRecord {
    var document: Document
    var encoded: [UInt8]

    /// A record for `text` with the given layers, written as JSON members
    /// (`"quotes":[…],"numbers":[…]`).
    init(id: String, text: String, layers: String = "") {
        document = Document(id: id, text: text)
        let members = ["\"id\":\(json(id))", "\"length\":\(text.unicodeScalars.count)"] + (layers.isEmpty ? [] : [layers])
        encoded = Array("{\(members.joined(separator: ","))}\n".utf8)
    }

    init(document: Document, encoded: [UInt8]) {
        self.document = document
        self.encoded = encoded
    }
}

/// A JSON string literal.
func json(_ s: String) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    return String(decoding: try! encoder.encode(s), as: UTF8.self)
}

/// The scalar span of the `occurrence`-th `needle` in `text`, as Python would slice it.
func scalarSpan(of needle: String, in text: String, occurrence: Int = 0) -> Range<Int> {
    let hay = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
    var seen = 0
    for i in 0...(hay.count - n.count) where Array(hay[i..<i + n.count]) == n {
        if seen == occurrence { return i..<(i + n.count) }
        seen += 1
    }
    fatalError("'\(needle)' not found in the test text")
}

/// `"start":S,"end":E,"text":T` members for the `occurrence`-th `needle` in `text`.
func spanMembers(_ needle: String, in text: String, occurrence: Int = 0) -> String {
    let r = scalarSpan(of: needle, in: text, occurrence: occurrence)
    return "\"start\":\(r.lowerBound),\"end\":\(r.upperBound),\"text\":\(json(needle))"
}

/// The text of a scalar range.
func slice(_ text: String, _ r: Range<Int>) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[r]))
}

/// Runs a formatter over records as `toolkit-cli run` does: header, records, footer.
func format<F: RecordFormatter>(_ formatter: inout F, _ records: [TestRecord]) throws -> String {
    var out = formatter.header()
    for r in records { out += try formatter.record(r.document, encoded: r.encoded) }
    out += formatter.footer()
    return String(decoding: out, as: UTF8.self)
}

enum Fixtures {
    /// `Tests/ToolkitCLITests`.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String { testsDirectory.appendingPathComponent("Fixtures/\(name)").path }

    /// The five seed articles of `Samples/` with numbers, quotes and attributions taken from
    /// their gold annotations (shaped as OUTPUT.md records: `Fixtures/seed-layers.jsonl`).
    static func seedRecords() throws -> [TestRecord] {
        let lines = try String(contentsOfFile: path("seed-layers.jsonl"), encoding: .utf8).split(separator: "\n")
        return try lines.map { line in
            guard let id = try JSONValue.decode(Array(line.utf8))["id"]?.string else {
                throw CocoaError(.fileReadCorruptFile)
            }
            let text = try String(contentsOfFile: repository.appendingPathComponent("Samples/\(id).txt").path, encoding: .utf8)
            return TestRecord(document: Document(id: id, text: text), encoded: Array(line.utf8) + [0x0A])
        }
    }
}

/// A program on PATH, or nil.
func executable(_ name: String) -> String? {
    let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return dirs.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Runs a program to completion (killed after `timeout` seconds) and returns its status and output.
func runProgram(_ path: String, _ arguments: [String], input: String? = nil, timeout: Double = 120) throws
    -> (status: Int32, stdout: String, stderr: String)
{
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = arguments
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    let watchdog = DispatchWorkItem { if p.isRunning { p.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
    if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
    try inp.fileHandleForWriting.close()
    // Read both pipes while the program runs, so a full pipe cannot block it.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    watchdog.cancel()
    return (p.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}
