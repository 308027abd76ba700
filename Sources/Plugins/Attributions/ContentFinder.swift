/// How the content of a cue opens.
public enum Opening: Sendable, Hashable {
    /// A complementizer (أن، إنه، بأن، إلى أن): tokens.
    case complementizer(Range<Int>)
    /// A colon token.
    case colon(Int)
    /// A speech quotation with no introducer (قال "…"، وأضاف، "…"): the quotation's index.
    case quote(Int)
    /// A question word that opens the question a cue of asking reports (وتساءل بكار هل …): the
    /// word's token, the first of the content (see ``ContentPolicy/question``).
    case question(Int)
    case none

    /// True for a speech quotation with no introducer.
    public var isQuote: Bool {
        if case .quote = self { return true }
        return false
    }

    /// The introducer's tokens, if any.
    public var introducer: Range<Int>? {
        switch self {
        case .complementizer(let r): r
        case .colon(let t): t..<t + 1
        default: nil
        }
    }
}

/// What follows a cue: the region before the content (source, addressee, medium) and how the
/// content opens.
public struct CueScan: Sendable, Hashable {
    public var region: Range<Int>
    public var opening: Opening
    /// First token of the content (when the opening is known).
    public var contentStart: Int
    /// Where the scan stopped without finding an opening (sentence end, another cue).
    public var stop: Int
    /// A قائلاً that repeats the cue after its source (وأضاف X في تغريدة قائلاً: …).
    public var sayingParticiple: Int? = nil
}

/// Finds where contents start and end.
///
/// After a cue, the scan looks for a complementizer, a colon or a speech quotation, stepping
/// over name quotations ("مراسل "الحدث" إلى أن") and stopping at the end of the sentence or at
/// another cue. Indirect content runs to the end of the sentence, or to the next clause-level
/// cue (a participle cue مشيراً, or a conjoined وأشار/وقال with content of its own), or to a
/// trailing prepositional cue (، بحسب …); quotations are stepped over whole. A speech quotation
/// right at the start that ends the clause is the whole (direct) content.
public struct ContentFinder: Sendable {
    let cues: CueLexicon
    let sources: SourceLexicon
    /// Longest region between a cue and its content, in tokens.
    public var maxRegion = 32

    public init(cues: CueLexicon, sources: SourceLexicon) {
        self.cues = cues
        self.sources = sources
    }

    @inline(__always)
    static func isFullStop(_ c: UInt16) -> Bool { c == 0x2E || c == 0x21 || c == 0x3F || c == 0x061F }

    /// True for punctuation that ends a clause: a full stop, a semicolon or a colon.
    @inline(__always)
    static func isClauseStop(_ c: UInt16) -> Bool { isFullStop(c) || c == 0x061B || c == 0x3B || c == 0x3A }

