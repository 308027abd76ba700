/// A fast, allocation-light JSON writer into a byte buffer, with deterministic key order.
///
/// Used for every output record; the JSONL contract needs exactly one line per document, so
/// strings are always escaped (no raw newlines).
public struct JSONWriter: Sendable {
    public var bytes: [UInt8]
    /// Whether a comma is due before the next value, per nesting level.
    @usableFromInline var needsComma: [Bool] = [false]

    public init(capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    @inlinable
    mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) } else { needsComma[needsComma.count - 1] = true }
    }

    public mutating func beginObject() { separator(); bytes.append(0x7B); needsComma.append(false) }
    public mutating func endObject() { needsComma.removeLast(); bytes.append(0x7D) }
    public mutating func beginArray() { separator(); bytes.append(0x5B); needsComma.append(false) }
    public mutating func endArray() { needsComma.removeLast(); bytes.append(0x5D) }

    /// Writes an object key; the next write is its value.
    public mutating func key(_ k: StaticString) {
        separator()
        bytes.append(0x22)
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22); bytes.append(0x3A)
        needsComma[needsComma.count - 1] = false
    }

    /// Writes a dynamic object key (escaped).
    public mutating func key(_ k: String) {
        separator()
        writeEscaped(k)
        bytes.append(0x3A)
        needsComma[needsComma.count - 1] = false
    }

    /// Ends a key/value pair: the next key needs a comma.
    @inlinable
    mutating func valueWritten() { needsComma[needsComma.count - 1] = true }

    public mutating func string(_ s: String) { separator(); writeEscaped(s); valueWritten() }

    /// Writes a string from UTF-8 bytes (already valid).
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        separator(); writeEscaped(utf8: utf8); valueWritten()
    }

    /// Writes a string from UTF-16 units.
    public mutating func string(utf16: UnsafeBufferPointer<UInt16>) {
        separator()
        bytes.append(0x22)
        var i = 0
        while i < utf16.count {
            let u = UInt32(utf16[i])
            if u < 0x80 {
                escapeASCII(UInt8(u))
            } else if u < 0x800 {
                bytes.append(UInt8(0xC0 | u >> 6)); bytes.append(UInt8(0x80 | u & 0x3F))
            } else if (0xD800...0xDBFF).contains(u), i + 1 < utf16.count, (0xDC00...0xDFFF).contains(UInt32(utf16[i + 1])) {
                let cp = 0x10000 + ((u - 0xD800) << 10) + (UInt32(utf16[i + 1]) - 0xDC00)
                bytes.append(UInt8(0xF0 | cp >> 18)); bytes.append(UInt8(0x80 | cp >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | cp >> 6 & 0x3F)); bytes.append(UInt8(0x80 | cp & 0x3F))
                i += 1
            } else {
                let cp = (0xD800...0xDFFF).contains(u) ? 0xFFFD : u
                bytes.append(UInt8(0xE0 | cp >> 12)); bytes.append(UInt8(0x80 | cp >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | cp & 0x3F))
            }
            i += 1
        }
        bytes.append(0x22)
        valueWritten()
    }

    public mutating func int(_ v: Int) {
        separator()
        if v == 0 { bytes.append(0x30); valueWritten(); return }
        var x = v.magnitude
        if v < 0 { bytes.append(0x2D) }
        var tmp: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                  UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &tmp) { buf in
            while x > 0 { buf[n] = UInt8(0x30 + x % 10); x /= 10; n += 1 }
            for k in stride(from: n - 1, through: 0, by: -1) { bytes.append(buf[k]) }
        }
        valueWritten()
    }

    /// Writes a number; integral values print without a fraction (`40000`, not `40000.0`).
    public mutating func double(_ v: Double) {
        guard v.isFinite else { null(); return }
        if v == v.rounded(), abs(v) < 9.0e15 { int(Int(v)); return }
        separator()
        bytes.append(contentsOf: Array(v.description.utf8))
        valueWritten()
    }

    public mutating func bool(_ v: Bool) {
        separator()
        bytes.append(contentsOf: v ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65])
        valueWritten()
    }

    public mutating func null() { separator(); bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]); valueWritten() }

    /// Appends already-encoded JSON as one value.
    public mutating func raw(_ json: [UInt8]) { separator(); bytes.append(contentsOf: json); valueWritten() }

    // Convenience: key + value.
    public mutating func field(_ k: StaticString, _ v: String) { key(k); string(v) }
    public mutating func field(_ k: StaticString, _ v: Int) { key(k); int(v) }
    public mutating func field(_ k: StaticString, _ v: Double) { key(k); double(v) }
    public mutating func field(_ k: StaticString, _ v: Bool) { key(k); bool(v) }
    public mutating func field(_ k: StaticString, _ v: String?) { key(k); if let v { string(v) } else { null() } }
    public mutating func field(_ k: StaticString, _ v: Int?) { key(k); if let v { int(v) } else { null() } }
    public mutating func field(_ k: StaticString, _ v: Double?) { key(k); if let v { double(v) } else { null() } }

    private mutating func writeEscaped(_ s: String) {
        var s = s
        s.withUTF8 { writeEscaped(utf8: $0) }
    }

    private mutating func writeEscaped(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        var runStart = 0
        for i in 0..<utf8.count {
            let b = utf8[i]
            if b < 0x20 || b == 0x22 || b == 0x5C {
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                escapeASCII(b)
                runStart = i + 1
            }
        }
        if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        bytes.append(0x22)
    }

    @inline(__always)
    private mutating func escapeASCII(_ b: UInt8) {
        switch b {
        case 0x22: bytes.append(0x5C); bytes.append(0x22)
        case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
        case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
        case 0x0D: bytes.append(0x5C); bytes.append(0x72)
        case 0x09: bytes.append(0x5C); bytes.append(0x74)
        case 0x00..<0x20:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        default: bytes.append(b)
        }
    }
}
