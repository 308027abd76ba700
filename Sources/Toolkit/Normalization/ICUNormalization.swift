import CToolkitICU

/// ICU's own normalization of a whole string, without the fast path or alignment: the reference
/// the ``Normalizer`` is tested against, and handy for one-off conversions.
public enum ICUNormalization {
    /// `string` in NFC or NFKC, computed by ICU in one call. `.none` returns it unchanged.
    public static func normalize(_ string: String, form: NormalizationOptions.Form) -> String {
        let icuForm: Int32
        switch form {
        case .none: return string
        case .nfc: icuForm = Int32(TK_NFC)
        case .nfkc: icuForm = Int32(TK_NFKC)
        }
        let src = Array(string.utf16)
        var cap = src.count * 4 + 16
        while true {
            var dst = [UInt16](repeating: 0, count: cap)
            let n = tk_normalize(icuForm, src, Int32(src.count), &dst, Int32(cap))
            if n >= 0 { return String(decoding: dst[0..<Int(n)], as: UTF16.self) }
            if n == Int32.min { return string }
            cap = Int(-n) + 16
        }
    }

    /// The ICU version the toolkit is linked against (e.g. "72.1").
    public static var icuVersion: String { String(cString: tk_icu_version()) }
}
