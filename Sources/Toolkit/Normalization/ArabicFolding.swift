/// The character data behind the Arabic folds: which code points each switch touches and
/// what they become. Kept as plain tables so a reader can check them against the Unicode charts.
public enum ArabicFolding {
    /// What a fold does to one code point.
    public enum Action: Sendable, Equatable {
        /// Remove, and let the previous character's span absorb it (marks belong to their letter).
        case removeMark
        /// Remove without attaching to a neighbour (invisible controls belong to no word).
        case removeControl
        /// Replace by another code point.
        case replace(UInt32)
        /// ZWJ/ZWNJ: kept between two letters, removed elsewhere.
        case joiner
    }

    /// Tatweel (kashida).
    public static let tatweel: [ClosedRange<UInt32>] = [0x0640...0x0640]

    /// Harakat, tanween, shadda, sukun, hamza marks (U+064B–U+065F), superscript alef U+0670,
    /// Quranic annotation marks, and the Extended-A marks.
    public static let diacritics: [ClosedRange<UInt32>] = [
        0x0610...0x061A, 0x064B...0x065F, 0x0670...0x0670, 0x06D6...0x06DC,
        0x06DF...0x06E4, 0x06E7...0x06E8, 0x06EA...0x06ED, 0x08D3...0x08E1, 0x08E3...0x08FF,
    ]

    /// Alef variants → bare alef: أ إ آ ٱ and the wavy-hamza forms ٲ ٳ.
    public static let alef: [UInt32: UInt32] = [
        0x0623: 0x0627, 0x0625: 0x0627, 0x0622: 0x0627, 0x0671: 0x0627, 0x0672: 0x0627, 0x0673: 0x0627,
    ]
    /// ى → ي
    public static let alefMaqsura: [UInt32: UInt32] = [0x0649: 0x064A]
    /// ة → ه
    public static let tehMarbuta: [UInt32: UInt32] = [0x0629: 0x0647]
    /// ؤ → و, ئ → ي
    public static let hamzaSeats: [UInt32: UInt32] = [0x0624: 0x0648, 0x0626: 0x064A]
    /// ٫ → . and ٬ → ,
    public static let separators: [UInt32: UInt32] = [0x066B: 0x2E, 0x066C: 0x2C]
    /// Persian ی → ي, ک → ك
    public static let farsi: [UInt32: UInt32] = [0x06CC: 0x064A, 0x06A9: 0x0643]

    /// Arabic-Indic and Extended (Persian) digits → ASCII.
    public static let digits: [UInt32: UInt32] = {
        var map: [UInt32: UInt32] = [:]
        for d in 0..<10 as Range<UInt32> {
            map[0x0660 + d] = 0x30 + d
            map[0x06F0 + d] = 0x30 + d
        }
        return map
    }()

    /// Bidi and format controls: LRM, RLM, ALM, LRE…RLO (U+202A–202E), isolates (U+2066–2069),
    /// ZWSP, word joiner, BOM and soft hyphen.
    public static let controls: [ClosedRange<UInt32>] = [
        0x200E...0x200F, 0x061C...0x061C, 0x202A...0x202E, 0x2066...0x2069,
        0x200B...0x200B, 0x2060...0x2060, 0xFEFF...0xFEFF, 0x00AD...0x00AD,
    ]
    /// ZWNJ and ZWJ.
    public static let joiners: [ClosedRange<UInt32>] = [0x200C...0x200D]

    /// Every code point the enabled folds touch, with its action. When two folds name the same
    /// code point the earlier one in this order wins: removals, controls, then replacements.
    public static func actions(options o: NormalizationOptions) -> [UInt32: Action] {
        var result: [UInt32: Action] = [:]
        func add(_ cp: UInt32, _ a: Action) { if result[cp] == nil { result[cp] = a } }
        func add(_ ranges: [ClosedRange<UInt32>], _ a: Action) { for r in ranges { for cp in r { add(cp, a) } } }
        if o.tatweel { add(tatweel, .removeMark) }
        if o.diacritics { add(diacritics, .removeMark) }
        if o.controls { add(controls, .removeControl); add(joiners, .joiner) }
        let maps: [(Bool, [UInt32: UInt32])] = [
            (o.alef, alef), (o.alefMaqsura, alefMaqsura), (o.tehMarbuta, tehMarbuta),
            (o.hamzaSeats, hamzaSeats), (o.digits, digits), (o.separators, separators), (o.farsi, farsi),
        ]
        for (on, map) in maps where on {
            for (from, to) in map { add(from, .replace(to)) }
        }
        return result
    }

    /// The action of the enabled folds on one code point, or nil when it is left alone.
    public static func action(for cp: UInt32, options o: NormalizationOptions) -> Action? {
        actions(options: o)[cp]
    }
}
