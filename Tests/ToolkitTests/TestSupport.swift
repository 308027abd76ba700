import Foundation
import Toolkit

/// Paths used by tests: the repository root and the shared data beside it.
enum TestPaths {
    static let repoRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/ToolkitTests/TestSupport.swift
        return parts.joined(separator: "/")
    }()
    static var samples: String { repoRoot + "/Samples" }
    static var shared: String { repoRoot + "/../shared" }
}

extension String {
    /// Python-style slice by Unicode scalars: what every output span must equal.
    func scalarSlice(_ span: TextSpan) -> String {
        let scalars = Array(unicodeScalars)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[span.start..<span.end])
        return String(s)
    }
}

/// Tokenizes with the default chain pieces: search normalization and the word tokenizer.
func tokens(_ text: String, profile: NormalizationOptions.Profile = .search) throws -> [(text: String, norm: String, kind: TokenKind)] {
    let n = Normalizer(options: NormalizationOptions(profile: profile)).normalize(text)
    let toks = try WordTokenizer().tokenize(n)
    return toks.map { (text.scalarSlice($0.span), n.string($0.normRange), $0.kind) }
}

/// The texts of the first `count` corpus articles, or nil (with a message) when ../shared is
/// absent, so corpus tests skip cleanly.
func corpusTexts(_ count: Int) throws -> [String]? {
    let path = TestPaths.shared + "/corpus/arabic-news.jsonl.zst"
    guard FileManager.default.fileExists(atPath: path) else {
        print("skipped: \(path) not found")
        return nil
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    p.arguments = ["-c", "zstd -dc '\(path)' | head -n \(count)"]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return try data.split(separator: UInt8(ascii: "\n")).compactMap { line in
        (try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])?["text"] as? String
    }
}
