import Synchronization

/// The process-wide plugin registry, bootstrapped once (the only global mutable state).
public enum PluginSystem {
    private static let state = Mutex<(registry: PluginRegistry, bootstrapped: Bool)>((BuiltinPlugins.registry, false))

    /// Installs the registry for this process. Call once, before resolving chains; a second
    /// call is a programming error.
    public static func bootstrap(_ registry: PluginRegistry) {
        state.withLock {
            precondition(!$0.bootstrapped, "PluginSystem.bootstrap may only be called once")
            $0 = (registry, true)
        }
    }

    /// The registry in force: the bootstrapped one, or the built-ins.
    public static var registry: PluginRegistry { state.withLock { $0.registry } }
}
