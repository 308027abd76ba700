/// UTF-8 validation and repair over raw bytes.
enum UTF8Validation {
    /// The number of scalars when `bytes` is well-formed UTF-8, else nil. Validation is the
    /// standard library's (vectorized); counting is a branch-free pass.
    static func scalarCountIfValid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buf -> Int? in
            guard let p = buf.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(p)
            let n = buf.count
            var i = 0, count = 0
            while i < n {
                if i + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    // Eight ASCII bytes.
                    if w & 0x8080_8080_8080_8080 == 0 { i += 8; count += 8; continue }
                    // Four two-byte sequences (most of Arabic text): 110xxxxx 10xxxxxx with a lead
                    // of at least 0xC2 (no overlong forms).
                    if w & 0xC0E0_C0E0_C0E0_C0E0 == 0x80C0_80C0_80C0_80C0,
                       w & 0x001E_001E_001E_001E & 0x001E_0000_0000_0000 != 0,
                       w & 0x0000_001E_0000_0000 != 0, w & 0x0000_0000_001E_0000 != 0, w & 0x0000_0000_0000_001E != 0 {
                        i += 8; count += 4
                        continue
                    }
                }
                let b = p[i]
                if b < 0x80 { i += 1; count += 1; continue }
                if b < 0xC2 { return nil }  // continuation byte or overlong lead
                if b < 0xE0 {
                    guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return nil }
                    i += 2
                } else if b < 0xF0 {
                    guard i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return nil }
                    // Overlong forms and UTF-16 surrogates.
                    if b == 0xE0 && p[i + 1] < 0xA0 || b == 0xED && p[i + 1] >= 0xA0 { return nil }
                    i += 3
                } else if b < 0xF5 {
                    guard i + 3 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return nil }
                    // Overlong forms and values past U+10FFFF.
                    if b == 0xF0 && p[i + 1] < 0x90 || b == 0xF4 && p[i + 1] >= 0x90 { return nil }
                    i += 4
                } else {
                    return nil
                }
                count += 1
            }
            return count
        }
    }

    /// Scalars in valid UTF-8: every byte that is not a continuation byte starts one.
    /// Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear.
    static func scalarCount(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buf.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var continuation = 0
        var i = 0
        let n = buf.count
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            continuation &+= (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < n {
            if base[i] & 0xC0 == 0x80 { continuation &+= 1 }
            i += 1
        }
        return n - continuation
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
