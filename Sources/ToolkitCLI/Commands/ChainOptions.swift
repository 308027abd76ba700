import ArgumentParser
import Plugins

/// A comma-separated list of plugin names (`normalize,tokenize,numbers`).
struct ChainList: ExpressibleByArgument {
    let names: [String]
    init?(argument: String) {
        names = argument.split(separator: ",").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        if names.isEmpty { return nil }
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var s = self[...]
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}

/// Options shared by the commands that run a chain.
struct ChainOptions: ParsableArguments {
    @Option(name: .long, help: "Comma-separated plugins to run in order, e.g. normalize,tokenize,sentences.")
    var chain: ChainList

    @Option(name: .customLong("set"), help: ArgumentHelp("Plugin option, repeatable.", valueName: "plugin.key=value"))
    var settings: [String] = []

    @OptionGroup var extensions: ExtensionOptions

    /// Resolves the chain against the process registry and the `--plugin`/`--rules` extractors.
    func pipeline() throws -> Pipeline {
        let settings = try PluginRegistry.parseSettings(self.settings)
        return try extensions.registry().resolve(chain: chain.names, settings: settings)
    }
}
