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
        /// A comma and a title or a description of a person after a short quotation («عيسى فتحى»،
        /// نائب رئيس الشعبة): a name in apposition, as a bracket after it gives one.
        var titleAfter = false
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
        /// A demonstrative right before the quotation, whose first word is definite (تلك «النافذة»).
        var demonstrative = false
        /// All the words inside are numbers («45» عاملاً).
        var numeric = true
    }

    /// Sets ``QuoteMark/quoteClass`` and ``QuoteMark/evidence`` on every quotation with words
    /// inside (unopened marks keep a nil class).
    public func classify(_ quotes: inout [QuoteMark], _ view: TokenView) {
        let n = quotes.count
        guard n > 0 else { return }
        // Scratch for the document's quotations on the stack: no arrays per document or quotation.
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: n) { long in
            withUnsafeTemporaryAllocation(of: Features.self, capacity: n) { features in
                withUnsafeTemporaryAllocation(of: Recurrence.self, capacity: n) { recurrences in
                    classify(&quotes, view, long, features, recurrences)
                }
            }
        }
    }

    private func classify(_ quotes: inout [QuoteMark], _ view: TokenView, _ longBuffer: UnsafeMutableBufferPointer<Range<Int>>,
                          _ found: UnsafeMutableBufferPointer<Features>, _ recurrences: UnsafeMutableBufferPointer<Recurrence>) {
        // The insides of long quotations (a few per document at most).
        var longCount = 0
        for q in quotes where q.inner.count >= 8 {
            longBuffer[longCount] = q.inner
            longCount += 1
        }
        let long = UnsafeBufferPointer(rebasing: longBuffer[..<longCount])
        var pending = 0
        for k in quotes.indices {
            guard let openTokens = quotes[k].openTokens else { continue }
            var words = SIMD4<Int>()
            var f = features(openTokens, quotes[k].closeTokens, quotes[k].inner, view, &words)
            // Inside a longer quotation, a quotation is a name or a term the speaker used.
            f.nested = Self.isInside(openTokens.lowerBound, long)
            found[k] = f
            if (1...4).contains(f.words) {
                let span = openTokens.lowerBound..<(quotes[k].closeTokens?.upperBound ?? quotes[k].inner.upperBound)
                recurrences[pending] = Recurrence(quote: k, span: span, words: words, count: f.words, view)
                pending += 1
            }
        }
        recurrence(UnsafeMutableBufferPointer(rebasing: recurrences[..<pending]), view, long)
        for r in recurrences[..<pending] {
            found[r.quote].recurs = r.recurs
            found[r.quote].quotedElsewhere = r.quotedElsewhere
        }
        // Whether the quotation before was decided on its own context (a head noun, an acronym
        // after it, …) or as an item of such a list: the next item of its list then follows it.
        var previousHeaded = false
        for k in quotes.indices {
            guard quotes[k].openTokens != nil else { previousHeaded = false; continue }
            let listClass = k > 0 && previousHeaded && continuesList(quotes[k - 1], quotes[k], view) ? quotes[k - 1].quoteClass : nil
            let decision = decide(found[k], listItemOf: listClass)
            (quotes[k].quoteClass, quotes[k].evidence) = (decision.quoteClass, decision.evidence)
            previousHeaded = decision.headed
        }
    }

    /// True when a list connector (و، أو), perhaps with a comma, is all that stands between the
    /// end of `previous` and the start of `next`, in one paragraph: two items of one list. A
    /// comma alone also ends a title before its source («مصر ترتعد»، «كريستيان ساينس مونيتور»).
    private func continuesList(_ previous: QuoteMark, _ next: QuoteMark, _ view: TokenView) -> Bool {
        guard let close = previous.closeTokens, let open = next.openTokens, close.upperBound < open.lowerBound,
              open.lowerBound - close.upperBound <= 2, view.paragraph(close.upperBound - 1) == view.paragraph(open.lowerBound)
        else { return false }
        var connector = false
        for i in close.upperBound..<open.lowerBound {
            let p = view.punct(i)
            if p == 0x060C || p == 0x2C { continue }
            guard view.kind(i) == .word, context.isListConnector(view, i) else { return false }
            connector = true
        }
        return connector
    }

    /// True when token `i` lies inside one of the `ranges`.
    @inline(__always)
    private static func isInside(_ i: Int, _ ranges: UnsafeBufferPointer<Range<Int>>) -> Bool {
        for r in ranges where r.contains(i) { return true }
        return false
    }

    /// A class with its evidence, and whether it rests on the quotation's own context (a head
    /// noun, an acronym, a cue after it) or on a list it continues, rather than on scores or
    /// defaults.
    struct Decision {
        var quoteClass: QuoteClass
        var evidence: String
        var headed = false

        init(_ quoteClass: QuoteClass, _ evidence: String, headed: Bool = false) {
            self.quoteClass = quoteClass
            self.evidence = evidence
            self.headed = headed
        }
    }

    /// The class of a quotation from its features; `listClass` is the class of the item before
    /// it when it continues a list of items decided on their context (see
    /// ``continuesList(_:_:_:)``), which it takes when its own context says nothing.
    func decide(_ f: Features, listItemOf listClass: QuoteClass? = nil) -> Decision {
        if f.words == 0 { return Decision(.term, "empty") }
        // Digits in quotation marks set off a figure; they name nothing and quote no one.
        if f.numeric { return Decision(.term, "term:number") }
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
        // A demonstrative points to a noun phrase, not to a clause or a long passage.
        let demonstrative = f.demonstrative && f.words <= 4 && !f.clauseLike
        if f.headName || f.headTerm || demonstrative { entity += 4 }
        if f.proclitic != 0, f.words <= 3 { entity += 3 }
        if f.preposition { entity += 2 }
        if f.parenAfter || f.titleAfter { entity += 3 }
        if f.followedByCue { entity += 3 }
        if !f.rightEnd && f.words <= 3 && !f.clauseLike { entity += 2 }
        if f.timeWord { entity += 3 }
        if f.words <= 4 { if f.quotedElsewhere { entity += 3 } else if f.recurs { entity += 2 } }

        let directPosition = f.leftIntro || (f.cueBefore && !f.introBetween)
        if f.nested { return f.headTerm || f.timeWord || f.words >= 4 ? Decision(.term, "term:nested") : Decision(.name, "name:nested") }
        if speech - entity >= 3 || (f.leftIntro && f.rightEnd && entity == 0) {
            // A quotation the paraphrase goes on after is a fragment of it.
            let whole = directPosition && (f.rightEnd || f.words >= 6)
            return whole ? Decision(.speech, Self.scoreEvidence(true, speech, entity)) : Decision(.speechFragment, Self.scoreEvidence(false, speech, entity))
        }
        if entity == 0, f.cueBefore, f.introBetween, f.rightEnd, f.words <= 8 {
            return Decision(.speechFragment, "fragment:paraphrase_end")
        }
        if f.headTerm || f.timeWord { return Decision(.term, "term:head", headed: true) }
        if demonstrative { return Decision(.term, "term:demonstrative") }
        if f.headName || f.parenAfter || f.titleAfter || f.followedByCue || f.quotedElsewhere {
            return Decision(.name, "name:context", headed: true)
        }
        if f.words >= 4 { return Decision(.term, "term:long") }
        // An item of a list whose own context says nothing («أوباري» و«غات»، «إرث بورن» و«مملكة
        // السماء») is of the same kind as the item before it.
        if let listClass { return Decision(listClass, listClass == .name ? "name:list" : "term:list", headed: true) }
        // A single word glued to و inside a noun phrase (قادة و”أمراء” أجانب) is a scare quote.
        if f.words == 1, !f.recurs, !f.listed, f.proclitic == 0x0648, !f.rightEnd { return Decision(.term, "term:coordinated") }
        return Decision(.name, "name:default")
    }

    /// The evidence `speech:S-E` or `fragment:S-E` of a speech decided on its scores. The
    /// scores are below 100 (at most 17 and 23), so the text has at most 14 bytes
    /// (`fragment:-2-23`): a small string, written in place without allocating and without the
    /// cost of formatting integers.
    static func scoreEvidence(_ whole: Bool, _ speech: Int, _ entity: Int) -> String {
        String(unsafeUninitializedCapacity: 15) { out in
            var n = 0
            func put(_ c: UInt8) { out[n] = c; n &+= 1 }
            func put(_ v: Int) {
                if v < 0 { put(UInt8(ascii: "-")) }
                assert(v.magnitude < 100)
                let m = UInt8(v.magnitude)
                if m >= 10 { put(0x30 + m / 10) }
                put(0x30 + m % 10)
            }
            if whole {
                for c in "speech:".utf8 { put(c) }
            } else {
                for c in "fragment:".utf8 { put(c) }
            }
            put(speech)
            put(UInt8(ascii: "-"))
            put(entity)
            return n
        }
    }

    /// The features of one quotation, but for ``Features/recurs`` and ``Features/quotedElsewhere``
    /// (see ``recurrence(_:_:_:)``); `words` gets the tokens of its first four words.
    func features(_ openTokens: Range<Int>, _ closeTokens: Range<Int>?, _ inner: Range<Int>, _ view: TokenView,
                  _ words: inout SIMD4<Int>) -> Features {
        var f = Features()
        let o = openTokens.lowerBound
        var previous = -2
        for i in inner {
            if view.isWord(i) {
                if view.kind(i) != .number || view.first(i) &- 0x30 > 9 { f.numeric = false }
                if f.words < 4 { words[f.words] = i }
                f.words += 1
                // One personal word is enough: skip the look-ups after it.
                if !f.personal, (view.length(i) >= 5 && view.last2(i) == 0x0646_0627) || context.isPersonal(view, i) { f.personal = true }
                // A plain word after a word with the article.
                if !f.clauseLike, previous == i - 1, view.definite(previous), !view.definite(i), view.kind(i) == .word,
                   view.first(i) != 0x0644, view.first(i) != 0x0628, !context.isPreposition(view, i) {
                    f.clauseLike = true
                }
                previous = i
            } else {
                switch view.punct(i) {
                case 0x060C, 0x2C, 0x2E, 0x061F, 0x3F, 0x21, 0x061B, 0x3B, 0x3A: f.innerPunct = true
                default: break
                }
            }
        }
        leftContext(o, view, &f)
        if let close = closeTokens { rightContext(close.upperBound, view, &f) } else { f.rightEnd = true }
        if f.words == 1, let role = sources.role(view, words[0]) {
            if role == .time { f.timeWord = true }
            // A quoted outlet or platform (لـ"تويتر"، "رويترز") is a name.
            if role == .media || role == .medium { f.headName = true }
        }
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
            if Self.headsName(sources.role(view, l)) || context.isNameHead(view, l) {
                f.headName = true
            } else if context.isTermHead(view, l) {
                f.headTerm = true
            } else if context.isDemonstrative(view, l) {
                // The noun a demonstrative points to is definite: هذا "الطغيان", not ذلك "من أجل …".
                var first = o + 1
                while first < view.count, !view.isWord(first), view.paragraph(first) == paragraph, first - o < 3 { first += 1 }
                f.demonstrative = first < view.count && view.definite(first)
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
        let sentence = view.sentence[o]
        while k >= floor, view.paragraph(k) == paragraph, view.sentence[k] == sentence {
            // Cues and complementizers are words; punctuation is not.
            if view.kind(k) == .word {
                if cues.isComplementizerWord(view, k) { intro = true }
                if let e = cues.entry(view, k), e.form != .masdar {
                    f.cueBefore = true
                    f.introBetween = intro
                    break
                }
            } else {
                let c = view.punct(k)
                if c == 0x2E || c == 0x061F || c == 0x21 || c == 0x3F { break }
                if c == 0x3A { intro = true }
            }
            k -= 1
        }
        if !f.leftIntro, f.cueBefore, !f.introBetween, view.isComma(left) {
            f.leftIntro = true
        }
    }

    /// True for the source roles of a head noun after which a quotation is a name.
    @inline(__always)
    private static func headsName(_ role: WordRole?) -> Bool {
        switch role {
        case .organization?, .media?, .title?, .unnamedPerson?, .anonymous?: true
        default: false
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
        if view.isComma(next), next + 1 < view.count { next += 1 }
        if next > r, f.words <= 3, view.paragraph(next) == view.paragraph(r) { f.titleAfter = sources.describesPerson(view, next) }
        if let e = cues.entry(view, next) {
            if e.form == .participle { f.rightParticiple = true; f.rightEnd = true }
            else if e.form == .finite, next == r { f.followedByCue = true }
        }
        if next == r, cues.complementizer(view, at: r) != nil { f.followedByCue = true }
    }

    /// A quotation of one to four words, looked for elsewhere in the document.
    struct Recurrence {
        var quote: Int
        /// The quotation with its marks.
        var span: Range<Int>
        var count: Int
        /// ``TokenView/base(_:)`` and ``TokenView/last2(_:)`` of its words.
        var bases = SIMD4<UInt64>()
        var tails = SIMD4<UInt32>()
        var recurs = false
        var quotedElsewhere = false
        /// The next quotation in the same slot of the table of ``recurrence(_:_:_:)``, or -1.
        var next: Int32 = -1

        init(quote: Int, span: Range<Int>, words: SIMD4<Int>, count: Int, _ view: TokenView) {
            self.quote = quote
            self.span = span
            self.count = count
            for n in 0..<count {
                bases[n] = view.base(words[n])
                tails[n] = view.last2(words[n])
            }
        }
    }

    /// Whether the quoted words occur elsewhere in the document, quoted or not (long quotations
    /// excluded: a name repeated inside a speech says little), for all short quotations in one
    /// pass over the document.
    ///
    /// Equal ``TokenView/base(_:)`` keys end in the same letters (a base keeps at least the last
    /// two of a word), so the pass reads only the ``TokenView/last2(_:)`` of most tokens: a bit
    /// per slot of the quotations' first words' tails lets through the few tokens that may
    /// match, which are then looked up in chains of the quotations by slot.
    private func recurrence(_ quotations: UnsafeMutableBufferPointer<Recurrence>, _ view: TokenView, _ long: UnsafeBufferPointer<Range<Int>>) {
        guard !quotations.isEmpty else { return }
        // The chains' heads, and a bit per slot of a finer hash for the scan (each allocation
        // aligned for its own type).
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.tailSlots) { heads in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TokenView.tailBits / 64) { bits in
            heads.initialize(repeating: -1)
            bits.initialize(repeating: 0)
            for k in quotations.indices {
                let tail = quotations[k].tails[0]
                let b = TokenView.tailBit(tail)
                bits[b &>> 6] |= 1 &<< UInt64(b & 63)
                let s = Self.tailSlot(tail)
                quotations[k].next = heads[s]
                heads[s] = Int32(truncatingIfNeeded: k)
            }
            var open = quotations.count
            let count = view.count
            var j = view.firstTail(from: 0, mayBeIn: UnsafeBufferPointer(bits))
            while j < count {
                let tail = view.last2(j)
                let s = Self.tailSlot(tail)
                var previous = -1
                var k = Int(heads[s])
                while k >= 0 {
                    let next = Int(quotations[k].next)
                    defer { k = next }
                    guard quotations[k].tails[0] == tail, match(quotations[k], at: j, view, long) else { previous = k; continue }
                    quotations[k].recurs = true
                    let before = j - 1, after = j + quotations[k].count
                    if before >= 0, after < count, QuotePairer.family(of: view.punct(before)) != nil,
                       QuotePairer.family(of: view.punct(after)) != nil {
                        quotations[k].quotedElsewhere = true
                        // Done with this quotation: out of its chain.
                        if previous < 0 { heads[s] = Int32(truncatingIfNeeded: next) } else { quotations[previous].next = Int32(truncatingIfNeeded: next) }
                        open -= 1
                        if open == 0 { return }
                    } else {
                        previous = k
                    }
                }
                j = view.firstTail(from: j + 1, mayBeIn: UnsafeBufferPointer(bits))
            }
        }
        }
    }

    /// Chains of ``recurrence(_:_:_:)``, by a hash of the tail (the top bits of the
    /// ``TokenView/tailBit(_:)`` of its scan).
    private static let tailSlots = 256

    @inline(__always)
    private static func tailSlot(_ tail: UInt32) -> Int { Int(truncatingIfNeeded: (tail &* 0x9E37_79B1) &>> 24) }

    /// True when the words of a short quotation occur at token `j`, outside it and outside
    /// long quotations (the first word's tail is known to match).
    @inline(__always)
    private func match(_ r: Recurrence, at j: Int, _ view: TokenView, _ long: UnsafeBufferPointer<Range<Int>>) -> Bool {
        guard !r.span.contains(j), j + r.count <= view.count, view.base(j) == r.bases[0], view.isWord(j), !Self.isInside(j, long) else { return false }
        for n in 1..<r.count where view.last2(j + n) != r.tails[n] || view.base(j + n) != r.bases[n] { return false }
        return true
    }
}
