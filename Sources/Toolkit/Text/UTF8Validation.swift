/// UTF-8 validation and repair over raw bytes.
enum UTF8Validation {
    /// The number of scalars when `bytes` is well-formed UTF-8, else nil.
    static func scalarCountIfValid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buf -> Int? in
            var i = 0
            var count = 0
            let n = buf.count
            while i < n {
                let b = buf[i]
                if b < 0x80 { i += 1; count += 1; continue }
                let len: Int
                var cp: UInt32
                if b & 0xE0 == 0xC0 { len = 2; cp = UInt32(b & 0x1F) }
                else if b & 0xF0 == 0xE0 { len = 3; cp = UInt32(b & 0x0F) }
                else if b & 0xF8 == 0xF0 { len = 4; cp = UInt32(b & 0x07) }
                else { return nil }
                if i + len > n { return nil }
                for k in 1..<len {
                    let c = buf[i + k]
                    if c & 0xC0 != 0x80 { return nil }
                    cp = cp << 6 | UInt32(c & 0x3F)
                }
                // Overlong forms, surrogates and values past U+10FFFF are ill-formed.
                switch len {
                case 2 where cp < 0x80: return nil
                case 3 where cp < 0x800 || (0xD800...0xDFFF).contains(cp): return nil
                case 4 where cp < 0x10000 || cp > 0x10FFFF: return nil
                default: break
                }
                i += len
                count += 1
            }
            return count
        }
    }

    /// Replaces each maximal ill-formed subsequence with U+FFFD (the standard's practice, as
    /// Swift's own decoder does) and counts the replacements.
    static func repair(_ bytes: [UInt8]) -> ([UInt8], Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var replacements = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                UTF8.encode(scalar) { out.append($0) }
            case .emptyInput:
                break loop
            case .error:
                replacements += 1
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            }
        }
        return (out, replacements)
    }
}
