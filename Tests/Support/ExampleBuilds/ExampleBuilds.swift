import Foundation
import SharedTestData
import Synchronization

/// Builds what the tests load or run from `Examples/` and test fixtures: C plugin libraries
/// (with `cc`) and the example Swift packages (with `swift build`), all under one scratch
/// directory at the repository root (`.build-examples/`) so later runs rebuild only what
/// changed and the packages share their build of the toolkit.
public enum ExampleBuilds {
    /// The repository root.
    public static var repoRoot: String { SharedData.repoRoot }

    /// Where examples and fixtures are built.
    public static let scratch = repoRoot + "/.build-examples"

    /// The C compiler, when there is one.
    public static let cCompiler: String? = which(ProcessInfo.processInfo.environment["CC"] ?? "cc")

    /// The `swift` driver, when there is one.
    public static let swift: String? = which("swift")

    /// Builds run one at a time: tests run in parallel and may want the same library.
    private static let lock = Mutex<Void>(())

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Compiles a C plugin into a shared library (`cc -shared -fPIC`) against the toolkit's
    /// ABI header. Rebuilt only when the source or the defines change.
    public static func cPlugin(_ source: String, defines: [String] = [], name: String? = nil) throws -> String {
        guard let cc = cCompiler else { throw Failure(description: "no C compiler (cc)") }
        let sourcePath = source.hasPrefix("/") ? source : repoRoot + "/" + source
        let base = name ?? URL(fileURLWithPath: sourcePath).deletingPathExtension().lastPathComponent
        let suffix = defines.isEmpty ? "" : "-" + defines.joined(separator: "-").lowercased()
        let output = "\(scratch)/c/lib\(base)\(suffix).so"
        try lock.withLock { _ in
            try FileManager.default.createDirectory(atPath: "\(scratch)/c", withIntermediateDirectories: true)
            if isNewer(output, than: [sourcePath, repoRoot + "/Sources/CToolkitPluginABI/include/tk_plugin.h"]) { return }
            // Written under another name and renamed, so a reader never sees half a library.
            let partial = output + ".partial"
            let args = ["-shared", "-fPIC", "-O2", "-Wall", "-Werror", "-I", repoRoot + "/Sources/CToolkitPluginABI/include"]
                + defines.map { "-D" + $0 } + [sourcePath, "-o", partial]
            try run(cc, args)
            guard rename(partial, output) == 0 else { throw Failure(description: "cannot rename \(partial) to \(output)") }
        }
        return output
    }

    /// Builds an example package (`Examples/<name>`) in the shared scratch directory and returns
    /// its debug products' directory.
    public static func swiftPackage(_ relativePath: String, product: String? = nil) throws -> String {
        guard let swift else { throw Failure(description: "no swift driver") }
        var args = ["build", "--package-path", repoRoot + "/" + relativePath, "--scratch-path", scratch + "/packages"]
        if let product { args += ["--product", product] }
        try lock.withLock { _ in _ = try run(swift, args) }
        return scratch + "/packages/debug"
    }

    /// Runs the example package's own tests.
    public static func testSwiftPackage(_ relativePath: String) throws -> String {
        guard let swift else { throw Failure(description: "no swift driver") }
        return try lock.withLock { _ in
            try run(swift, ["test", "--package-path", repoRoot + "/" + relativePath, "--scratch-path", scratch + "/packages"])
        }
    }

    /// Runs a program; throws with its output when it fails. Returns standard output and error.
    @discardableResult
    public static func run(_ program: String, _ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: repoRoot)
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard p.terminationStatus == 0 else {
            throw Failure(description: "\(program) \(args.joined(separator: " ")) failed (\(p.terminationStatus)):\n\(text)")
        }
        return text
    }

    private static func which(_ name: String) -> String? {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    private static func isNewer(_ output: String, than inputs: [String]) -> Bool {
        let fm = FileManager.default
        guard let built = (try? fm.attributesOfItem(atPath: output))?[.modificationDate] as? Date else { return false }
        return inputs.allSatisfy { ((try? fm.attributesOfItem(atPath: $0))?[.modificationDate] as? Date).map { $0 < built } ?? false }
    }
}
