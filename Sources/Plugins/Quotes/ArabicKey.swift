/// Folding and hashing of words for lexicon look-ups, shared by the `quotes` and `attributions`
/// plugins.
///
/// The fold is the shared ``ArabicLetterFold`` (diacritics, tatweel and bidi controls dropped;
/// أ إ آ ٱ → ا, ى ئ → ي, ؤ → و, ة → ه; Persian ی ک → ي ك; Arabic-Indic digits → ASCII), with
/// Latin capitals lower-cased and the soft hyphen and embedding controls dropped as well. A key is the 64-bit FNV-1a hash of the folded UTF-16 units, taken from
/// the last unit to the first: the keys of a word without its leading clitics (وبال…) are then
/// the intermediate states of the one pass that hashes the whole word (see ``TokenView``).
public enum ArabicKey {
    /// The folded form of one UTF-16 unit, or nil when the unit is dropped.
    @inline(__always)
    public static func fold(_ u: UInt16) -> UInt16? {
        if u < 0x80 { return u &- 0x41 < 26 ? u + 0x20 : u }
        if u &- 0x0600 < 0x100 {
            let f = lowBlock[Int(u)]
            return f == dropped ? nil : f
        }
        return foldOther(u)
    }

    /// Folds of U+0000–U+06FF (Latin, and the Arabic block), ``dropped`` for dropped units: one
    /// load per unit of most texts.
    static let lowBlock: [UInt16] = (0..<0x700).map { foldOther(UInt16($0)) ?? dropped }

    /// The ``lowBlock`` entry of a dropped unit (U+FFFF is not a character, and is beyond the table).
    static let dropped: UInt16 = 0xFFFF

    private static func foldOther(_ u: UInt16) -> UInt16? {
        switch u {
        case 0x00AD, 0x202A...0x202E: nil
        case 0x41...0x5A: u + 0x20
        default: ArabicLetterFold.fold(u)
        }
    }

    /// The hash of the empty string (start value).
    public static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds one folded unit to a hash (FNV-1a over 16-bit units).
    @inline(__always)
    public static func mix(_ h: UInt64, _ u: UInt16) -> UInt64 {
        (h ^ UInt64(u)) &* 0x0000_0100_0000_01B3
    }

    /// The key of a string (folds it first).
    public static func key(_ s: some StringProtocol) -> UInt64 { key(scalars: s.unicodeScalars) }

    /// The key of a string's Unicode scalars: their UTF-16 units, folded and hashed from the last.
    static func key(scalars: some BidirectionalCollection<Unicode.Scalar>) -> UInt64 {
        var h = empty
        for scalar in scalars.reversed() {
            let v = scalar.value
            if v < 0x10000 {
                if let f = fold(UInt16(v)) { h = mix(h, f) }
            } else {
                // A surrogate pair, low surrogate first (the units from the last).
                let w = v - 0x10000
                for u in [UInt16(0xDC00 + (w & 0x3FF)), UInt16(0xD800 + (w >> 10))] { if let f = fold(u) { h = mix(h, f) } }
            }
        }
        return h
    }

    /// The key of a space-separated phrase, one key per word.
    public static func keys(_ phrase: some StringProtocol) -> [UInt64] {
        phrase.split(whereSeparator: { $0 == " " }).map { key($0) }
    }

    /// The folded string (for comparing names and writing `normalized` fields).
    public static func folded(_ s: some StringProtocol) -> String {
        var out: [UInt16] = []
        out.reserveCapacity(s.utf16.count)
        for u in s.utf16 { if let f = fold(u) { out.append(f) } }
        return String(decoding: out, as: UTF16.self)
    }
}
