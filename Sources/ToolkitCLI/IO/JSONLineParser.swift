import Toolkit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the fields the toolkit needs (`id`, `text`) from one JSON Lines record, skipping the
/// rest, without building a generic JSON tree. Strict about structure so a broken line is
/// reported rather than half-read.
struct JSONLineParser {
    struct Failure: Error, CustomStringConvertible {
        let message: String
        let offset: Int
        /// The record's id when it was read before the damage, so the error record can keep it.
        var id: String?
        var description: String { "broken JSON at byte \(offset): \(message)" }
    }

    struct Record {
        var id: String?
        var text: [UInt8]?
        /// True when `text` is present but not a string.
        var textNotString = false
    }

    private let p: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }

    static func parse(_ line: UnsafeBufferPointer<UInt8>) throws -> Record {
        var parser = JSONLineParser(line)
        return try parser.record()
    }

    private mutating func fail(_ m: String) -> Failure { Failure(message: m, offset: i) }

    private mutating func ws() {
        while i < p.count, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
    }

    private mutating func expect(_ b: UInt8) throws {
        ws()
        guard i < p.count, p[i] == b else { throw fail("expected '\(Character(UnicodeScalar(b)))'") }
        i += 1
    }

    private mutating func record() throws -> Record {
        var r = Record()
        do {
            return try fields(&r)
        } catch var failure as Failure {
            failure.id = r.id
            throw failure
        }
    }

    private mutating func fields(_ r: inout Record) throws -> Record {
        try expect(0x7B)
        ws()
        if i < p.count, p[i] == 0x7D { i += 1; return try finish(r) }
        while true {
            ws()
            let key = try key()
            try expect(0x3A)
            ws()
            if key == .text {
                if i < p.count, p[i] == 0x22 { r.text = try string(sizedToLine: true) }
                else if try literalNull() { r.text = nil }
                else { r.textNotString = true; try skipValue() }
            } else if key == .id {
                if i < p.count, p[i] == 0x22 {
                    let s = i
                    if let raw = try skipString() {
                        r.id = String(decoding: UnsafeBufferPointer(rebasing: p[raw]), as: UTF8.self)
                    } else {
                        i = s
                        r.id = String(decoding: try string(), as: UTF8.self)
                    }
                }
                else {
                    let s = i
                    try skipValue()
                    r.id = String(decoding: UnsafeBufferPointer(rebasing: p[s..<i]), as: UTF8.self)
                }
            } else {
                try skipValue()
            }
            ws()
            guard i < p.count else { throw fail("unterminated object") }
            if p[i] == 0x2C { i += 1; continue }
            if p[i] == 0x7D { i += 1; break }
            throw fail("expected ',' or '}'")
        }
        return try finish(r)
    }

    private enum Key { case id, text, other }

    /// Reads an object key, telling apart the two the toolkit reads without decoding the others.
    private mutating func key() throws -> Key {
        let s = i
        if let raw = try skipString() {
            let n = raw.count
            if n == 2, p[raw.lowerBound] == 0x69, p[raw.lowerBound + 1] == 0x64 { return .id }
            if n == 4, p[raw.lowerBound] == 0x74, p[raw.lowerBound + 1] == 0x65, p[raw.lowerBound + 2] == 0x78,
               p[raw.lowerBound + 3] == 0x74 { return .text }
            return .other
        }
        // An escaped key (`"\u0074ext"`) is rare: decode it.
        i = s
        switch String(decoding: try string(), as: UTF8.self) {
        case "id": return .id
        case "text": return .text
        default: return .other
        }
    }

    /// Skips a string without copying it, checking its escapes. Returns the range of its bytes
    /// when it has no escapes (so they are its value), nil otherwise.
    private mutating func skipString() throws -> Range<Int>? {
        guard i < p.count, p[i] == 0x22 else { throw fail("expected a string") }
        i += 1
        let start = i
        var escaped = false
        while true {
            i = nextSpecial(from: i)
            guard i < p.count else { throw fail("unterminated string") }
            if p[i] == 0x22 {
                i += 1
                return escaped ? nil : start..<(i - 1)
            }
            escaped = true
            i += 1
            guard i < p.count else { throw fail("unterminated string") }
            switch p[i] {
            case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 1
            case 0x75: i += 1; _ = try hex4()
            default: throw fail("bad escape")
            }
        }
    }

    private mutating func finish(_ r: Record) throws -> Record {
        ws()
        guard i == p.count else { throw fail("unexpected data after the object") }
        return r
    }

    private mutating func literalNull() throws -> Bool {
        if i + 4 <= p.count, p[i] == 0x6E, p[i + 1] == 0x75, p[i + 2] == 0x6C, p[i + 3] == 0x6C { i += 4; return true }
        return false
    }

    /// Decodes a JSON string to UTF-8 bytes (escapes resolved; lone surrogates become U+FFFD).
    /// `sizedToLine`: reserve room for the rest of the line at once (the text is most of a
    /// news record, and regrowing would copy it several times).
    private mutating func string(sizedToLine: Bool = false) throws -> [UInt8] {
        guard i < p.count, p[i] == 0x22 else { throw fail("expected a string") }
        i += 1
        var out: [UInt8] = []
        if sizedToLine { out.reserveCapacity(p.count - i) }
        var runStart = i
        while i < p.count {
            // Jump to the next quote or backslash (strings are long, escapes are few).
            i = nextSpecial(from: i)
            guard i < p.count else { break }
            let b = p[i]
            if b == 0x22 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
                i += 1
                return out
            }
            if b == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
                i += 1
                guard i < p.count else { break }
                guard let next = JSONEscape.decode(p, at: i, into: &out) else {
                    throw fail(p[i] == 0x75 ? "bad \\u escape" : "bad escape")
                }
                i = next
                runStart = i
                continue
            }
            i += 1
        }
        throw fail("unterminated string")
    }

    /// Index of the next `"` or `\\` at or after `from`, or the end.
    private func nextSpecial(from: Int) -> Int {
        guard let base = p.baseAddress, from < p.count else { return p.count }
        let len = p.count - from
        let quote = memchr(base + from, 0x22, len).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? p.count
        guard quote > from else { return quote }
        let slash = memchr(base + from, 0x5C, quote - from).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
        return slash ?? quote
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= p.count else { throw fail("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = p[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            default: throw fail("bad \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    /// Containers nested deeper than this make the line broken: skipping recurses, and a line
    /// of a million `[` must give an error record, not overflow a worker's stack.
    static let maxDepth = 512

    private mutating func skipValue(depth: Int = 0) throws {
        ws()
        guard i < p.count else { throw fail("missing value") }
        switch p[i] {
        case 0x22: _ = try skipString()
        case 0x7B, 0x5B:
            guard depth < Self.maxDepth else { throw fail("containers nested deeper than \(Self.maxDepth) levels") }
            let close: UInt8 = p[i] == 0x7B ? 0x7D : 0x5D
            let isObject = p[i] == 0x7B
            i += 1
            ws()
            if i < p.count, p[i] == close { i += 1; return }
            while true {
                if isObject { ws(); _ = try skipString(); try expect(0x3A) }
                try skipValue(depth: depth + 1)
                ws()
                guard i < p.count else { throw fail("unterminated container") }
                if p[i] == 0x2C { i += 1; continue }
                if p[i] == close { i += 1; return }
                throw fail("expected ',' or a closing bracket")
            }
        default:
            let s = i
            while i < p.count, !(p[i] == 0x2C || p[i] == 0x7D || p[i] == 0x5D || p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09) { i += 1 }
            let token = String(decoding: UnsafeBufferPointer(rebasing: p[s..<i]), as: UTF8.self)
            guard token == "true" || token == "false" || token == "null" || Double(token) != nil else {
                throw fail("bad literal '\(token.prefix(20))'")
            }
        }
    }
}
