/// Classifies paired quotations as speech, speech fragments, names or terms.
///
/// Evidence for speech: the quotation follows a cue, a complementizer or a colon (قال إن "…"،
/// وأضاف: "…"), is long, contains punctuation or first/second person words (قواتنا، نستمر،
/// أعتقد), and ends a clause (followed by punctuation or a participle cue such as مشيراً).
/// Evidence for an entity: a head noun before it (تنظيم، وكالة، مراسل، قناة، فيلم), a proclitic
/// glued to the mark (لـ"العربية"), a preposition before it, a parenthesised acronym after it,
/// a cue or complementizer right after it (it is a subject: "قسد" أعلنت)، the sentence going on
/// after a short quotation, and the same words recurring elsewhere in the document.
/// A short quotation inside a paraphrase (after cue and complementizer) that ends the clause and
/// has no entity evidence is a speech fragment (تنتهي المعركة "قريباً").
public struct QuoteClassifier: Sendable {
    let cues: CueLexicon
    let sources: SourceLexicon
    let context: QuoteContextLexicon

    public init(cues: CueLexicon, sources: SourceLexicon, context: QuoteContextLexicon) {
        self.cues = cues
        self.sources = sources
        self.context = context
    }

    /// What the classifier saw around one quotation.
    struct Features {
        var words = 0
        var innerPunct = false
        var personal = false
        var leftIntro = false
        var cueBefore = false
        var introBetween = false
        var rightEnd = false
        var rightParticiple = false
        var headName = false
        var headTerm = false
        var proclitic: UInt16 = 0
        var preposition = false
        var ordinaryLeft = false
        var parenAfter = false
        var followedByCue = false
        var timeWord = false
        var quotedElsewhere = false
        var recurs = false
        /// A plain word after a word with the article inside (المعارك مستمرة): a clause, not a name.
        var clauseLike = false
        /// Nothing before the quotation in its paragraph.
        var paragraphStart = false
        /// The quotation continues a list of quotations (مناطق "جعل" و"مصفق").
        var listed = false
        /// The quotation lies inside a longer one.
        var nested = false
    }

    /// Sets ``QuoteMark/quoteClass`` and ``QuoteMark/evidence`` on every quotation with words
    /// inside (unopened marks keep a nil class).
    public func classify(_ quotes: inout [QuoteMark], _ view: TokenView) {
        var longQuote = [Bool](repeating: false, count: view.count)
        for q in quotes where q.inner.count >= 8 { for i in q.inner { longQuote[i] = true } }
        for k in quotes.indices where quotes[k].openTokens != nil {
            var f = features(quotes[k], in: quotes, view, longQuote)
            // Inside a longer quotation, a quotation is a name or a term the speaker used.
            f.nested = longQuote[quotes[k].openTokens!.lowerBound]
            (quotes[k].quoteClass, quotes[k].evidence) = decide(f)
        }
    }

    func decide(_ f: Features) -> (QuoteClass, String) {
        if f.words == 0 { return (.term, "empty") }
        var speech = 0
        if f.leftIntro { speech += 3 } else if f.cueBefore && !f.introBetween { speech += 2 } else if f.cueBefore { speech += 1 }
        if f.words >= 6 { speech += 2 } else if f.words >= 4 { speech += 1 } else if f.words <= 2 { speech -= 2 }
        if f.personal { speech += 3 }
        if f.innerPunct { speech += 1 }
        if f.rightEnd { speech += 1 }
        if f.rightParticiple { speech += 2 }
        if f.clauseLike { speech += 2 }
        // A paragraph opening with a quotation continues a speaker's words.
        if f.paragraphStart, f.words >= 4 { speech += 3 }
        var entity = 0
        if f.headName || f.headTerm { entity += 4 }
        if f.proclitic != 0, f.words <= 3 { entity += 3 }
        if f.preposition { entity += 2 }
        if f.parenAfter { entity += 3 }
        if f.followedByCue { entity += 3 }
        if !f.rightEnd && f.words <= 3 && !f.clauseLike { entity += 2 }
        if f.timeWord { entity += 3 }
        if f.words <= 4 { if f.quotedElsewhere { entity += 3 } else if f.recurs { entity += 2 } }

        let directPosition = f.leftIntro || (f.cueBefore && !f.introBetween)
        if f.nested { return f.headTerm || f.timeWord || f.words >= 4 ? (.term, "term:nested") : (.name, "name:nested") }
        if speech - entity >= 3 || (f.leftIntro && f.rightEnd && entity == 0) {
            // A quotation the paraphrase goes on after is a fragment of it.
            let whole = directPosition && (f.rightEnd || f.words >= 6)
            return whole ? (.speech, "speech:\(speech)-\(entity)") : (.speechFragment, "fragment:\(speech)-\(entity)")
        }
        if entity == 0, f.cueBefore, f.introBetween, f.rightEnd, f.words <= 8 {
            return (.speechFragment, "fragment:paraphrase_end")
        }
        if f.headTerm || f.timeWord { return (.term, "term:head") }
        if f.headName || f.parenAfter || f.followedByCue || f.quotedElsewhere { return (.name, "name:context") }
        if f.words >= 4 { return (.term, "term:long") }
        // A single word glued to و inside a noun phrase (قادة و”أمراء” أجانب) is a scare quote.
        if f.words == 1, !f.recurs, !f.listed, f.proclitic == 0x0648, !f.rightEnd { return (.term, "term:coordinated") }
        return (.name, "name:default")
    }

