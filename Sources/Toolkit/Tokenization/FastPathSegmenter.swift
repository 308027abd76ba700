/// Word segmentation with ICU's results at a fraction of ICU's cost on ordinary news text.
///
/// Text is cut at white space, where UAX #29 always breaks (unless a mark or format character
/// follows, which the fast path never assumes). A chunk made only of letters and digits (with
/// Arabic marks inside, and number separators between digits), possibly wrapped in punctuation,
/// is segmented here exactly as ICU's rules would: each edge punctuation mark is its own
/// segment, the core is one word or number, numbered like ICU by its last letter-or-digit run.
/// Every other chunk (internal punctuation, other scripts, emoji, joiners) goes to ICU.
/// `FastPathSegmenterTests` checks the equality on edge cases, the seeds and real articles.
public final class FastPathSegmenter {
    private let icu: ICUWordSegmenter
    /// What the last call saw (for filters).
    public private(set) var hints = TextHints()
    /// Chunks handed to ICU by the last call (for measurement).
    public private(set) var icuChunks = 0

    public init(locale: String = "ar") throws {
        icu = try ICUWordSegmenter(locale: locale)
    }

    public func segment(_ text: NormalizedText) -> [Token] {
        var hints = TextHints()
        // ICU chunks, with the token position where their tokens go.
        var fallbacks: [(at: Int, range: Range<Int>)] = []
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5 + 16)
        let table = CharTable.classes
        text.utf16.withUnsafeBufferPointer { u in
            text.starts.withUnsafeBufferPointer { starts in
                text.ends.withUnsafeBufferPointer { ends in
                    table.withUnsafeBufferPointer { cls in
                        let n = u.count
                        var i = 0
                        while i < n {
                            if cls[Int(u[i])] & CharTable.separator != 0 { i += 1; continue }
                            // Find the chunk's end and the classes every character shares, in
                            // one pass (an unclassified character has no bits and clears them).
                            var shared = cls[Int(u[i])]
                            var j = i + 1
                            while j < n {
                                let c = cls[Int(u[j])]
                                if c & CharTable.separator != 0 { break }
                                shared &= c
                                j += 1
                            }
                            // A chunk of only Arabic letters (most words) is one word.
                            if shared & CharTable.arabicLetter != 0 {
                                tokens.append(Token(span: TextSpan(start: Int(starts[i]), end: Int(ends[j - 1])), normRange: i..<j, kind: .word))
                            } else if !Self.chunk(u, cls, starts, ends, i, j, &tokens, &hints) {
                                // A chunk opening with a mark or format character joins the white
                                // space before it in ICU's rules: include that space in ICU's view.
                                let s = i > 0 && Self.attachesBackward(u[i]) ? i - 1 : i
                                fallbacks.append((tokens.count, s..<j))
                            }
                            i = j
                        }
                    }
                }
            }
        }
        icuChunks = fallbacks.count
        if !fallbacks.isEmpty { tokens = resolve(tokens, fallbacks, text, &hints) }
        self.hints = hints
        return tokens
    }

    /// Inserts ICU's tokens for the fallback chunks at their positions.
    private func resolve(_ tokens: [Token], _ fallbacks: [(at: Int, range: Range<Int>)], _ text: NormalizedText,
                         _ hints: inout TextHints) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count + fallbacks.count * 4)
        var next = 0
        text.utf16.withUnsafeBufferPointer { u in
            for f in fallbacks {
                out.append(contentsOf: tokens[next..<f.at])
                next = f.at
                Self.scanHints(u, f.range, &hints)
                icu.segment(text, u, f.range, into: &out)
            }
        }
        out.append(contentsOf: tokens[next...])
        return out
    }

    /// Characters that ICU's rules attach to what precedes them (Extend, Format, ZWJ).
    static func attachesBackward(_ c: UInt16) -> Bool {
        (0x064B...0x065F).contains(c) || c == 0x0670 || (0x0300...0x036F).contains(c) || (0x200B...0x200F).contains(c)
            || (0x202A...0x202E).contains(c) || (0x2060...0x206F).contains(c) || c == 0xFEFF || c == 0x061C
            || (0xFE00...0xFE0F).contains(c) || c == 0x00AD || (0x0610...0x061A).contains(c) || (0x06D6...0x06ED).contains(c)
            || (0xD800...0xDFFF).contains(c)
    }

    /// Hints for a chunk ICU segments: conservative, from the characters present.
    private static func scanHints(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ hints: inout TextHints) {
        var arabic = false, other = false
        for k in r {
            let c = u[k]
            switch c {
            case 0x40: hints.at = true
            case 0x23, 0xFF03: hints.hash = true
            case 0x3A:
                if k + 2 < u.count, u[k + 1] == 0x2F, u[k + 2] == 0x2F { hints.url = true }
                if k > r.lowerBound, k + 1 < r.upperBound, CharClass.isDigit(u[k - 1]), CharClass.isDigit(u[k + 1]) { hints.clockColon = true }
            case 0x2E:
                if k >= 3, (u[k - 1] | 0x20) == 0x77, (u[k - 2] | 0x20) == 0x77, (u[k - 3] | 0x20) == 0x77 { hints.url = true }
                if k > r.lowerBound, k + 1 < r.upperBound, CharClass.isArabicLetter(u[k - 1]), CharClass.isArabicLetter(u[k + 1]) {
                    hints.periodInWord = true
                }
                if k > r.lowerBound, CharClass.isArabicLetter(u[k - 1]), k - 1 == r.lowerBound || !CharClass.isArabicLetter(u[k - 2]) {
                    hints.letterPeriod = true
                }
            case 0x060C: hints.arabicCommaInNumber = true
            default:
                if CharClass.isArabicLetter(c) { arabic = true } else if c >= 0x30 { other = true }
            }
        }
        if arabic && other { hints.mixedScript = true; hints.mixedScriptAt = nil }
    }

    /// Segments a chunk on the fast path; false (having emitted nothing) when ICU must decide.
    @inline(__always)
    private static func chunk(_ u: UnsafeBufferPointer<UInt16>, _ cls: UnsafeBufferPointer<UInt8>,
                              _ starts: UnsafeBufferPointer<Int32>, _ ends: UnsafeBufferPointer<Int32>,
                              _ s: Int, _ e: Int, _ tokens: inout [Token], _ hints: inout TextHints) -> Bool {
        var a = s
        while a < e, cls[Int(u[a])] & CharTable.edge != 0 { a += 1 }
        var b = e
        while b > a, cls[Int(u[b - 1])] & CharTable.edge != 0 { b -= 1 }
        var arabic = false, latin = false, digits = false
        // ICU's status is that of the last letter-or-digit run: G20 and ب200 are numbers, 20G a word.
        var endsWithDigit = false
        if a < b {
            var k = a
            while k < b {
                let c = cls[Int(u[k])]
                if c & CharTable.arabicLetter != 0 { arabic = true; endsWithDigit = false }
                else if c & CharTable.latinLetter != 0 { latin = true; endsWithDigit = false }
                else if c & CharTable.digit != 0 { digits = true; endsWithDigit = true }
                else if c & CharTable.arabicMark != 0, k > a { }
                else if c & CharTable.numberSeparator != 0, !arabic, !latin, k > a, k + 1 < b,
                        cls[Int(u[k - 1])] & CharTable.digit != 0, cls[Int(u[k + 1])] & CharTable.digit != 0 {
                    if u[k] == 0x060C { hints.arabicCommaInNumber = true }
                } else { return false }
                k += 1
            }
        }
        for k in s..<a { emitEdge(u[k], cls, starts, ends, k, &tokens, &hints) }
        if a < b {
            tokens.append(Token(span: TextSpan(start: Int(starts[a]), end: Int(ends[b - 1])), normRange: a..<b,
                                kind: endsWithDigit ? .number : .word))
            if arabic && (latin || digits) { hints.mixedScript = true; hints.mixedScriptAt?.append(a) }
        }
        // A lone letter before a full stop (د.) may abbreviate a title.
        if b == a + 1, arabic, b < e, u[b] == 0x2E { hints.letterPeriod = true }
        for k in b..<e { emitEdge(u[k], cls, starts, ends, k, &tokens, &hints) }
        return true
    }

    @inline(__always)
    private static func emitEdge(_ c: UInt16, _ cls: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<Int32>,
                                 _ ends: UnsafeBufferPointer<Int32>, _ k: Int, _ tokens: inout [Token], _ hints: inout TextHints) {
        if c == 0x40 { hints.at = true } else if c == 0x23 { hints.hash = true }
        let kind: TokenKind = cls[Int(c)] & CharTable.symbol != 0 ? .symbol : .punct
        tokens.append(Token(span: TextSpan(start: Int(starts[k]), end: Int(ends[k])), normRange: k..<k + 1, kind: kind))
    }
}
