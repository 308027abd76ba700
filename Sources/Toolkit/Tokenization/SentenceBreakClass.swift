import CToolkitICU

/// Unicode Sentence_Break classes as the sentence fast path reads them (per BMP code unit from
/// ``SentenceBreakTable``), and the units it can pass without reading.
enum SentenceBreakClass {
    // USentenceBreak values.
    static let aTerm: UInt8 = 1, close: UInt8 = 2, format: UInt8 = 3, lower: UInt8 = 4, numeric: UInt8 = 5
    static let oLetter: UInt8 = 6, sep: UInt8 = 7, sp: UInt8 = 8, sTerm: UInt8 = 9, upper: UInt8 = 10
    static let cr: UInt8 = 11, extend: UInt8 = 12, lf: UInt8 = 13, sContinue: UInt8 = 14
    /// Not a USentenceBreak value: a surrogate, whose class needs the whole code point.
    static let surrogate: UInt8 = 255

    /// The classes the sentence scan stops at: terminators, closing marks (quotes), separators
    /// and surrogates. Every other class only matters next to a terminator.
    @inline(__always)
    static func stopsScan(_ c: UInt8) -> Bool {
        c == aTerm || c == sTerm || c == close || c == sep || c == cr || c == lf || c == surrogate
    }

    /// Units the scan passes eight at a time, the bulk of Arabic news: the space, and the Arabic
    /// block U+0620–U+06D3, from its letters to just before U+06D4 ARABIC FULL STOP (letters,
    /// marks, digits, ٪ ٫ ٬ ٭; none of them stops the scan, which a test checks against ICU's
    /// classes).
    static let plainSpace: UInt16 = 0x20
    static let plainArabic: ClosedRange<UInt16> = 0x0620...0x06D3

    /// Bit 15 set in each lane that is neither `plainSpace` nor in `plainArabic`.
    @inline(__always)
    private static func notPlain(_ v: SIMD8<UInt16>) -> SIMD8<UInt16> {
        // Lane-wise compares in plain arithmetic, which compiles to a few vector instructions:
        // bit 15 of `outside` is set where v - 0x0620 wraps or reaches the range's length, bit 15
        // of `notSpace` where v differs from the space.
        let d = v &- plainArabic.lowerBound
        let outside = d | (d &+ (0x8000 - (plainArabic.upperBound - plainArabic.lowerBound + 1)))
        let s = v ^ plainSpace
        let notSpace = s | (0 &- s)
        return outside & notSpace & 0x8000
    }

    /// True when none of eight units stops the scan (each is `plainSpace` or in `plainArabic`).
    @inline(__always)
    static func arePlain(_ v: SIMD8<UInt16>) -> Bool {
        let words = unsafeBitCast(notPlain(v), to: SIMD2<UInt64>.self)
        return words[0] | words[1] == 0
    }

    /// The class of the code point at `i`, reading surrogate pairs whole (a lone surrogate is
    /// Other).
    @inline(__always)
    static func of(_ u: UnsafeBufferPointer<UInt16>, _ i: Int, _ t: SentenceBreakTable) -> UInt8 {
        let c = t[u[i]]
        guard c == surrogate else { return c }
        let lead = UTF16.isTrailSurrogate(u[i]) ? i - 1 : i
        guard lead >= 0, lead + 1 < u.count, UTF16.isLeadSurrogate(u[lead]), UTF16.isTrailSurrogate(u[lead + 1]) else {
            return 0
        }
        let cp = 0x10000 + ((UInt32(u[lead]) - 0xD800) << 10) + (UInt32(u[lead + 1]) - 0xDC00)
        return UInt8(truncatingIfNeeded: tk_sentence_break(cp))
    }
}
