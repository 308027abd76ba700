import Toolkit

/// Maps plugin names to factories and resolves chains.
///
/// A value type: build one (``BuiltinPlugins/registry`` plus your own registrations) and hand it to
/// ``PluginSystem/bootstrap(_:)`` once at start-up, as with swift-log's `LoggingSystem`.
public struct PluginRegistry: Sendable {
    public private(set) var factories: [PluginFactory] = []

    public init() {}

    /// Registers a plugin type. Names are unique.
    public mutating func register<P: Plugin>(_ type: P.Type) throws {
        try register(PluginFactory(type))
    }

    public mutating func register(_ newFactory: PluginFactory) throws {
        guard factory(named: newFactory.descriptor.name) == nil else {
            throw PluginError.duplicateName(newFactory.descriptor.name)
        }
        factories.append(newFactory)
    }

    public func factory(named name: String) -> PluginFactory? {
        factories.first { $0.descriptor.name == name }
    }

    public var names: [String] { factories.map(\.descriptor.name) }

    /// Checks a chain and its settings and configures each plugin.
    ///
    /// - Parameters:
    ///   - chain: plugin names in order.
    ///   - settings: `plugin → key → value`, as given by `--set plugin.key=value`.
    /// - Throws: ``PluginError`` naming the fix for an unknown plugin or option, a bad value,
    ///   a layer produced twice, a missing prerequisite or a wrong order.
    public func resolve(chain: [String], settings: [String: [String: String]] = [:]) throws -> Pipeline {
        guard !chain.isEmpty else { throw PluginError.emptyChain }
        var factoriesInChain: [PluginFactory] = []
        for name in chain {
            guard let f = factory(named: name) else { throw PluginError.unknownPlugin(name, known: names) }
            factoriesInChain.append(f)
        }
        for plugin in settings.keys where !chain.contains(plugin) {
            throw PluginError.settingOutsideChain(plugin: plugin)
        }
        var producedBy: [String: String] = [:]
        var stages: [ConfiguredPlugin] = []
        for (position, f) in factoriesInChain.enumerated() {
            let d = f.descriptor
            for layer in d.requires where producedBy[layer] == nil {
                let provider = factories.first { $0.descriptor.produces == layer }?.descriptor.name
                throw PluginError.missingPrerequisite(plugin: d.name, layer: layer, provider: provider)
            }
            for layer in d.after where producedBy[layer] == nil {
                if let later = factoriesInChain[(position + 1)...].first(where: { $0.descriptor.produces == layer }) {
                    throw PluginError.wrongOrder(plugin: d.name, mustFollow: later.descriptor.name)
                }
            }
            if let first = producedBy[d.produces] {
                throw PluginError.duplicateLayer(layer: d.produces, first: first, second: d.name)
            }
            producedBy[d.produces] = d.name
            let options = try Self.options(for: d, settings: settings[d.name] ?? [:])
            do {
                stages.append(try f.configure(options, ChainContext(earlier: stages)))
            } catch let e as PluginError {
                throw e
            } catch {
                throw PluginError.setupFailed(plugin: d.name, reason: "\(error)")
            }
        }
        return Pipeline(stages: stages)
    }

    static func options(for d: PluginDescriptor, settings: [String: String]) throws -> PluginOptions {
        var values: [String: String] = [:]
        for o in d.options { if let v = o.defaultValue { values[o.name] = v } }
        var explicit: [String: String] = [:]
        for (key, value) in settings {
            guard let o = d.options.first(where: { $0.name == key }) else {
                throw PluginError.unknownOption(plugin: d.name, option: key, known: d.options.map(\.name))
            }
            if let reason = o.validate(value) {
                throw PluginError.badValue(plugin: d.name, option: key, value: value, reason: reason)
            }
            explicit[key] = value
        }
        values.merge(explicit) { $1 }
        return PluginOptions(values, explicit: Set(explicit.keys))
    }

    /// Parses `plugin.key=value` settings into `plugin → key → value`.
    public static func parseSettings(_ items: [String]) throws -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for item in items {
            guard let eq = item.firstIndex(of: "="), let dot = item[..<eq].firstIndex(of: ".") else {
                throw PluginError.malformedSetting(item)
            }
            let plugin = String(item[..<dot]), key = String(item[item.index(after: dot)..<eq])
            guard !plugin.isEmpty, !key.isEmpty else { throw PluginError.malformedSetting(item) }
            result[plugin, default: [:]][key] = String(item[item.index(after: eq)...])
        }
        return result
    }
}
