import Toolkit

/// A step of the chain: reads some layers of a ``Document`` and adds its own.
///
/// Conform a type, register it, and it runs like a built-in:
///
/// ```swift
/// struct CasualtyCounter: Plugin {
///     static let name = "casualties"
///     static let summary = "Counts reported casualties"
///     static let requires = ["numbers"]
///     static let produces = "casualties"
///     init(shared: Void, options: PluginOptions) {}
///     mutating func process(_ document: inout Document) throws { … }
/// }
/// ```
///
/// An instance is created per worker, so it may keep reusable state (an ICU iterator, buffers)
/// without locks. State shared by all workers (tables, lexicons) is built once by ``prepare(_:)``
/// and must be `Sendable`.
public protocol Plugin: SendableMetatype {
    /// Immutable data shared by all workers, built once per run.
    associatedtype Shared: Sendable = Void

    /// Unique name used in `--chain` and `--set name.key=value`.
    static var name: String { get }
    static var version: String { get }
    /// One line for `toolkit-cli plugins`.
    static var summary: String { get }
    /// Layers that must be produced earlier in the chain.
    static var requires: [String] { get }
    /// Layers that, when some plugin in the chain produces them, must come before this one.
    static var after: [String] { get }
    /// The layer this plugin produces.
    static var produces: String { get }
    static var options: [PluginOption] { get }

    /// Builds the shared data from the options. Throw ``PluginError`` for bad option values.
    static func prepare(_ options: PluginOptions) throws -> Shared

    init(shared: Shared, options: PluginOptions) throws

    /// Processes one document. A thrown error is recorded in the document's `errors` and the
    /// run goes on.
    mutating func process(_ document: inout Document) throws
}

extension Plugin {
    public static var version: String { "1.0.0" }
    public static var requires: [String] { [] }
    public static var after: [String] { [] }
    public static var options: [PluginOption] { [] }
}

extension Plugin where Shared == Void {
    public static func prepare(_ options: PluginOptions) throws {}
}

/// What the registry and `toolkit-cli plugins` know about a plugin.
public struct PluginDescriptor: Sendable, Hashable {
    public let name: String
    public let version: String
    public let summary: String
    public let requires: [String]
    public let after: [String]
    public let produces: String
    public let options: [PluginOption]

    public init(name: String, version: String, summary: String, requires: [String], after: [String] = [],
                produces: String, options: [PluginOption]) {
        self.name = name
        self.version = version
        self.summary = summary
        self.requires = requires
        self.after = after
        self.produces = produces
        self.options = options
    }
}
