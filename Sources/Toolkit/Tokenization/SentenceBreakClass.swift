import CToolkitICU

/// Unicode Sentence_Break classes the sentence fast path needs, per BMP code unit, read from
/// ICU's own property data once.
enum SentenceBreakClass {
    // USentenceBreak values.
    static let aTerm: UInt8 = 1, close: UInt8 = 2, format: UInt8 = 3, lower: UInt8 = 4, numeric: UInt8 = 5
    static let oLetter: UInt8 = 6, sep: UInt8 = 7, sp: UInt8 = 8, sTerm: UInt8 = 9, upper: UInt8 = 10
    static let cr: UInt8 = 11, extend: UInt8 = 12, lf: UInt8 = 13, sContinue: UInt8 = 14
    /// Not a USentenceBreak value: a surrogate, whose class needs the whole code point.
    static let surrogate: UInt8 = 255

    static let table: [UInt8] = (0..<0x10000 as Range<UInt32>).map { cp in
        (0xD800...0xDFFF).contains(cp) ? surrogate : UInt8(truncatingIfNeeded: tk_sentence_break(cp))
    }

    /// The classes the sentence scan stops at: terminators, closing marks (quotes), separators
    /// and surrogates. Every other class only matters next to a terminator.
    @inline(__always)
    static func stopsScan(_ c: UInt8) -> Bool {
        c == aTerm || c == sTerm || c == close || c == sep || c == cr || c == lf || c == surrogate
    }

    /// The same table with every class the sentence scan can skip set to 0.
    static let interesting: [UInt8] = table.map { stopsScan($0) ? $0 : 0 }

    /// The class of the code point at `i`, reading surrogate pairs whole.
    @inline(__always)
    static func of(_ u: UnsafeBufferPointer<UInt16>, _ i: Int, _ t: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let c = t[Int(u[i])]
        guard c == surrogate else { return c }
        if (0xD800...0xDBFF).contains(u[i]), i + 1 < u.count, (0xDC00...0xDFFF).contains(u[i + 1]) {
            let cp = 0x10000 + ((UInt32(u[i]) - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00)
            return UInt8(truncatingIfNeeded: tk_sentence_break(cp))
        }
        if (0xDC00...0xDFFF).contains(u[i]), i > 0, (0xD800...0xDBFF).contains(u[i - 1]) { return of(u, i - 1, t) }
        return 0
    }
}
