/// What the segmenter saw while scanning, so a ``TokenFilter`` with nothing to fix can skip its
/// pass. A segmenter that cannot tell sets everything (``all``).
public struct TextHints: Sendable, Hashable {
    /// `@` (e-mails, mentions).
    public var at = false
    /// `#` (hashtags).
    public var hash = false
    /// `://` or `www.` (URLs).
    public var url = false
    /// `:` between digits (clock times).
    public var clockColon = false
    /// A token mixing Arabic letters with Latin letters or digits.
    public var mixedScript = false
    /// Where such tokens start (normalized offsets), when the segmenter knows them all; nil
    /// means "look at every token".
    public var mixedScriptAt: [Int]? = []
    /// A number containing the Arabic comma.
    public var arabicCommaInNumber = false
    /// A full stop between two letters (`المعركة.وقال`).
    public var periodInWord = false
    /// A full stop right after a lone Arabic letter (`د.`, an abbreviation or a sentence end).
    public var letterPeriod = false

    public init() {}

    /// Every filter may have work.
    public static var all: TextHints {
        var h = TextHints()
        h.at = true; h.hash = true; h.url = true; h.clockColon = true; h.mixedScript = true; h.arabicCommaInNumber = true; h.periodInWord = true
        h.letterPeriod = true
        h.mixedScriptAt = nil
        return h
    }
}