    /// Scans from the token after a cue.
    public func scan(after cueEnd: Int, _ view: TokenView, _ quotes: QuoteIndex) -> CueScan {
        let n = view.count
        guard cueEnd < n, cueEnd > 0 else { return CueScan(region: cueEnd..<cueEnd, opening: .none, contentStart: cueEnd, stop: cueEnd) }
        let paragraph = view.paragraph(cueEnd - 1)
        let sentenceEnd = Self.sentenceEnd(of: cueEnd - 1, view)
        let limit = min(n, cueEnd + maxRegion + 1)
        var j = cueEnd
        var saying: Int?
        search: while j < limit {
            if view.paragraph(j) != paragraph { break }
            if let q = quotes.opened(at: j) {
                // A quotation set off before a complementizer of the cue's (وقالت الفنانة، منسقة
                // فعالية «القصاص لضحايا العسكر»، إن …) names something in the subject's
                // apposition: the complementizer opens the content.
                if quotes.quotes[q].quoteClass?.isSpeech == true, !beforeComplementizer(quotes.end(of: q), view) {
                    return CueScan(region: cueEnd..<trimComma(cueEnd, saying ?? j, view), opening: .quote(q), contentStart: j, stop: j,
                                   sayingParticiple: saying)
                }
                j = max(j + 1, quotes.end(of: q))
                continue
            }
            if j >= sentenceEnd { break }
            // Only a word can be a cue or a complementizer, and only another token a colon or a
            // full stop: each token takes one of the two paths.
            guard view.kind(j) == .word else {
                let c = view.punct(j)
                if c == 0x3A, let intro = cues.complementizer(view, at: j + 1) {
                    // قال: إنه … — the colon and the complementizer introduce together.
                    return CueScan(region: cueEnd..<(saying ?? j), opening: .complementizer(j..<intro.upperBound),
                                   contentStart: intro.upperBound, stop: j, sayingParticiple: saying)
                }
                if c == 0x3A {
                    return CueScan(region: cueEnd..<(saying ?? j), opening: .colon(j), contentStart: j + 1, stop: j, sayingParticiple: saying)
                }
                if Self.isFullStop(c) { break }
                j += 1
                continue
            }
            // The three cue look-ups below fail alike for most words: test the filter once.
            let mayCue = j > cueEnd && cues.mayStartCue(view, j)
            // A parenthetic according-to phrase (حسبما ذكرت الوكالة، نقلاً عن …) is stepped over.
            if mayCue, let p = cues.preposition(view, at: j) {
                j = p.tokens.upperBound
                if p.endsWithMa, j < n, cues.entry(view, j) != nil { j += 1 }
                continue
            }
            switch cues.complementizerReading(view, at: j) {
            case .introduces(var c)?:
                // علي إن after a name is the name and إن (قال ياسر علي إن), not على أن.
                if c.count == 2, sources.isNameAli(view, j) {
                    c = j + 1..<c.upperBound
                    j += 1
                }
                return CueScan(region: cueEnd..<(saying ?? j), opening: .complementizer(c), contentStart: c.upperBound, stop: j,
                               sayingParticiple: saying)
            // A linked clause (، إذ إن …، خصوصاً أن …) ends the search: the cue's own content
            // would have opened before it. Right after the cue (وأضاف كما أن "…") the conjunction
            // is part of the content.
            case .linkedClause? where j - 1 > cueEnd: break search
            default: break
            }
            // Both tests below read the same entry: look it up once.
            if mayCue, let e = cues.entry(view, j) {
                // Another cue that opens a clause (مشيراً، وأضاف، ، قال) ends the search; one inside a
                // relative clause (الدعوة التي نشرت) does not.
                if saying == nil, e.form == .participle, e.lemma == "قال" {
                    saying = j
                    j += 1
                    continue
                }
                // Another cue ends the search when it opens a clause: with و/ف, after punctuation,
                // right before its own content, or a few words before a complementizer of its own
                // (وفيما تتابع القوات الضغط قالت مصادر إن …); not inside a relative clause (الدعوة
                // التي نشرت) or as a noun (طالباً عدم كشف اسمه).
                if e.form == .participle || e.form == .finite, meetsMediumRestriction(e.policy, at: j, view),
                   (e.form == .finite && cues.isConjoined(view, j)) || (opensContent(j, view, quotes) && !relativeBefore(j, view))
                    || (e.form == .finite && (relativeBefore(j, view) || (e.policy.contains(.intro) && cues.mayOpenClause(view, j)))
                        && ownComplementizer(after: j, view)) {
                    break
                }
            }
            j += 1
        }
        return CueScan(region: cueEnd..<j, opening: .none, contentStart: j, stop: j)
    }

    /// True when a comma and a complementizer start at `k`.
    private func beforeComplementizer(_ k: Int, _ view: TokenView) -> Bool {
        k + 1 < view.count && view.isComma(k) && cues.complementizer(view, at: k + 1) != nil
    }

    /// True when a participle at `j` opens a clause of its own: after a comma, or right before
    /// a complementizer, a colon, a quotation or إلى (مشيراً إلى …); not طالباً عدم كشف اسمه.
    private func opensContent(_ j: Int, _ view: TokenView, _ quotes: QuoteIndex) -> Bool {
        if view.isComma(j - 1) { return true }
        let next = j + 1
        guard next < view.count else { return true }
        return cues.complementizer(view, at: next) != nil || view.punct(next) == 0x3A || quotes.opened(at: next) != nil
            || view.key(next) == Self.ila || view.key(next) == Self.ala
    }

