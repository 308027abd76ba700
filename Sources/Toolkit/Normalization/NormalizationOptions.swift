/// What the normalizer does: a Unicode normalization form plus independent Arabic folds.
///
/// Start from a ``Profile`` and override single switches, as the CLI does with
/// `--set normalize.profile=search --set normalize.diacritics=false`.
public struct NormalizationOptions: Sendable, Hashable {
    /// Unicode normalization form applied first (ICU). NFKC also decomposes Arabic presentation
    /// forms and lam-alef ligatures.
    public enum Form: String, Sendable, CaseIterable { case none, nfc, nfkc }

    /// Named starting points.
    public enum Profile: String, Sendable, CaseIterable {
        /// Text unchanged.
        case none
        /// NFC only.
        case nfc
        /// NFKC only.
        case nfkc
        /// NFKC and every Arabic fold except hamza seats: the form for matching and search.
        case search
    }

    public var form: Form
    /// Remove tatweel (kashida, U+0640).
    public var tatweel: Bool
    /// Remove harakat, tanween, shadda, sukun, superscript alef (U+0670) and Quranic marks.
    public var diacritics: Bool
    /// Fold alef variants أ إ آ ٱ to bare alef ا.
    public var alef: Bool
    /// Fold alef maqsura ى to ya ي.
    public var alefMaqsura: Bool
    /// Fold ta marbuta ة to ha ه.
    public var tehMarbuta: Bool
    /// Fold hamza seats ؤ → و and ئ → ي. Off in `search`: it merges real word pairs
    /// (مسؤول/مسول is harmless, but سئل/سيل and رئيس/ريس lose readability for little recall).
    public var hamzaSeats: Bool
    /// Map Arabic-Indic (٠–٩) and Extended/Persian (۰–۹) digits to ASCII.
    public var digits: Bool
    /// Map the Arabic decimal and thousands separators ٫ ٬ to `.` and `,`.
    public var separators: Bool
    /// Fold Persian ی and ک to Arabic ي and ك.
    public var farsi: Bool
    /// Remove bidi and format controls (LRM, RLM, ALM, embeddings, isolates, ZWSP, BOM, soft
    /// hyphen); ZWJ/ZWNJ are removed only where they do not sit between two letters, since inside
    /// Persian words they are spelling.
    public var controls: Bool

    public init(profile: Profile = .search) {
        let search = profile == .search
        switch profile {
        case .none: form = .none
        case .nfc: form = .nfc
        case .nfkc, .search: form = .nfkc
        }
        tatweel = search
        diacritics = search
        alef = search
        alefMaqsura = search
        tehMarbuta = search
        hamzaSeats = false
        digits = search
        separators = search
        farsi = search
        controls = search
    }

    /// True when nothing is changed at all.
    public var isIdentity: Bool { self == NormalizationOptions(profile: .none) }

    /// The names of the switches, as used by `--set normalize.<name>=true|false`.
    public static let switchNames: [String] = [
        "tatweel", "diacritics", "alef", "alef_maqsura", "teh_marbuta", "hamza_seats",
        "digits", "separators", "farsi", "controls",
    ]

    /// Sets a switch by its public name. Returns false for an unknown name.
    @discardableResult
    public mutating func set(_ name: String, _ value: Bool) -> Bool {
        switch name {
        case "tatweel": tatweel = value
        case "diacritics": diacritics = value
        case "alef": alef = value
        case "alef_maqsura": alefMaqsura = value
        case "teh_marbuta": tehMarbuta = value
        case "hamza_seats": hamzaSeats = value
        case "digits": digits = value
        case "separators": separators = value
        case "farsi": farsi = value
        case "controls": controls = value
        default: return false
        }
        return true
    }

    /// Reads a switch by its public name.
    public func value(of name: String) -> Bool? {
        switch name {
        case "tatweel": tatweel
        case "diacritics": diacritics
        case "alef": alef
        case "alef_maqsura": alefMaqsura
        case "teh_marbuta": tehMarbuta
        case "hamza_seats": hamzaSeats
        case "digits": digits
        case "separators": separators
        case "farsi": farsi
        case "controls": controls
        default: nil
        }
    }
}
