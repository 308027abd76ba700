import ArgumentParser
import Plugins
import Toolkit

/// `toolkit-cli tokenize "نص"`: a human-readable view of the tokens of a string or stdin.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Show the tokens of a text (argument or standard input): start, end, kind, text and norm."
    )

    @Argument(help: "Text to tokenize; standard input when omitted.")
    var text: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Option of normalize or tokenize.", valueName: "plugin.key=value"))
    var settings: [String] = []

    func run() throws {
        let input = try TextArgument.resolve(text)
        let pipeline = try PluginSystem.registry.resolve(chain: ["normalize", "tokenize"],
                                                         settings: try PluginRegistry.parseSettings(settings))
        let doc = try pipeline.makeWorker().process(id: "text", text: input)
        if let e = doc.errors.first { throw CLIError(.data, "\(e.plugin): \(e.message)") }
        let index = doc.source.scalarIndex()
        var out = ""
        for t in doc.tokens ?? [] {
            let original = index.text(t.span, in: doc.source.utf8)
            let norm = doc.norm(of: t)
            let kind = "\(t.kind)".padding(8)
            out += "\(String(t.span.start).padding(6)) \(String(t.span.end).padding(6)) \(kind) \(original)"
            if norm != original { out += "  → \(norm)" }
            if let segs = doc.tokenSegments[doc.tokens!.firstIndex(of: t)!] {
                out += "  [" + segs.map { index.text($0.span, in: doc.source.utf8) }.joined(separator: " + ") + "]"
            }
            out += "\n"
        }
        let sink = try OutputSink(path: nil)
        try sink.write(out)
        try sink.flush()
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
