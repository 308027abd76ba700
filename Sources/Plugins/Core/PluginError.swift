/// Errors in setting up a chain. All of them are usage errors: the message says what to change.
public enum PluginError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownPlugin(String, known: [String])
    case duplicateName(String)
    case emptyChain
    case duplicateLayer(layer: String, first: String, second: String)
    case missingPrerequisite(plugin: String, layer: String, provider: String?)
    case wrongOrder(plugin: String, mustFollow: String)
    case unknownOption(plugin: String, option: String, known: [String])
    case badValue(plugin: String, option: String, value: String, reason: String)
    case settingOutsideChain(plugin: String)
    case malformedSetting(String)
    case setupFailed(plugin: String, reason: String)
    /// A plugin library or rule file that cannot be loaded (not a library, wrong ABI version,
    /// missing entry point, bad descriptor, malformed rules, a name already taken).
    case loadFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownPlugin(let name, let known):
            return "unknown plugin '\(name)'; known plugins: \(known.joined(separator: ", "))"
        case .duplicateName(let name):
            return "a plugin named '\(name)' is already registered"
        case .emptyChain:
            return "the chain is empty; name plugins with --chain, e.g. --chain normalize,tokenize"
        case .duplicateLayer(let layer, let first, let second):
            return "both '\(first)' and '\(second)' produce the layer '\(layer)'; keep one of them"
        case .missingPrerequisite(let plugin, let layer, let provider):
            if let provider { return "\(plugin) needs \(layer); put \(provider) before \(plugin)" }
            return "\(plugin) needs the layer '\(layer)', which no registered plugin produces"
        case .wrongOrder(let plugin, let mustFollow):
            return "\(plugin) must come after \(mustFollow); put \(mustFollow) before \(plugin)"
        case .unknownOption(let plugin, let option, let known):
            let list = known.isEmpty ? "it has no options" : "its options: \(known.joined(separator: ", "))"
            return "\(plugin) has no option '\(option)'; \(list)"
        case .badValue(let plugin, let option, let value, let reason):
            return "bad value '\(value)' for \(plugin).\(option): \(reason)"
        case .settingOutsideChain(let plugin):
            return "--set names '\(plugin)', which is not in the chain"
        case .malformedSetting(let s):
            return "malformed setting '\(s)'; write plugin.key=value"
        case .setupFailed(let plugin, let reason):
            return "\(plugin) could not start: \(reason)"
        case .loadFailed(let path, let reason):
            return "cannot load '\(path)': \(reason)"
        }
    }
}
