/// A strict RFC 8259 parser into ``JSONNode``, over UTF-8 bytes.
///
/// Bounded nesting (so hostile input cannot exhaust the stack); strings are decoded with
/// escapes, ill-formed UTF-8 and lone surrogates becoming U+FFFD.
struct JSONReader {
    static let maxDepth = 512

    private let p: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0

    init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }

    mutating func document() throws(JSONSyntaxError) -> JSONNode {
        let v = try value()
        skipSpace()
        guard i == p.count else { throw fail("unexpected content after the value") }
        return v
    }

    private func fail(_ message: String) -> JSONSyntaxError { JSONSyntaxError(message: message, offset: i) }

    private mutating func skipSpace() {
        while i < p.count, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 { i += 1 }
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONNode {
        skipSpace()
        guard i < p.count else { throw fail("unexpected end of input") }
        switch p[i] {
        case 0x7B: return try object()
        case 0x5B: return try array()
        case 0x22: return .string(try string())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        case 0x2D, 0x30...0x39: return .number(try number())
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

    private mutating func object() throws(JSONSyntaxError) -> JSONNode {
        try enter()
        i += 1
        var members: [(key: String, value: JSONNode)] = []
        skipSpace()
        if i < p.count, p[i] == 0x7D { i += 1; depth -= 1; return .object(JSONObject(members)) }
        while true {
            skipSpace()
            guard i < p.count, p[i] == 0x22 else { throw fail("expected a member name in quotes") }
            let key = try string()
            skipSpace()
            guard i < p.count, p[i] == 0x3A else { throw fail("expected ':'") }
            i += 1
            members.append((key, try value()))
            skipSpace()
            guard i < p.count else { throw fail("unexpected end of input in an object") }
            if p[i] == 0x2C { i += 1; continue }
            if p[i] == 0x7D { i += 1; break }
            throw fail("expected ',' or '}'")
        }
        depth -= 1
        return .object(JSONObject(members))
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONNode {
        try enter()
        i += 1
        var items: [JSONNode] = []
        skipSpace()
        if i < p.count, p[i] == 0x5D { i += 1; depth -= 1; return .array(items) }
        while true {
            items.append(try value())
            skipSpace()
            guard i < p.count else { throw fail("unexpected end of input in an array") }
            if p[i] == 0x2C { i += 1; continue }
            if p[i] == 0x5D { i += 1; break }
            throw fail("expected ',' or ']'")
        }
        depth -= 1
        return .array(items)
    }

    private mutating func number() throws(JSONSyntaxError) -> String {
        let start = i
        if p[i] == 0x2D { i += 1 }
        func digits(_ r: inout JSONReader) -> Int {
            let s = r.i
            while r.i < r.p.count, (0x30...0x39).contains(r.p[r.i]) { r.i += 1 }
            return r.i - s
        }
        guard i < p.count, (0x30...0x39).contains(p[i]) else { throw fail("expected a digit") }
        if p[i] == 0x30 { i += 1 } else { _ = digits(&self) }
        if i < p.count, p[i] == 0x2E {
            i += 1
            guard digits(&self) > 0 else { throw fail("expected a digit after '.'") }
        }
        if i < p.count, p[i] == 0x65 || p[i] == 0x45 {
            i += 1
            if i < p.count, p[i] == 0x2B || p[i] == 0x2D { i += 1 }
            guard digits(&self) > 0 else { throw fail("expected a digit in the exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < p.count, p[i] != 0x22, p[i] != 0x5C, p[i] >= 0x20 { i += 1 }
        guard i < p.count else { throw fail("unterminated string") }
        if p[i] == 0x22 {
            let s = String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)
            i += 1
            return s
        }
        var bytes = Array(p[start..<i])
        while true {
            guard i < p.count else { throw fail("unterminated string") }
            let b = p[i]
            if b == 0x22 { i += 1; break }
            if b < 0x20 { throw fail("control character in a string") }
            if b != 0x5C { bytes.append(b); i += 1; continue }
            i += 1
            guard i < p.count else { throw fail("unterminated escape") }
            let e = p[i]
            i += 1
            switch e {
            case 0x22, 0x5C, 0x2F: bytes.append(e)
            case 0x62: bytes.append(0x08)
            case 0x66: bytes.append(0x0C)
            case 0x6E: bytes.append(0x0A)
            case 0x72: bytes.append(0x0D)
            case 0x74: bytes.append(0x09)
            case 0x75:
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    if i + 1 < p.count, p[i] == 0x5C, p[i + 1] == 0x75 {
                        let save = i
                        i += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            scalar = 0xFFFD
                            i = save
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD
                }
                UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { bytes.append($0) }
            default:
                throw fail("unknown escape")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard i + 4 <= p.count else { throw fail("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = p[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("bad hex digit in \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}
