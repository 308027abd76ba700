/// One byte of character classes per BMP code unit, for the fast path's single-load tests.
/// Built once from the readable definitions below; the classes follow UAX #29 word-break
/// properties as ICU applies them.
enum CharTable {
    static let separator: UInt8 = 1
    static let arabicLetter: UInt8 = 2
    static let latinLetter: UInt8 = 4
    static let digit: UInt8 = 8
    static let arabicMark: UInt8 = 16
    static let numberSeparator: UInt8 = 32
    /// Punctuation or symbol that never joins a neighbour at the edge of a chunk.
    static let edge: UInt8 = 64
    /// With `edge`: the mark is a symbol rather than punctuation.
    static let symbol: UInt8 = 128

    static let classes: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x10000)
        func set(_ r: ClosedRange<Int>, _ bits: UInt8) { for c in r { t[c] |= bits } }
        // White space and line ends: ICU always breaks around them. (U+202F is ExtendNumLet.)
        for c in [0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x205F, 0x3000] { t[c] |= separator }
        set(0x09...0x0D, separator)
        set(0x2000...0x200A, separator)
        // Letters the fast path handles (ALetter); presentation forms and tatweel go to ICU.
        set(0x0621...0x063A, arabicLetter); set(0x0641...0x064A, arabicLetter); set(0x066E...0x066F, arabicLetter)
        set(0x0671...0x06D3, arabicLetter); t[0x06D5] |= arabicLetter
        set(0x41...0x5A, latinLetter); set(0x61...0x7A, latinLetter)
        // Numeric.
        set(0x30...0x39, digit); set(0x0660...0x0669, digit); set(0x06F0...0x06F9, digit)
        // Harakat, tanween, shadda, sukun, superscript alef (Extend).
        set(0x064B...0x065F, arabicMark); t[0x0670] |= arabicMark
        // MidNum, MidNumLet and the Arabic decimal separator: a number stays whole across them.
        for c in [0x2C, 0x2E, 0x3B, 0x27, 0x060C, 0x066B, 0x066C, 0x060D, 0x2019, 0x2018, 0x2024,
                  0xFE50, 0xFE52, 0xFE54, 0xFF0C, 0xFF0E, 0xFF1B, 0xFF07] { t[c] |= numberSeparator }
        // Edge punctuation: ASCII punctuation except '_' (ExtendNumLet), and common Arabic and
        // typographic marks.
        for c in 0x21...0x7E where !(0x30...0x39).contains(c) && !(0x41...0x5A).contains(c) && !(0x61...0x7A).contains(c) && c != 0x5F {
            t[c] |= edge
        }
        for c in [0x24, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x60, 0x7C, 0x7E] { t[c] |= symbol }
        for c in [0x060C, 0x061B, 0x061F, 0x066A, 0x066D, 0x06D4, 0xAB, 0xBB, 0x2026, 0x2039, 0x203A, 0xA1, 0xBF, 0xB7, 0x2022, 0x060D] {
            t[c] |= edge
        }
        set(0x2010...0x201F, edge)
        for c in [0xA9, 0xAE, 0xB0, 0xB1, 0xD7, 0xF7, 0x20AC, 0xA3, 0xA5, 0xA2, 0x2122] { t[c] |= edge | symbol }
        return t
    }()
}
