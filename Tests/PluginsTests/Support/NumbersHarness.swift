import Foundation
import Plugins
import Toolkit

/// Runs the numbers chain over texts and reaches the shared data of the project.
enum NumbersHarness {
    /// `normalize,tokenize,numbers`, resolved once (building the tables is the expensive part).
    static let pipeline = try! BuiltinPlugins.registry.resolve(chain: ["normalize", "tokenize", "numbers"])
    /// `tokenize,numbers`: the plugin must work without normalization.
    static let rawPipeline = try! BuiltinPlugins.registry.resolve(chain: ["tokenize", "numbers"])

    /// `normalize,tokenize` and `tokenize`: the tokens the plugin reads.
    static let tokenPipeline = try! BuiltinPlugins.registry.resolve(chain: ["normalize", "tokenize"])
    static let rawTokenPipeline = try! BuiltinPlugins.registry.resolve(chain: ["tokenize"])

    /// The tokens of a text and the normalized text they point into (the text itself without
    /// normalization).
    static func tokens(_ text: String, normalized: Bool = true) -> (tokens: [Token], text: NormalizedText) {
        var doc = try! (normalized ? tokenPipeline : rawTokenPipeline).makeWorker().process(id: "t", text: text)
        return (doc.tokens ?? [], doc.normalizedOrIdentity())
    }

    /// The numbers found in a text.
    static func numbers(_ text: String, normalized: Bool = true) -> [NumberMention] {
        let worker = try! (normalized ? pipeline : rawPipeline).makeWorker()
        let doc = worker.process(id: "t", text: text)
        return doc.layer("numbers", as: [NumberMention].self) ?? []
    }

    /// The original text of a span, sliced by Unicode scalars.
    static func slice(_ text: String, _ span: TextSpan) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: Array(text.unicodeScalars)[span.start..<span.end])
        return String(s)
    }

    /// `../shared` from the repository root, when present.
    static var sharedDirectory: String? {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        // …/Tests/PluginsTests/Support/NumbersHarness.swift → the repository root.
        parts.removeLast(4)
        let root = parts.joined(separator: "/")
        let shared = root + "/../shared"
        var isDirectory = false
        return FileManager.default.fileExists(atPath: shared, isDirectory: &isDirectory) && isDirectory ? shared : nil
    }

    /// The names of the files in a folder under `../shared` (empty when absent), sorted.
    static func sharedFiles(in folder: String) -> [String] {
        guard let dir = sharedDirectory, let names = try? FileManager.default.contentsOfDirectory(atPath: dir + "/" + folder) else {
            return []
        }
        return names.sorted()
    }

    /// The bytes of a file under `../shared`, or nil when the directory or the file is absent.
    static func sharedFile(_ path: String) -> [UInt8]? {
        guard let dir = sharedDirectory, let data = FileManager.default.contents(atPath: dir + "/" + path) else { return nil }
        return Array(data)
    }

    /// The texts of the first `count` articles of the news corpus under `../shared` (read through
    /// `zstd`), or none when the corpus or `zstd` is missing.
    static func corpusTexts(_ count: Int) -> [String] {
        guard let dir = sharedDirectory, FileManager.default.fileExists(atPath: dir + "/corpus/arabic-news.jsonl.zst") else {
            return []
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "zstd -dc '\(dir)/corpus/arabic-news.jsonl.zst' 2>/dev/null | head -n \(count)"]
        let out = Pipe()
        p.standardOutput = out
        guard (try? p.run()) != nil else { return [] }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        struct Article: Decodable { let text: String }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? JSONDecoder().decode(Article.self, from: Data($0)).text }
    }
}
