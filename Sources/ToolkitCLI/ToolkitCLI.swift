import ArgumentParser
import Plugins
#if canImport(Glibc)
import Glibc
#endif

/// Entry point of `toolkit-cli`, also callable from a user's own executable with extra plugins
/// registered next to the built-ins.
public enum ToolkitCLI {
    /// Runs the command line. `plugins` are registered next to the built-ins before anything
    /// else happens.
    public static func main(plugins: [any Plugin.Type] = [], arguments: [String]? = nil) -> Never {
        MemoryTuning.keepFreedMemory()
        var registry = BuiltinPlugins.registry
        for p in plugins {
            do { try registry.register(p) } catch {
                printError("error: \(error)")
                exit(64)
            }
        }
        PluginSystem.bootstrap(registry)
        do {
            var command = try ToolkitCommand.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let e as CLIError {
            printError("error: \(e.message)")
            exit(e.exitCode)
        } catch let e as PluginError {
            printError("error: \(e)")
            exit(64)
        } catch {
            ToolkitCommand.exit(withError: error)
        }
    }
}

/// `toolkit-cli`: the root command.
struct ToolkitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toolkit-cli",
        abstract: "Arabic-first NLP for news: normalization, tokens, sentences, numbers, quotes and attributions.",
        subcommands: [RunCommand.self, PluginsCommand.self, TokenizeCommand.self, NormalizeCommand.self, BenchCommand.self, EvalCommand.self]
    )
}
