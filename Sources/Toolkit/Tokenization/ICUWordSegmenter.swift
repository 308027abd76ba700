import CToolkitICU

/// Cuts normalized text into raw tokens with ICU's word break rules and classifies them from
/// ICU's rule status. Whitespace and invisible format characters are dropped.
public final class ICUWordSegmenter {
    private let breaker: BreakIterator

    public init(locale: String = "ar") throws {
        breaker = try BreakIterator(.word, locale: locale)
    }

    public func segment(_ text: NormalizedText) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5 + 1)
        text.utf16.withUnsafeBufferPointer { u in segment(text, u, 0..<u.count, into: &tokens) }
        return tokens
    }

    /// Segments one range of the text (which must start and end at word boundaries) and appends
    /// its tokens.
    func segment(_ text: NormalizedText, _ u: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, into tokens: inout [Token]) {
        breaker.segment(UnsafeBufferPointer(rebasing: u[range]))
        let base = range.lowerBound
        breaker.ends.withUnsafeBufferPointer { ends in
                breaker.statuses.withUnsafeBufferPointer { statuses in
                    var start = base
                    for k in 0..<breaker.count {
                        let end = base + Int(ends[k])
                        let status = statuses[k]
                        defer { start = end }
                        let kind: TokenKind
                        if status >= Int32(TK_WORD_NUMBER_LIMIT) {
                            kind = .word
                        } else if status >= Int32(TK_WORD_NONE_LIMIT) {
                            kind = .number
                        } else {
                            guard let k = Self.classifyOther(u, start, end) else { continue }
                            kind = k
                        }
                        tokens.append(Token(span: text.originalSpan(start..<end), normRange: start..<end, kind: kind))
                    }
                }
        }
    }

    /// Kind of a segment ICU did not mark as word or number; nil for whitespace and invisibles.
    @inline(__always)
    static func classifyOther(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> TokenKind? {
        let first = u[start]
        if first < 0x80 {
            if first <= 0x20 || first == 0x7F {
                // ICU groups runs of white space; a run may hold only spaces and controls.
                for i in start..<end where u[i] > 0x20 && u[i] != 0x7F { return classifySlow(u, i, end) }
                return nil
            }
            return CharClass.isPunctuation(UInt32(first)) ? .punct : .symbol
        }
        return classifySlow(u, start, end)
    }

    static func classifySlow(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> TokenKind? {
        var i = start
        while i < end {
            var cp = UInt32(u[i])
            if (0xD800...0xDBFF).contains(cp), i + 1 < end {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00)
            }
            let t = tk_char_type(cp)
            // Skip separators (12–14), controls (15), format characters (16) and marks (6–8).
            if !(12...16).contains(t) && !(6...8).contains(t) {
                if (1...5).contains(t) { return .word }
                if (9...11).contains(t) { return .number }
                return CharClass.isPunctuation(cp) ? .punct : .symbol
            }
            i += cp > 0xFFFF ? 2 : 1
        }
        return nil
    }
}
