/// Sentence spans: ICU sentence break plus the quirks of Arabic news.
///
/// - `., ` (a period glued to a comma, common in scraped Arabic news) ends a sentence; ICU
///   reads it as a continuation.
/// - A boundary inside a quotation that closes later in the same paragraph is dropped, so a
///   quoted speech of several sentences stays in the sentence that introduces it.
/// - Numbers such as `1.5` are never split (ICU's rule SB6), paragraph breaks always split.
/// One instance per worker (it owns an ICU iterator).
public final class SentenceSplitter {
    private let breaker: BreakIterator
    /// Longest quotation (UTF-16 units) inside which boundaries are dropped.
    public var maxQuoteLength = 600

    public init(locale: String = "ar") throws {
        breaker = try BreakIterator(.sentence, locale: locale)
    }

    public func split(_ text: NormalizedText) -> [TextSpan] {
        let n = text.count
        guard n > 0 else { return [] }
        breaker.segment(text.utf16)
        var cuts: [Int] = (0..<breaker.count).map { Int(breaker.ends[$0]) }
        text.utf16.withUnsafeBufferPointer { u in
            cuts.append(contentsOf: periodCommaCuts(u))
            cuts.sort()
            cuts = removingCutsInsideQuotes(u, cuts)
        }
        cuts.append(n)
        var spans: [TextSpan] = []
        var start = 0
        text.utf16.withUnsafeBufferPointer { u in
            for end in cuts where end > start {
                var s = start, e = end
                while s < e, CharClass.isSpace(u[s]) || u[s] < 0x20 { s += 1 }
                while e > s, CharClass.isSpace(u[e - 1]) || u[e - 1] < 0x20 { e -= 1 }
                if s < e { spans.append(text.originalSpan(s..<e)) }
                start = end
            }
        }
        return spans
    }

    /// After `.,` followed by white space, cut before the next word.
    private func periodCommaCuts(_ u: UnsafeBufferPointer<UInt16>) -> [Int] {
        var cuts: [Int] = []
        var i = 0
        while i + 2 < u.count {
            if u[i] == 0x2E, u[i + 1] == 0x2C || u[i + 1] == 0x060C, CharClass.isSpace(u[i + 2]) {
                var j = i + 2
                while j < u.count, CharClass.isSpace(u[j]) { j += 1 }
                cuts.append(j)
                i = j
            } else {
                i += 1
            }
        }
        return cuts
    }

    /// Tracks quotation marks per paragraph and drops sorted `cuts` that fall inside a quotation
    /// which closes in the same paragraph within `maxQuoteLength`.
    private func removingCutsInsideQuotes(_ u: UnsafeBufferPointer<UInt16>, _ cuts: [Int]) -> [Int] {
        var open: Int? = nil
        var guillemetDepth = 0
        var quoted: [Range<Int>] = []
        for i in 0..<u.count {
            let c = u[i]
            switch c {
            case 0x0A, 0x0D, 0x2029:
                open = nil; guillemetDepth = 0
            case 0x22, 0x201C, 0x201D, 0x201E:
                // Arabic news opens with either curly mark, so double quotes toggle.
                if guillemetDepth == 0 {
                    if let o = open { quoted.append(o..<i); open = nil } else { open = i }
                }
            case 0xAB:
                if guillemetDepth == 0 { open = i }
                guillemetDepth += 1
            case 0xBB:
                if guillemetDepth > 0 {
                    guillemetDepth -= 1
                    if guillemetDepth == 0, let o = open { quoted.append(o..<i); open = nil }
                }
            default: break
            }
        }
        quoted.removeAll { $0.count > maxQuoteLength }
        guard !quoted.isEmpty else { return cuts }
        var kept: [Int] = []
        kept.reserveCapacity(cuts.count)
        var q = 0
        for c in cuts {
            while q < quoted.count, quoted[q].upperBound < c { q += 1 }
            if q < quoted.count, c > quoted[q].lowerBound, c <= quoted[q].upperBound { continue }
            if kept.last != c { kept.append(c) }
        }
        return kept
    }
}
