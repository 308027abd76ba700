/// The plugins that ship with the toolkit.
public enum BuiltinPlugins {
    /// The plugin types, in the order `toolkit-cli plugins` lists them.
    public static let types: [any Plugin.Type] = [
        NormalizePlugin.self, TokenizePlugin.self, SentencesPlugin.self, NumbersPlugin.self,
        QuotesPlugin.self, AttributionsPlugin.self,
    ]

    /// A registry holding every built-in plugin.
    public static var registry: PluginRegistry {
        var r = PluginRegistry()
        for t in types { try! r.register(t) }
        return r
    }
}

extension PluginRegistry {
    mutating func register(_ type: any Plugin.Type) throws {
        func open<P: Plugin>(_ t: P.Type) throws { try register(PluginFactory(t)) }
        try open(type)
    }
}
