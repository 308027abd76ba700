/// What a plugin being configured may know about the chain: the stages before it.
public struct ChainContext: Sendable {
    /// The stages configured before this plugin, in chain order.
    public let earlier: [ConfiguredPlugin]

    /// A context with the stages configured so far.
    public init(earlier: [ConfiguredPlugin] = []) { self.earlier = earlier }

    /// The earlier stage that produces `layer`, if any.
    public func stage(producing layer: String) -> ConfiguredPlugin? {
        earlier.last { $0.descriptor.produces == layer }
    }
}
