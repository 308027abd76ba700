import Foundation

/// The project's shared data beside the repository (`../shared`: the news corpus, the seed
/// articles and their gold, the number fixtures), as the test targets read it. Every accessor
/// answers "absent" rather than failing, so that a test without the data skips cleanly.
public enum SharedData {
    /// The repository root.
    public static let repoRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Tests/Support/SharedTestData/SharedData.swift
        return parts.joined(separator: "/")
    }()

    /// `../shared` from the repository root, when present.
    public static let directory: String? = {
        let shared = repoRoot + "/../shared"
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: shared, isDirectory: &isDirectory) && isDirectory.boolValue ? shared : nil
    }()

    /// The path of a file under `../shared`, when it exists.
    public static func path(_ relative: String) -> String? {
        guard let directory else { return nil }
        let path = directory + "/" + relative
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The bytes of a file under `../shared`, or nil when the directory or the file is absent.
    public static func file(_ relative: String) -> [UInt8]? {
        path(relative).flatMap { FileManager.default.contents(atPath: $0) }.map(Array.init)
    }

    /// The names of the files in a folder under `../shared` (empty when absent), sorted.
    public static func files(in folder: String) -> [String] {
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + folder) else {
            return []
        }
        return names.sorted()
    }

    /// The texts of the first `count` articles of the news corpus (read through `zstd`), or nil,
    /// with a message, when the corpus or `zstd` is missing.
    public static func corpusTexts(_ count: Int) -> [String]? {
        let relative = "corpus/arabic-news.jsonl.zst"
        guard let path = path(relative) else {
            print("skipped: ../shared/\(relative) not found")
            return nil
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "zstd -dc '\(path)' 2>/dev/null | head -n \(count)"]
        let out = Pipe()
        p.standardOutput = out
        guard (try? p.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        struct Article: Decodable { let text: String }
        let texts = data.split(separator: UInt8(ascii: "\n")).compactMap { try? JSONDecoder().decode(Article.self, from: Data($0)).text }
        if texts.isEmpty { print("skipped: no articles read from ../shared/\(relative) (is zstd installed?)") }
        return texts.isEmpty ? nil : texts
    }
}