    func features(_ q: QuoteMark, in quotes: [QuoteMark], _ view: TokenView, _ longQuote: [Bool]) -> Features {
        var f = Features()
        guard let openTokens = q.openTokens else { return f }
        let o = openTokens.lowerBound
        var innerWords: [Int] = []
        innerWords.reserveCapacity(q.inner.count)
        for i in q.inner {
            if view.isWord(i) {
                innerWords.append(i)
                // One personal word is enough: skip the look-ups after it.
                if !f.personal, context.isPersonal(view, i) || (view.length(i) >= 5 && view.last2(i) == 0x0646_0627) { f.personal = true }
            } else {
                switch view.punct(i) {
                case 0x060C, 0x2C, 0x2E, 0x061F, 0x3F, 0x21, 0x061B, 0x3B, 0x3A: f.innerPunct = true
                default: break
                }
            }
        }
        f.words = innerWords.count
        for (a, b) in zip(innerWords, innerWords.dropFirst()) where b == a + 1 && view.definite(a) && !view.definite(b)
            && view.kind(b) == .word && !context.isPreposition(view, b) && view.first(b) != 0x0644 && view.first(b) != 0x0628 {
            f.clauseLike = true
            break
        }
        leftContext(o, view, &f)
        if let close = q.closeTokens { rightContext(close.upperBound, view, &f) } else { f.rightEnd = true }
        if f.words == 1, let role = sources.role(view, innerWords[0]) {
            if role == .time { f.timeWord = true }
            // A quoted outlet or platform (لـ"تويتر"، "رويترز") is a name.
            if role == .media || role == .medium { f.headName = true }
        }
        if (1...4).contains(f.words) { recurrence(innerWords, q, quotes, view, longQuote, &f) }
        return f
    }

    private func leftContext(_ o: Int, _ view: TokenView, _ f: inout Features) {
        let paragraph = view.paragraph(o)
        var l = o - 1
        guard l >= 0, view.paragraph(l) == paragraph else { f.paragraphStart = true; return }
        if view.glued(o), QuotePairer.isProclitic(view, l) {
            f.proclitic = view.first(l)
            l -= 1
            if l >= 0, QuotePairer.family(of: view.punct(l)) != nil { f.listed = true }
        }
        if l >= 0, view.paragraph(l) == paragraph, view.isWord(l) {
            if sources.role(view, l).map({ [.organization, .media, .title, .unnamedPerson, .anonymous].contains($0) }) ?? false
                || context.isNameHead(view, l) {
                f.headName = true
            } else if context.isTermHead(view, l) {
                f.headTerm = true
            } else if context.isPreposition(view, l) {
                f.preposition = true
            } else if cues.entry(view, l) == nil, !cues.isComplementizerWord(view, l) {
                f.ordinaryLeft = true
            }
        }
        let left = o - 1
        if cues.isComplementizerWord(view, left) || view.punct(left) == 0x3A || cues.entry(view, left).map({ $0.form != .masdar }) == true
            || cues.forms[view.base(left)]?.form == .masdar {
            f.leftIntro = true
        }
        // The nearest cue before the quotation in its sentence, and whether a complementizer or
        // colon stands between them.
        var k = left
        var intro = false
        let floor = max(0, o - 40)
        while k >= floor, view.paragraph(k) == paragraph, view.sentence[k] == view.sentence[o] {
            let c = view.punct(k)
            if c == 0x2E || c == 0x061F || c == 0x21 || c == 0x3F { break }
            if cues.isComplementizerWord(view, k) || c == 0x3A { intro = true }
            if let e = cues.entry(view, k), e.form != .masdar {
                f.cueBefore = true
                f.introBetween = intro
                break
            }
            k -= 1
        }
        if !f.leftIntro, f.cueBefore, !f.introBetween, view.punct(left) == 0x060C || view.punct(left) == 0x2C {
            f.leftIntro = true
        }
    }

    private func rightContext(_ r: Int, _ view: TokenView, _ f: inout Features) {
        guard r < view.count, view.paragraph(r) == view.paragraph(r - 1) else { f.rightEnd = true; return }
        switch view.punct(r) {
        case 0x2E, 0x060C, 0x2C, 0x061B, 0x3B, 0x3A, 0x21, 0x061F, 0x3F, 0x29, 0x2026, 0xBB, 0x201C, 0x201D, 0x22:
            f.rightEnd = true
        case 0x28:
            f.parenAfter = true
        default: break
        }
        var next = r
        if view.punct(next) == 0x060C || view.punct(next) == 0x2C, next + 1 < view.count { next += 1 }
        if let e = cues.entry(view, next) {
            if e.form == .participle { f.rightParticiple = true; f.rightEnd = true }
            else if e.form == .finite, next == r { f.followedByCue = true }
        }
        if next == r, cues.complementizer(view, at: r) != nil { f.followedByCue = true }
    }

    /// Whether the quoted words occur elsewhere in the document, quoted or not (long quotations
    /// excluded: a name repeated inside a speech says little).
    private func recurrence(_ words: [Int], _ q: QuoteMark, _ quotes: [QuoteMark], _ view: TokenView, _ longQuote: [Bool],
                            _ f: inout Features) {
        let firstKey = view.base(words[0])
        let span = (q.openTokens?.lowerBound ?? 0)..<(q.closeTokens?.upperBound ?? q.inner.upperBound)
        var j = view.next(base: firstKey, from: 0)
        while j < view.count {
            defer { j = view.next(base: firstKey, from: j + 1) }
            guard !span.contains(j), !longQuote[j], view.isWord(j) else { continue }
            var ok = true
            for (n, w) in words.enumerated().dropFirst() {
                let t = j + n
                if t >= view.count || view.base(t) != view.base(w) { ok = false; break }
            }
            guard ok else { continue }
            f.recurs = true
            let before = j - 1, after = j + words.count
            if before >= 0, after < view.count, QuotePairer.family(of: view.punct(before)) != nil,
               QuotePairer.family(of: view.punct(after)) != nil {
                f.quotedElsewhere = true
                return
            }
        }
    }
}
