/// A typed option a plugin accepts, set with `--set plugin.name=value`.
public struct PluginOption: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case bool, int, double, string
        case choice([String])

        public var name: String {
            switch self {
            case .bool: "bool"
            case .int: "int"
            case .double: "double"
            case .string: "string"
            case .choice: "choice"
            }
        }
    }

    public let name: String
    public let kind: Kind
    /// The default as written on the command line; nil when it depends on other options
    /// (documented in `help`).
    public let defaultValue: String?
    public let help: String

    public init(_ name: String, _ kind: Kind, default defaultValue: String?, help: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }

    /// Checks a value against the kind; returns an explanation when it does not fit.
    func validate(_ value: String) -> String? {
        switch kind {
        case .bool: return ["true", "false", "1", "0", "yes", "no", "on", "off"].contains(value.lowercased()) ? nil : "expected true or false"
        case .int: return Int(value) == nil ? "expected an integer" : nil
        case .double: return Double(value) == nil ? "expected a number" : nil
        case .string: return nil
        case .choice(let values): return values.contains(value) ? nil : "expected one of \(values.joined(separator: ", "))"
        }
    }
}

/// The option values a plugin was configured with: validated against its ``PluginOption``s,
/// with defaults filled in.
public struct PluginOptions: Sendable, Hashable {
    public let values: [String: String]
    /// Options the user set explicitly (rather than taking their defaults).
    public let explicit: Set<String>

    public init(_ values: [String: String] = [:], explicit: Set<String>? = nil) {
        self.values = values
        self.explicit = explicit ?? Set(values.keys)
    }

    /// True when the user set the option (rather than taking its default).
    public func isSet(_ name: String) -> Bool { explicit.contains(name) }

    public func string(_ name: String) -> String? { values[name] }

    public func bool(_ name: String) -> Bool? {
        values[name].map { ["true", "1", "yes", "on"].contains($0.lowercased()) }
    }

    public func int(_ name: String) -> Int? { values[name].flatMap { Int($0) } }
    public func double(_ name: String) -> Double? { values[name].flatMap { Double($0) } }
}
