/// Plugins loaded at run time from shared libraries that export the C ABI of `tk_plugin.h`
/// (written in C, C++, Rust, Swift with `@_cdecl`, …).
///
/// ```swift
/// var registry = PluginSystem.registry
/// try DynamicPlugins.register(path: "libcasualties.so", into: &registry)
/// let pipeline = try registry.resolve(chain: ["normalize", "tokenize", "casualty-keywords"])
/// ```
public enum DynamicPlugins {
    /// Loads a library and returns a factory for the plugin it describes. Each worker of a
    /// pipeline gets its own instance (`tk_plugin_create`).
    ///
    /// - Throws: ``PluginError/loadFailed(path:reason:)`` when the file is not a loadable library
    ///   (with `dlerror()`'s text), lacks an entry point, was built for another ABI version, or
    ///   describes itself wrongly.
    public static func load(path: String) throws -> PluginFactory {
        let library = try PluginLibrary(path: path)
        let spec: DynamicPluginSpec
        do { spec = try DynamicPluginSpec(json: try library.descriptorJSON()) } catch let e as DescriptorError {
            throw PluginError.loadFailed(path: path, reason: "its descriptor (tk_plugin_describe) is wrong: \(e)")
        }
        return PluginFactory(descriptor: spec.descriptor) { options in
            { @Sendable in
                let instance = try DynamicPluginInstance(library: library, spec: spec, options: options)
                return DocumentProcessor { try instance.process(&$0) }
            }
        }
    }

    /// Loads a library and registers its plugin.
    ///
    /// - Throws: as ``load(path:)``, and ``PluginError/loadFailed(path:reason:)`` when its name
    ///   is already taken (by a built-in or an earlier library).
    public static func register(path: String, into registry: inout PluginRegistry) throws {
        try registry.register(try load(path: path), from: path)
    }
}

extension PluginRegistry {
    /// Registers a factory loaded from a file; a name clash names the file.
    public mutating func register(_ factory: PluginFactory, from path: String) throws {
        do { try register(factory) } catch PluginError.duplicateName(let name) {
            throw PluginError.loadFailed(path: path, reason:
                "it defines a plugin named '\(name)', which is already registered; rename it")
        }
    }
}
