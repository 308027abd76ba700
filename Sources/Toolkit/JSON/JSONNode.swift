/// A parsed JSON value that keeps what matters for writing it back unchanged: the order of
/// object members and numbers as written.
///
/// Used where JSON crosses a boundary the toolkit does not control: layers returned by
/// run-time loaded plugins, and records checked by the conformance helpers.
public enum JSONNode: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, as written (`40000`, `2.5e3`): written back byte for byte.
    case number(String)
    case string(String)
    case array([JSONNode])
    case object(JSONObject)

    /// Parses UTF-8 JSON (one value, surrounding whitespace allowed).
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONNode {
        var builder = JSONTreeBuilder()
        try JSONReader.read(bytes, into: &builder)
        return builder.result
    }

    /// Parses UTF-8 JSON (one value, surrounding whitespace allowed).
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        do {
            return try bytes.withUnsafeBufferPointer { b throws(JSONSyntaxError) in try parse(b) }
        }
    }

    /// Parses JSON text.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode { try parse(Array(text.utf8)) }

    /// The member `key` of an object; nil for other values and missing keys.
    public subscript(key: String) -> JSONNode? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    /// The string, for a string value.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number as a `Double`, for a number value.
    public var double: Double? {
        if case .number(let n) = self { return Double(n) }
        return nil
    }

    /// The number as an integer, when it is written as one (or is integral and exact).
    public var int: Int? {
        guard case .number(let n) = self else { return nil }
        if let i = Int(n) { return i }
        guard let d = Double(n), d == d.rounded(), abs(d) < 9.0e15 else { return nil }
        return Int(d)
    }

    /// The value of `true` or `false`.
    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The items, for an array.
    public var array: [JSONNode]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The members, for an object.
    public var object: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// Writes the value back: members in their order, numbers as written.
    public func write(to json: inout JSONWriter) {
        switch self {
        case .null: json.null()
        case .bool(let b): json.bool(b)
        case .number(let n): json.raw(Array(n.utf8))
        case .string(let s): json.string(s)
        case .array(let items):
            json.beginArray()
            for item in items { item.write(to: &json) }
            json.endArray()
        case .object(let o):
            json.beginObject()
            for (k, v) in o.members {
                json.key(k)
                v.write(to: &json)
            }
            json.endObject()
        }
    }

    /// Compact JSON text of the value.
    public var jsonText: String {
        var w = JSONWriter(capacity: 64)
        write(to: &w)
        return String(decoding: w.bytes, as: UTF8.self)
    }
}

/// A JSON object with its members in written order.
public struct JSONObject: Sendable, Equatable {
    /// The members in written order (duplicates kept).
    public var members: [(key: String, value: JSONNode)]

    /// An object of these members.
    public init(_ members: [(key: String, value: JSONNode)] = []) { self.members = members }

    /// The first member named `key`.
    public subscript(key: String) -> JSONNode? {
        members.first { $0.key == key }?.value
    }

    /// The member names in order.
    public var keys: [String] { members.map(\.key) }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        a.members.count == b.members.count && zip(a.members, b.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

/// Why a text is not JSON, and where (a byte offset).
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// Where: a byte offset into the text.
    public let offset: Int

    public var description: String { "invalid JSON at byte \(offset): \(message)" }
}
