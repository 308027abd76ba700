import Toolkit

/// The fold the plugins' word lookups share (``NumberFolding`` for `numbers`, ``ArabicKey`` for
/// `quotes` and `attributions`), applied by each on its own so that matching is the same with
/// or without `normalize` in the chain: the letter maps of the normalizer's data
/// (``ArabicFolding``: alef variants → ا, ى ئ ی → ي, ؤ → و, ة → ه, ک → ك, Arabic-Indic and Persian
/// digits → ASCII), and the marks and controls every lookup drops. Each caller adds what only it
/// needs (decimal separators for numbers, Latin case for names).
enum ArabicLetterFold {
    /// The folded unit, nil when the unit is dropped, else the unit itself. The drops are the
    /// harakat, tatweel and the controls found inside news words, fewer than the normalizer's
    /// (``ArabicFolding/diacritics``, ``ArabicFolding/controls``): the lexicons were built and
    /// checked against this set, and a wider one would change what they match.
    @inline(__always)
    static func fold(_ u: UInt16) -> UInt16? {
        switch u {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x200B...0x200F, 0x061C, 0x2066...0x2069, 0xFEFF: nil
        case ..<0x0700: letters[Int(u)]
        default: u
        }
    }

    /// The letter maps over U+0000–U+06FF, where all of them lie.
    private static let letters: [UInt16] = {
        var t = (0..<0x0700).map { UInt16($0) }
        let maps = [ArabicFolding.alef, ArabicFolding.alefMaqsura, ArabicFolding.hamzaSeats, ArabicFolding.tehMarbuta,
                    ArabicFolding.farsi, ArabicFolding.digits]
        for map in maps {
            for (from, to) in map { t[Int(from)] = UInt16(to) }
        }
        return t
    }()
}
