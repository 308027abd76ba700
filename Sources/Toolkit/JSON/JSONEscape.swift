/// The escapes of JSON strings (RFC 8259 §7), decoded to UTF-8 in one place for the document
/// reader (``JSONString``) and the CLI's record parser.
public enum JSONEscape {
    /// Appends the UTF-8 of the escape whose letter is at `p[i]` (the byte after the backslash)
    /// to `out` and returns the index after the escape, or nil when it is malformed (an unknown
    /// letter, or `\u` without four hex digits). A `\u` high surrogate followed by a `\u` low
    /// surrogate is one scalar; a lone surrogate becomes U+FFFD.
    @inlinable
    public static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int, into out: inout [UInt8]) -> Int? {
        guard i < p.count else { return nil }
        switch p[i] {
        case 0x22, 0x5C, 0x2F: out.append(p[i])
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x6E: out.append(0x0A)
        case 0x72: out.append(0x0D)
        case 0x74: out.append(0x09)
        case 0x75:
            guard var scalar = hex4(p, at: i + 1) else { return nil }
            var next = i + 5
            if (0xD800...0xDBFF).contains(scalar), next + 1 < p.count, p[next] == 0x5C, p[next + 1] == 0x75,
               let low = hex4(p, at: next + 2), (0xDC00...0xDFFF).contains(low) {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                next += 6
            }
            UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { out.append($0) }
            return next
        default: return nil
        }
        return i + 1
    }

    /// The value of the four hex digits at `p[i]`, or nil.
    @inlinable
    static func hex4(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
        guard i + 4 <= p.count else { return nil }
        var v: UInt32 = 0
        for k in i..<i + 4 {
            guard let d = hexValue(p[k]) else { return nil }
            v = v << 4 | UInt32(d)
        }
        return v
    }

    /// The value of one hex digit, or nil.
    @inlinable
    public static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x41...0x46: c - 0x41 + 10
        case 0x61...0x66: c - 0x61 + 10
        default: nil
        }
    }
}
