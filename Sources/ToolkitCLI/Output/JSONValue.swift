#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Toolkit

/// A JSON value of any shape, for the output formats that read encoded records generically
/// (CSV, HTML): they work for every layer, built-in or a user's plugin, without knowing its type.
///
/// Objects are dictionaries: JSON decoding does not keep key order, so anything shown to a
/// user sorts keys (see ``sortedKeys``).
public enum JSONValue: Sendable, Hashable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null; return }
        if let b = try? single.decode(Bool.self) { self = .bool(b); return }
        if let n = try? single.decode(Double.self) { self = .number(n); return }
        if let s = try? single.decode(String.self) { self = .string(s); return }
        if let a = try? single.decode([JSONValue].self) { self = .array(a); return }
        self = .object(try single.decode([String: JSONValue].self))
    }

    /// Decodes one encoded record (a JSON line, trailing newline allowed).
    public static func decode(_ bytes: [UInt8]) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    }

    /// The member `key` of an object; nil for other values and missing keys.
    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    /// The value at a dotted path (`cue.class`); nil when a step is missing or not an object.
    public subscript(path path: [String]) -> JSONValue? {
        var v: JSONValue? = self
        for key in path { v = v?[key] }
        return v
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var number: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The number as an integer, when it is one.
    public var int: Int? {
        guard let n = number, n == n.rounded(), abs(n) < 9.0e15 else { return nil }
        return Int(n)
    }

    public var array: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var object: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// A span's `start`/`end` when this is an object carrying both as integers with
    /// `0 <= start <= end`.
    public var span: Range<Int>? {
        guard let s = self["start"]?.int, let e = self["end"]?.int, s >= 0, s <= e else { return nil }
        return s..<e
    }

    /// An object's keys in display order: `start`, `end`, `text` first, then the rest by
    /// code point, so output is the same on every run.
    public var sortedKeys: [String] {
        guard let o = object else { return [] }
        return o.keys.sorted(by: Self.keyPrecedes)
    }

    /// An object's keys with the `preferred` ones first, in that order, then the rest in
    /// ``sortedKeys`` order.
    public func sortedKeys(preferring preferred: [String]) -> [String] {
        let keys = sortedKeys
        return preferred.filter(keys.contains) + keys.filter { !preferred.contains($0) }
    }

    /// Display order of object keys (see ``sortedKeys``).
    public static func keyPrecedes(_ a: String, _ b: String) -> Bool {
        let ra = leadingKeys.firstIndex(of: a) ?? leadingKeys.count
        let rb = leadingKeys.firstIndex(of: b) ?? leadingKeys.count
        if ra != rb { return ra < rb }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    private static let leadingKeys = ["start", "end", "text"]

    /// Compact JSON, keys in ``sortedKeys`` order.
    public var jsonText: String {
        var w = JSONWriter(capacity: 64)
        write(to: &w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// Plain text for a table cell or tooltip: strings as they are, numbers in shortest form
    /// (integral values without a fraction), null as the empty string, arrays and objects as
    /// compact JSON.
    public var displayText: String {
        switch self {
        case .null: ""
        case .string(let s): s
        case .bool, .number, .array, .object: jsonText
        }
    }

    private func write(to w: inout JSONWriter) {
        switch self {
        case .null: w.null()
        case .bool(let b): w.bool(b)
        case .number(let n): w.double(n)
        case .string(let s): w.string(s)
        case .array(let a):
            w.beginArray()
            for v in a { v.write(to: &w) }
            w.endArray()
        case .object(let o):
            w.beginObject()
            for k in sortedKeys {
                w.key(k)
                o[k]!.write(to: &w)
            }
            w.endObject()
        }
    }
}
