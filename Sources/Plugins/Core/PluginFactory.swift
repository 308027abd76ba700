import Toolkit

/// Type-erased recipe for a plugin: its descriptor and how to configure it.
public struct PluginFactory: Sendable {
    public let descriptor: PluginDescriptor
    let configure: @Sendable (PluginOptions, ChainContext) throws -> ConfiguredPlugin

    public init<P: Plugin>(_ type: P.Type) {
        let descriptor = PluginDescriptor(name: P.name, version: P.version, summary: P.summary, requires: P.requires,
                                          after: P.after, produces: P.produces, options: P.options)
        self.descriptor = descriptor
        self.configure = { options, _ in
            let shared = try P.prepare(options)
            return ConfiguredPlugin(descriptor: descriptor, options: options) {
                var plugin = try P(shared: shared, options: options)
                return DocumentProcessor { try plugin.process(&$0) }
            }
        }
    }

    /// A factory from closures, for plugins that are not Swift types of this process (shared
    /// libraries with a C ABI, rule files).
    public init(descriptor: PluginDescriptor,
                makeProcessor: @escaping @Sendable (PluginOptions) throws -> @Sendable () throws -> DocumentProcessor) {
        self.init(descriptor: descriptor) { options, _ in try makeProcessor(options) }
    }

    /// A factory from closures that also sees the stages before it in the chain (for example,
    /// to fold its own data with the options the chain's `normalize` step runs with).
    public init(descriptor: PluginDescriptor,
                makeProcessorInChain: @escaping @Sendable (PluginOptions, ChainContext) throws
                    -> @Sendable () throws -> DocumentProcessor) {
        self.descriptor = descriptor
        self.configure = { options, chain in
            let make = try makeProcessorInChain(options, chain)
            return ConfiguredPlugin(descriptor: descriptor, options: options, make: make)
        }
    }
}

/// A plugin with its options applied and shared data built: ready to make per-worker instances.
public struct ConfiguredPlugin: Sendable {
    public let descriptor: PluginDescriptor
    public let options: PluginOptions
    let make: @Sendable () throws -> DocumentProcessor

    init(descriptor: PluginDescriptor, options: PluginOptions, make: @escaping @Sendable () throws -> DocumentProcessor) {
        self.descriptor = descriptor
        self.options = options
        self.make = make
    }
}

/// A per-worker plugin instance behind a closure.
public final class DocumentProcessor {
    let body: (inout Document) throws -> Void
    public init(_ body: @escaping (inout Document) throws -> Void) { self.body = body }
    public func process(_ document: inout Document) throws { try body(&document) }
}
