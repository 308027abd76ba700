/// A strict RFC 8259 push parser over UTF-8 bytes: it checks the syntax and hands each part
/// to a ``JSONEventHandler`` in order, so a consumer can build a tree (``JSONNode``) or check
/// a large record on the fly without one.
///
/// Nesting is bounded (hostile input cannot exhaust the stack).
public struct JSONReader<Handler: JSONEventHandler> {
    public static var maxDepth: Int { 512 }

    private let p: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0

    private init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }

    /// Reads one JSON value (surrounding whitespace allowed) into `handler`.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, into handler: inout Handler) throws(JSONSyntaxError) {
        var reader = JSONReader(bytes)
        try reader.value(&handler)
        reader.skipSpace()
        guard reader.i == bytes.count else { throw reader.fail("unexpected content after the value") }
    }

    private func fail(_ message: String) -> JSONSyntaxError { JSONSyntaxError(message: message, offset: i) }

    private mutating func skipSpace() {
        while i < p.count, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 { i += 1 }
    }

    private mutating func value(_ h: inout Handler) throws(JSONSyntaxError) {
        skipSpace()
        guard i < p.count else { throw fail("unexpected end of input") }
        switch p[i] {
        case 0x7B: try object(&h)
        case 0x5B: try array(&h)
        case 0x22: h.string(try string())
        case 0x74: try literal("true"); h.bool(true)
        case 0x66: try literal("false"); h.bool(false)
        case 0x6E: try literal("null"); h.null()
        case 0x2D, 0x30...0x39: h.number(try number())
        default: throw fail("unexpected character")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= p.count else { throw fail("unexpected end of input") }
        for k in 0..<n where p[i + k] != word.utf8Start[k] { throw fail("unexpected character") }
        i += n
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maxDepth { throw fail("nested deeper than \(Self.maxDepth) levels") }
    }

    private mutating func object(_ h: inout Handler) throws(JSONSyntaxError) {
        try enter()
        i += 1
        h.beginObject()
        skipSpace()
        if i < p.count, p[i] == 0x7D {
            i += 1
        } else {
            while true {
                skipSpace()
                guard i < p.count, p[i] == 0x22 else { throw fail("expected a member name in quotes") }
                h.key(try string())
                skipSpace()
                guard i < p.count, p[i] == 0x3A else { throw fail("expected ':'") }
                i += 1
                try value(&h)
                skipSpace()
                guard i < p.count else { throw fail("unexpected end of input in an object") }
                if p[i] == 0x2C { i += 1; continue }
                if p[i] == 0x7D { i += 1; break }
                throw fail("expected ',' or '}'")
            }
        }
        depth -= 1
        h.endObject()
    }

    private mutating func array(_ h: inout Handler) throws(JSONSyntaxError) {
        try enter()
        i += 1
        h.beginArray()
        skipSpace()
        if i < p.count, p[i] == 0x5D {
            i += 1
        } else {
            while true {
                try value(&h)
                skipSpace()
                guard i < p.count else { throw fail("unexpected end of input in an array") }
                if p[i] == 0x2C { i += 1; continue }
                if p[i] == 0x5D { i += 1; break }
                throw fail("expected ',' or ']'")
            }
        }
        depth -= 1
        h.endArray()
    }

    private mutating func number() throws(JSONSyntaxError) -> UnsafeBufferPointer<UInt8> {
        let start = i
        if p[i] == 0x2D { i += 1 }
        guard i < p.count, (0x30...0x39).contains(p[i]) else { throw fail("expected a digit") }
        if p[i] == 0x30 { i += 1 } else { skipDigits() }
        if i < p.count, p[i] == 0x2E {
            i += 1
            guard skipDigits() > 0 else { throw fail("expected a digit after '.'") }
        }
        if i < p.count, p[i] == 0x65 || p[i] == 0x45 {
            i += 1
            if i < p.count, p[i] == 0x2B || p[i] == 0x2D { i += 1 }
            guard skipDigits() > 0 else { throw fail("expected a digit in the exponent") }
        }
        return UnsafeBufferPointer(rebasing: p[start..<i])
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let s = i
        while i < p.count, (0x30...0x39).contains(p[i]) { i += 1 }
        return i - s
    }

    /// Checks a string (escapes included) and returns its raw content between the quotes.
    private mutating func string() throws(JSONSyntaxError) -> JSONString {
        i += 1
        let start = i
        var escaped = false
        while true {
            guard i < p.count else { throw fail("unterminated string") }
            let b = p[i]
            if b == 0x22 { break }
            if b < 0x20 { throw fail("control character in a string") }
            if b == 0x5C {
                escaped = true
                i += 1
                guard i < p.count else { throw fail("unterminated escape") }
                switch p[i] {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 1
                case 0x75:
                    guard i + 4 < p.count, (1...4).allSatisfy({ JSONEscape.hexValue(p[i + $0]) != nil }) else {
                        throw fail("bad \\u escape")
                    }
                    i += 5
                default: throw fail("unknown escape")
                }
                continue
            }
            i += 1
        }
        let raw = UnsafeBufferPointer(rebasing: p[start..<i])
        i += 1
        return JSONString(raw: raw, hasEscapes: escaped)
    }
}

/// Receives the parts of a JSON text in document order from ``JSONReader``.
public protocol JSONEventHandler {
    mutating func beginObject()
    /// A member name; its value follows.
    mutating func key(_ key: JSONString)
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func string(_ value: JSONString)
    /// A number as written.
    mutating func number(_ raw: UnsafeBufferPointer<UInt8>)
    mutating func bool(_ value: Bool)
    mutating func null()
}

/// A string as it stands in the JSON text (between the quotes, already checked), decoded on
/// demand. Valid only during the handler call.
public struct JSONString {
    public let raw: UnsafeBufferPointer<UInt8>
    public let hasEscapes: Bool

    /// The decoded UTF-8 bytes (escapes resolved; lone surrogates become U+FFFD).
    public var bytes: [UInt8] {
        guard hasEscapes else { return Array(raw) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let b = raw[i]
            guard b == 0x5C else { out.append(b); i += 1; continue }
            // The reader checked every escape.
            i = JSONEscape.decode(raw, at: i + 1, into: &out)!
        }
        return out
    }

    /// The decoded string.
    public var string: String {
        hasEscapes ? String(decoding: bytes, as: UTF8.self) : String(decoding: raw, as: UTF8.self)
    }

    /// True when the decoded string is `s` (no allocation when there are no escapes).
    public func equals(_ s: StaticString) -> Bool {
        guard !hasEscapes else { return string == s.description }
        return raw.count == s.utf8CodeUnitCount && raw.elementsEqual(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }
}
