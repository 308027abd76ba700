import Toolkit

/// What a plugin library says about itself (`tk_plugin_describe()`): the registry's
/// descriptor plus the extra inputs it asks for.
struct DynamicPluginSpec: Sendable {
    /// Extra inputs a descriptor may ask for in `"inputs"`.
    enum Input: String, Sendable, CaseIterable {
        /// Token norms as UTF-8 (`tk_document.norm8`, `tk_token.norm8_start/end`).
        case normUTF8 = "norm_utf8"
    }

    let descriptor: PluginDescriptor
    let inputs: Set<Input>

    /// The layers passed as typed arrays rather than JSON.
    static let coreLayers: Set<String> = ["normalized", "tokens", "sentences"]

    /// Reads a descriptor; the error says which field is wrong.
    init(json bytes: [UInt8]) throws(DescriptorError) {
        let root: JSONNode
        do { root = try JSONNode.parse(bytes) } catch { throw DescriptorError("\(error)") }
        guard let o = root.object else { throw DescriptorError("expected a JSON object") }
        let known: Set<String> = ["name", "version", "summary", "produces", "requires", "after", "inputs", "options"]
        if let unknown = o.keys.first(where: { !known.contains($0) }) {
            throw DescriptorError("unknown field '\(unknown)'; known: \(known.sorted().joined(separator: ", "))")
        }
        guard let name = o["name"]?.string, Self.isValidName(name) else {
            throw DescriptorError("'name' must be a string of letters, digits, '-' or '_'")
        }
        func strings(_ key: String) throws(DescriptorError) -> [String] {
            guard let v = o[key] else { return [] }
            guard let a = v.array, a.allSatisfy({ $0.string != nil }) else {
                throw DescriptorError("'\(key)' must be an array of strings")
            }
            return a.map { $0.string! }
        }
        func string(_ key: String, default d: String) throws(DescriptorError) -> String {
            guard let v = o[key] else { return d }
            guard let s = v.string else { throw DescriptorError("'\(key)' must be a string") }
            return s
        }
        let produces = try string("produces", default: name)
        guard Self.isValidName(produces), !Self.coreLayers.contains(produces) else {
            throw DescriptorError("'produces' must be a new layer name (not \(Self.coreLayers.sorted().joined(separator: ", ")))")
        }
        var inputs: Set<Input> = []
        for s in try strings("inputs") {
            guard let i = Input(rawValue: s) else {
                throw DescriptorError("unknown input '\(s)'; known: \(Input.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            inputs.insert(i)
        }
        var options: [PluginOption] = []
        for item in o["options"]?.array ?? [] {
            options.append(try Self.option(item))
        }
        if o["options"] != nil, o["options"]?.array == nil { throw DescriptorError("'options' must be an array") }
        descriptor = PluginDescriptor(name: name, version: try string("version", default: "1.0.0"),
                                      summary: try string("summary", default: ""),
                                      requires: try strings("requires"), after: try strings("after"),
                                      produces: produces, options: options)
        self.inputs = inputs
    }

    private static func option(_ node: JSONNode) throws(DescriptorError) -> PluginOption {
        guard let o = node.object, let name = o["name"]?.string, !name.isEmpty else {
            throw DescriptorError("each option needs a 'name'")
        }
        let kind: PluginOption.Kind
        switch o["type"]?.string ?? "string" {
        case "bool": kind = .bool
        case "int": kind = .int
        case "double": kind = .double
        case "string": kind = .string
        case "choice":
            guard let c = o["choices"]?.array?.compactMap(\.string), !c.isEmpty else {
                throw DescriptorError("option '\(name)' of type choice needs 'choices'")
            }
            kind = .choice(c)
        case let other:
            throw DescriptorError("option '\(name)' has unknown type '\(other)'; known: bool, int, double, string, choice")
        }
        let defaultValue: String?
        switch o["default"] {
        case nil, .null?: defaultValue = nil
        case .string(let s)?: defaultValue = s
        case .number(let n)?: defaultValue = n
        case .bool(let b)?: defaultValue = b ? "true" : "false"
        default: throw DescriptorError("option '\(name)' has a 'default' that is not a string, number or bool")
        }
        let option = PluginOption(name, kind, default: defaultValue, help: o["help"]?.string ?? "")
        if let d = defaultValue, let reason = option.validate(d) {
            throw DescriptorError("option '\(name)' has a default that does not fit its type: \(reason)")
        }
        return option
    }

    static func isValidName(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}

/// A descriptor that does not follow `tk_plugin.h`.
struct DescriptorError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