    /// False for a cue that reports only through a medium (جاء، ورد: ``ContentPolicy/medium``)
    /// where it cannot open a clause: it does so only with و/ف and the medium's phrase (وجاء في
    /// البيان); otherwise it is a plain verb (التي وردت في، وجاءت ضمن، ووردت اتصالات). True for
    /// any other cue (whether a cue form may open a clause at all is
    /// ``CueLexicon/mayOpenClause(_:_:)``).
    func meetsMediumRestriction(_ policy: ContentPolicy, at j: Int, _ view: TokenView) -> Bool {
        !policy.contains(.medium) || (cues.isConjoined(view, j) && sources.opensMediumPhrase(view, j + 1))
    }

    /// True when a complementizer follows a cue within a few words and before any punctuation
    /// (التي قال صابر إن …).
    private func ownComplementizer(after j: Int, _ view: TokenView) -> Bool {
        var k = j + 1
        while k < min(view.count, j + 5), view.isWord(k) {
            if cues.complementizer(view, at: k) != nil { return true }
            k += 1
        }
        return false
    }

    private static let ila = ArabicKey.key("إلى"), ala = ArabicKey.key("على")

    /// True when a relative pronoun (``SourceTable/relativePronouns``) stands right before token
    /// `j` (الدعوة التي نشرت).
    func relativeBefore(_ j: Int, _ view: TokenView) -> Bool {
        j > 0 && sources.relativeAgreement(view, j - 1) != nil
    }

    private func trimComma(_ start: Int, _ end: Int, _ view: TokenView) -> Int {
        var e = end
        while e > start, view.isComma(e - 1) { e -= 1 }
        return e
    }

    /// The end (exclusive) of the sentence of token `t`, or of the tokens when there are no
    /// sentences: the sentence index is in text order, so the tokens from `t` on are in that
    /// sentence up to the end of its range.
    @inline(__always)
    static func sentenceEnd(of t: Int, _ view: TokenView) -> Int {
        let s = view.sentence[t]
        return s >= 0 ? view.sentenceRanges[Int(s)].upperBound : view.count
    }

    /// The end (exclusive) of content starting at `start`, trimmed of trailing punctuation other
    /// than quotation marks and brackets. `boundaries` are the tokens that start a new clause,
    /// in ascending order.
    public func end(from start: Int, _ view: TokenView, _ quotes: QuoteIndex, boundaries: [Int]) -> Int {
        let n = view.count
        guard start < n else { return start }
        let paragraph = view.paragraph(start), sentenceEnd = Self.sentenceEnd(of: start, view)
        // The first boundary after `start`, moved on past the ones a quotation steps over.
        var b = boundaries.firstIndex { $0 > start } ?? boundaries.count
        var next = b < boundaries.count ? boundaries[b] : n
        var j = start
        while j < n {
            if let q = quotes.opened(at: j) { j = max(j + 1, quotes.end(of: q)); continue }
            if view.paragraph(j) != paragraph || j >= sentenceEnd || Self.isFullStop(view.punct(j)) { break }
            if j >= next {
                while next < j {
                    b += 1
                    next = b < boundaries.count ? boundaries[b] : n
                }
                if j == next { break }
            }
            j += 1
        }
        return trimEnd(start, min(j, n), view, quotes)
    }

    /// Drops trailing punctuation, keeping closing quotation marks and brackets.
    func trimEnd(_ start: Int, _ end: Int, _ view: TokenView, _ quotes: QuoteIndex) -> Int {
        var e = end
        while e > start, !view.isWord(e - 1), quotes.closeAt[e - 1] < 0, view.punct(e - 1) != 0x29,
              !(e - 2 >= start && quotes.closeAt[e - 2] >= 0 && view.glued(e - 1) && view.punct(e - 1) == view.punct(e - 2)) {
            e -= 1
        }
        return e
    }

    /// True when the clause ends at token `k` (after a quotation): end of sentence or paragraph,
    /// a full stop or semicolon, a new clause cue (one of `boundaries`), or a comma before one of
    /// those.
    public func clauseEnds(at k: Int, _ view: TokenView, boundaries: [Int], sentence: Int32) -> Bool {
        var k = k
        if k < view.count, view.isComma(k) { k += 1 }
        guard k < view.count, view.paragraph(k) == view.paragraph(k - 1), sentence < 0 || view.sentence[k] == sentence else { return true }
        let c = view.punct(k)
        return Self.isClauseStop(c) || boundaries.contains(k)
    }
}
