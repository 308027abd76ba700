/// A fast, allocation-light JSON writer into a byte buffer, with deterministic key order.
///
/// Used for every output record; the JSONL contract needs exactly one line per document, so
/// strings are always escaped (no raw newlines).
///
/// Every write reserves room for what it may write and then stores through a pointer: appending
/// to an array byte by byte checks its uniqueness and capacity at every byte, which made writing
/// a record cost several times the work of extracting it.
public struct JSONWriter: Sendable {
    /// The bytes, grown ahead of the writes: its first ``used`` are the JSON. Copied before a
    /// write when shared, so a writer sent to another task owns what it writes to.
    @usableFromInline nonisolated(unsafe) var buffer: JSONBuffer
    @usableFromInline var used = 0
    /// The bytes ``buffer`` holds (kept here: reading a class's stored property is checked for
    /// exclusive access at every read).
    @usableFromInline var capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = Swift.max(capacity, 64)
        buffer = JSONBuffer.make(capacity: self.capacity)
    }

    /// The JSON written so far.
    public var bytes: [UInt8] {
        get { buffer.withUnsafeMutablePointerToElements { Array(UnsafeBufferPointer(start: $0, count: used)) } }
        set {
            capacity = Swift.max(newValue.count, 64)
            buffer = JSONBuffer.make(capacity: capacity)
            used = 0
            newValue.withUnsafeBufferPointer { b in emit(max: b.count) { p in p.update(from: b.baseAddress!, count: b.count); return b.count } }
        }
    }

    /// The JSON written, followed by a line feed: one JSONL line (copied out of the buffer once,
    /// as ``bytes`` is).
    public mutating func line() -> [UInt8] {
        emit(max: 1) { p in p[0] = 0x0A; return 1 }
        return bytes
    }

    /// Calls `body` with room for `max` bytes after what is written; it returns how many it wrote.
    @inline(__always)
    mutating func emit(max n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if used + n > capacity || !isKnownUniquelyReferenced(&buffer) { reserve(used + n) }
        let at = used
        used += buffer.withUnsafeMutablePointerToElements { body($0 + at) }
    }

    /// A buffer of its own with room for `needed` bytes (twice the old one when it grows).
    @inline(never)
    mutating func reserve(_ needed: Int) {
        if needed > capacity { capacity = Swift.max(needed, 2 * capacity) }
        let larger = JSONBuffer.make(capacity: capacity)
        let used = self.used
        buffer.withUnsafeMutablePointerToElements { old in
            larger.withUnsafeMutablePointerToElements { $0.update(from: old, count: used) }
        }
        buffer = larger
    }

    /// Whether a comma is due before the next value or key: the last byte written tells, as a
    /// value never ends in `[`, `{` or `:` and those are never followed by a comma.
    @inline(__always)
    func needsComma() -> Bool {
        guard used > 0 else { return false }
        let last = buffer.withUnsafeMutablePointerToElements { $0[used - 1] }
        return last != 0x5B && last != 0x7B && last != 0x3A
    }

    /// Writes `count` bytes from `p`, after a comma when `comma` is set.
    @inline(__always)
    private mutating func write(comma: Bool, _ p: UnsafePointer<UInt8>, _ count: Int) {
        emit(max: count + 1) { out in
            let n = Self.comma(out, due: comma)
            (out + n).update(from: p, count: count)
            return n + count
        }
    }

    /// Writes a one-byte token, after a comma when one is due.
    @inline(__always)
    private mutating func token(_ b: UInt8, separated: Bool) {
        let comma = separated && needsComma()
        emit(max: 2) { out in
            let n = Self.comma(out, due: comma)
            out[n] = b
            return n + 1
        }
    }

    public mutating func beginObject() { token(0x7B, separated: true) }
    public mutating func endObject() { token(0x7D, separated: false) }
    public mutating func beginArray() { token(0x5B, separated: true) }
    public mutating func endArray() { token(0x5D, separated: false) }

    /// Writes an object key; the next write is its value.
    public mutating func key(_ k: StaticString) {
        let comma = needsComma()
        let name = UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount)
        emit(max: name.count + 4) { p in
            var n = Self.openString(p, comma: comma)
            (p + n).update(from: name.baseAddress!, count: name.count)
            n += name.count
            p[n] = 0x22
            p[n + 1] = 0x3A
            return n + 2
        }
    }

    /// Writes a dynamic object key (escaped).
    public mutating func key(_ k: String) {
        string(k)
        token(0x3A, separated: false)
    }

    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// Writes a static string.
    public mutating func string(static s: StaticString) {
        string(utf8: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Writes a string from UTF-8 bytes (already valid), escaping what JSON needs escaped.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        let comma = needsComma()
        // Each byte takes at most six bytes (an escaped control).
        emit(max: 6 * utf8.count + 3) { p in
            var n = Self.openString(p, comma: comma)
            var runStart = 0
            var i = 0
            while i < utf8.count {
                // Eight bytes at a time while none needs escaping (the common case by far).
                if i + 8 <= utf8.count, !Self.mayNeedEscape(UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                for j in i..<Swift.min(i + 8, utf8.count) {
                    let b = utf8[j]
                    if b < 0x20 || b == 0x22 || b == 0x5C {
                        (p + n).update(from: utf8.baseAddress! + runStart, count: j - runStart)
                        n += j - runStart
                        n += Self.escapeASCII(b, into: p + n)
                        runStart = j + 1
                    }
                }
                i += 8
            }
            if runStart < utf8.count {
                (p + n).update(from: utf8.baseAddress! + runStart, count: utf8.count - runStart)
                n += utf8.count - runStart
            }
            p[n] = 0x22
            return n + 1
        }
    }

    /// Writes a string from UTF-16 units.
    public mutating func string(utf16: UnsafeBufferPointer<UInt16>) {
        let comma = needsComma()
        // A unit takes at most six bytes (an escaped control); a surrogate pair, four.
        emit(max: 6 * utf16.count + 3) { p in
            var n = Self.openString(p, comma: comma)
            var i = 0
            while i < utf16.count {
                if utf16[i] < 0x80 {
                    n += Self.escapeASCII(UInt8(utf16[i]), into: p + n)
                    i += 1
                } else {
                    let w = UTF16Transcoding.encode(utf16, at: i, into: p + n)
                    n += w.bytes
                    i += w.units
                }
            }
            p[n] = 0x22
            return n + 1
        }
    }

    public mutating func int(_ v: Int) {
        let comma = needsComma()
        emit(max: 22) { p in
            var n = Self.comma(p, due: comma)
            if v < 0 { p[n] = 0x2D; n += 1 }
            // Digits from the right into a scratch word, then moved into place at once.
            var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
            return withUnsafeMutableBytes(of: &scratch) { d in
                var x = v.magnitude
                var k = d.count
                repeat {
                    k -= 1
                    d[k] = UInt8(truncatingIfNeeded: 0x30 &+ x % 10)
                    x /= 10
                } while x > 0
                (p + n).update(from: d.baseAddress!.assumingMemoryBound(to: UInt8.self) + k, count: d.count - k)
                return n + d.count - k
            }
        }
    }

    /// Writes a number; integral values print without a fraction (`40000`, not `40000.0`).
    public mutating func double(_ v: Double) {
        guard v.isFinite else { null(); return }
        if v == v.rounded(), abs(v) < 9.0e15 { int(Int(v)); return }
        raw(Array(v.description.utf8))
    }

    public mutating func bool(_ v: Bool) { literal(v ? "true" : "false") }

    public mutating func null() { literal("null") }

    private mutating func literal(_ s: StaticString) { write(comma: needsComma(), s.utf8Start, s.utf8CodeUnitCount) }

    /// Appends already-encoded JSON as one value.
    public mutating func raw(_ json: [UInt8]) {
        let comma = needsComma()
        json.withUnsafeBufferPointer { write(comma: comma, $0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
    }

    // Convenience: key + value.
    public mutating func field(_ k: StaticString, _ v: String) { key(k); string(v) }
    public mutating func field(_ k: StaticString, _ v: Int) { key(k); int(v) }
    public mutating func field(_ k: StaticString, _ v: Double) { key(k); double(v) }
    public mutating func field(_ k: StaticString, _ v: Bool) { key(k); bool(v) }
    public mutating func field(_ k: StaticString, _ v: String?) { key(k); if let v { string(v) } else { null() } }
    public mutating func field(_ k: StaticString, _ v: Int?) { key(k); if let v { int(v) } else { null() } }
    public mutating func field(_ k: StaticString, _ v: Double?) { key(k); if let v { double(v) } else { null() } }

    /// False when none of the eight bytes of `x` is a control, `"` or `\\` (a byte is below n when
    /// subtracting n borrows into its high bit, which it did not have; equal when `x ^ pattern`
    /// has a zero byte).
    @inline(__always)
    private static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = x ^ (ones &* 0x22), backslash = x ^ (ones &* 0x5C)
        let below = (x &- ones &* 0x20) & ~x
        let zero = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return (below | zero) & highs != 0
    }

    /// Writes the comma at `p` when one is due; returns the bytes written (0 or 1).
    @inline(__always)
    private static func comma(_ p: UnsafeMutablePointer<UInt8>, due: Bool) -> Int {
        if due { p[0] = 0x2C }
        return due ? 1 : 0
    }

    /// Writes the comma (when due) and the opening quote of a string at `p`; returns the bytes.
    @inline(__always)
    private static func openString(_ p: UnsafeMutablePointer<UInt8>, comma due: Bool) -> Int {
        let n = comma(p, due: due)
        p[n] = 0x22
        return n + 1
    }

    /// Writes an ASCII byte at `p`, escaped as a JSON string needs; returns the bytes written.
    @inline(__always)
    private static func escapeASCII(_ b: UInt8, into p: UnsafeMutablePointer<UInt8>) -> Int {
        switch b {
        case 0x22, 0x5C: p[0] = 0x5C; p[1] = b; return 2
        case 0x0A: p[0] = 0x5C; p[1] = 0x6E; return 2
        case 0x0D: p[0] = 0x5C; p[1] = 0x72; return 2
        case 0x09: p[0] = 0x5C; p[1] = 0x74; return 2
        case 0x00..<0x20:
            let hex: StaticString = "0123456789abcdef"
            p[0] = 0x5C; p[1] = 0x75; p[2] = 0x30; p[3] = 0x30
            p[4] = hex.utf8Start[Int(b >> 4)]
            p[5] = hex.utf8Start[Int(b & 0xF)]
            return 6
        default: p[0] = b; return 1
        }
    }
}

/// The storage of a ``JSONWriter``: its bytes in one allocation, written through a pointer.
/// Copied on write by the writer, so sharing one is safe.
@usableFromInline
final class JSONBuffer: ManagedBuffer<Void, UInt8> {
    @usableFromInline
    static func make(capacity: Int) -> JSONBuffer {
        unsafeDowncast(create(minimumCapacity: capacity) { _ in () }, to: JSONBuffer.self)
    }
}
