import ArgumentParser
import Plugins
import ToolkitRules

/// `--plugin` and `--rules`: extractors added for this run, next to the registered plugins.
struct ExtensionOptions: ParsableArguments {
    @Option(name: .customLong("plugin"), help: ArgumentHelp(
        "Shared library exporting the plugin C ABI (tk_plugin.h); repeatable.", valueName: "path.so"))
    var libraries: [String] = []

    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "YAML rule file declaring extractors (lexicons, token patterns, regular expressions); repeatable.",
        valueName: "file.yaml"))
    var ruleFiles: [String] = []

    /// The process registry plus the plugins of every `--plugin` library and `--rules` file.
    func registry() throws -> PluginRegistry {
        var registry = PluginSystem.registry
        for path in libraries {
            try requireFile(path)
            try DynamicPlugins.register(path: path, into: &registry)
        }
        for path in ruleFiles {
            try requireFile(path)
            try RuleFile.register(path: path, into: &registry)
        }
        return registry
    }

    private func requireFile(_ path: String) throws {
        guard FileSystem.kind(of: path) == .file else { throw CLIError(.noInput, "no such file: \(path)") }
    }
}
