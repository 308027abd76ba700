import CToolkitICU

/// Fast character classes over UTF-16 units for the tokenizer's fixes. ASCII and the Arabic
/// block are answered inline; everything else asks ICU.
public enum CharClass {
    /// ASCII or Arabic-Indic or Extended Arabic-Indic decimal digit.
    @inline(__always)
    public static func isDigit(_ u: UInt16) -> Bool {
        (0x30...0x39).contains(u) || (0x0660...0x0669).contains(u) || (0x06F0...0x06F9).contains(u)
    }

    /// Letters of the Arabic script (Arabic, Supplement, Extended-A, presentation forms).
    @inline(__always)
    public static func isArabicLetter(_ u: UInt16) -> Bool {
        (0x0620...0x064A).contains(u) || (0x066E...0x06D3).contains(u) || u == 0x06D5
            || (0x06EE...0x06EF).contains(u) || (0x06FA...0x06FF).contains(u) || (0x0750...0x077F).contains(u)
            || (0x08A0...0x08C9).contains(u) || (0xFB50...0xFDFF).contains(u) || (0xFE70...0xFEFC).contains(u)
            || u == 0x0640
    }

    /// Arabic letters ICU treats as ALetter in words, without presentation forms or tatweel:
    /// the fast path's notion of a letter (anything rarer goes to ICU).
    @inline(__always)
    public static func isArabicLetterFast(_ u: UInt16) -> Bool {
        (0x0621...0x063A).contains(u) || (0x0641...0x064A).contains(u) || (0x066E...0x066F).contains(u)
            || (0x0671...0x06D3).contains(u) || u == 0x06D5
    }

    @inline(__always)
    public static func isASCIILetter(_ u: UInt16) -> Bool { ((u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A) }

    /// A letter of a script other than Arabic (Latin, Cyrillic, Greek, …), per ICU.
    @inline(__always)
    public static func isOtherLetter(_ u: UInt16) -> Bool {
        if u < 0x80 { return isASCIILetter(u) }
        if isArabicLetter(u) || (0x0600...0x06FF).contains(u) { return false }
        return tk_is_alphabetic(UInt32(u)) != 0
    }

    @inline(__always)
    public static func isSpace(_ u: UInt16) -> Bool {
        u == 0x20 || (0x09...0x0D).contains(u) || u == 0xA0 || u == 0x1680 || (0x2000...0x200A).contains(u)
            || u == 0x2028 || u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000 || u == 0x85
    }

    /// Punctuation (Unicode general category P*) as opposed to symbols (S*).
    public static func isPunctuation(_ cp: UInt32) -> Bool {
        if cp < 0x80 {
            // ASCII symbols: $ + < = > ^ ` | ~ ; everything else printable and non-alphanumeric is punctuation.
            switch UInt8(cp) {
            case 0x24, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x60, 0x7C, 0x7E: return false
            default: return true
            }
        }
        // ICU UCharCategory: 19…23 are Pd Ps Pe Pc Po, 28 Pi, 29 Pf.
        let t = tk_char_type(cp)
        return (19...23).contains(t) || t == 28 || t == 29
    }
}
