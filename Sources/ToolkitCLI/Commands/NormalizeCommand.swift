import ArgumentParser
import Plugins
import Toolkit

/// `toolkit-cli normalize "نص"`: the normalized text of a string or stdin.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Show the normalized form of a text (argument or standard input)."
    )

    @Argument(help: "Text to normalize; standard input when omitted.")
    var text: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Option of normalize, e.g. normalize.profile=nfkc.", valueName: "plugin.key=value"))
    var settings: [String] = []

    @Flag(name: .long, help: "Also show, for each changed character, the original span it came from.")
    var alignment = false

    func run() throws {
        let input = try TextArgument.resolve(text)
        let settings = try PluginRegistry.parseSettings(settings)
        let pipeline = try PluginSystem.registry.resolve(chain: ["normalize"], settings: settings)
        let doc = try pipeline.makeWorker().process(id: "text", text: input)
        guard let n = doc.normalized else { throw CLIError(.data, "normalization failed") }
        var out = n.string + "\n"
        if alignment {
            let index = doc.source.scalarIndex()
            for i in 0..<n.count {
                let span = n.originalSpan(i..<i + 1)
                let original = index.text(span, in: doc.source.utf8)
                let unit = n.string(i..<i + 1)
                if original != unit { out += "\(i)\t\(unit)\t← \(span) \(original)\n" }
            }
        }
        let sink = try OutputSink(path: nil)
        try sink.write(out)
        try sink.flush()
    }
}
