/// Abbreviations written as a lone Arabic letter and a full stop before a name: `د.` (doctor),
/// `م.` (engineer), `أ.` (professor), chained as `أ.د.`. Such a period neither ends a sentence
/// (``SentenceSplitter``) nor stands apart from its letter (``AbbreviationFilter``).
public enum ArabicAbbreviation {
    /// True when the full stop at `p` closes an abbreviation: the letter before it stands alone
    /// (after the start of the text, white space or another such period), and an Arabic letter
    /// follows after spaces, if any. A letter after a number is a unit (`عام 2015 م.`), and
    /// the period after it may end a sentence.
    public static func isAbbreviationPeriod(_ p: Int, _ u: UnsafeBufferPointer<UInt16>) -> Bool {
        guard p >= 1, p < u.count, u[p] == 0x2E, CharClass.isArabicLetterFast(u[p - 1]) else { return false }
        var next = p + 1
        while next < u.count, isSpace(u[next]) { next += 1 }
        guard next < u.count, CharClass.isArabicLetterFast(u[next]) else { return false }
        let before = p - 2
        if before < 0 || u[before] == 0x2E { return true }
        guard isSpace(u[before]) else { return false }
        return before == 0 || !CharClass.isDigit(u[before - 1])
    }

    /// The spaces that may stand between an abbreviation and its name (not a line break).
    @inline(__always)
    static func isSpace(_ c: UInt16) -> Bool { c == 0x20 || c == 0xA0 }
}
