/// UTF-16 to UTF-8 one scalar at a time, for writers that interleave it with their own work
/// (JSON escaping, a table of offsets).
public enum UTF16Transcoding {
    /// Writes the UTF-8 of the scalar that starts at `units[i]` at `out`, a lone surrogate as
    /// U+FFFD, and returns how many bytes it wrote and how many units it read (2 for a pair).
    @inlinable @inline(__always)
    public static func encode(_ units: UnsafeBufferPointer<UInt16>, at i: Int,
                              into out: UnsafeMutablePointer<UInt8>) -> (bytes: Int, units: Int) {
        let c = UInt32(units[i])
        if c < 0x80 {
            out[0] = UInt8(c)
            return (1, 1)
        }
        if c < 0x800 {
            out[0] = UInt8(0xC0 | c >> 6)
            out[1] = UInt8(0x80 | c & 0x3F)
            return (2, 1)
        }
        if c & 0xFC00 == 0xD800, i + 1 < units.count, UInt32(units[i + 1]) & 0xFC00 == 0xDC00 {
            let cp = 0x10000 + ((c - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00)
            out[0] = UInt8(0xF0 | cp >> 18)
            out[1] = UInt8(0x80 | cp >> 12 & 0x3F)
            out[2] = UInt8(0x80 | cp >> 6 & 0x3F)
            out[3] = UInt8(0x80 | cp & 0x3F)
            return (4, 2)
        }
        let cp = c & 0xF800 == 0xD800 ? 0xFFFD : c
        out[0] = UInt8(0xE0 | cp >> 12)
        out[1] = UInt8(0x80 | cp >> 6 & 0x3F)
        out[2] = UInt8(0x80 | cp & 0x3F)
        return (3, 1)
    }
}
