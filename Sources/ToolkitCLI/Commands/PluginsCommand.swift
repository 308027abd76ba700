import ArgumentParser
import Plugins
import Toolkit

/// `toolkit-cli plugins`: every registered plugin with its options and layers.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the registered plugins, their options and the layers they require and produce.",
        discussion: "--plugin and --rules add the extractors of a library or a rule file to the list."
    )

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    @OptionGroup var extensions: ExtensionOptions

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        let descriptors = try extensions.registry().factories.map(\.descriptor)
        let sink = try OutputSink(path: nil)
        switch format {
        case .json:
            var json = JSONWriter()
            json.beginArray()
            for d in descriptors {
                json.beginObject()
                json.field("name", d.name)
                json.field("version", d.version)
                json.field("description", d.summary)
                json.key("requires"); json.beginArray(); d.requires.forEach { json.string($0) }; json.endArray()
                json.field("produces", d.produces)
                json.key("options")
                json.beginArray()
                for o in d.options {
                    json.beginObject()
                    json.field("name", o.name)
                    json.field("type", o.kind.name)
                    if case .choice(let values) = o.kind {
                        json.key("choices"); json.beginArray(); values.forEach { json.string($0) }; json.endArray()
                    }
                    json.field("default", o.defaultValue)
                    json.field("help", o.help)
                    json.endObject()
                }
                json.endArray()
                json.endObject()
            }
            json.endArray()
            json.bytes.append(0x0A)
            try sink.write(json.bytes)
        case .text:
            var out = ""
            for d in descriptors {
                out += "\(d.name) \(d.version) — \(d.summary)\n"
                out += "  requires: \(d.requires.isEmpty ? "-" : d.requires.joined(separator: ", "))   produces: \(d.produces)\n"
                for o in d.options {
                    out += "  --set \(d.name).\(o.name)=<\(o.kind.name)>  (default: \(o.defaultValue ?? "by profile"))  \(o.help)\n"
                }
                out += "\n"
            }
            try sink.write(out)
        }
        try sink.flush()
    }
}
