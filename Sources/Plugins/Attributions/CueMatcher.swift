/// A cue found in the text, before its source and content are known.
public struct CueCandidate: Sendable, Hashable {
    /// The cue's tokens (two for وأضاف قائلاً, several for a prepositional cue).
    public var tokens: Range<Int>
    public var lemma: String
    public var cueClass: CueClass
    public var form: CueForm
    public var agreement: Agreement
    public var policy: ContentPolicy
    /// True when the cue word carries a conjunction و/ف (a new clause: وقال، فأكد).
    public var conjoined: Bool
    public var imperfect: Bool
    /// For prepositional cues: the first token of the preposition's object; nil when the
    /// object is a pronoun suffix (حسب قوله: see ``hasPronounObject``).
    public var objectStart: Int?

    /// True for a prepositional cue whose object is the pronoun suffix of a noun of saying (حسب
    /// قوله، على حد تعبيرها): whom the pronoun stands for is the source, and ``agreement`` is the
    /// suffix's.
    public var hasPronounObject: Bool { form == .preposition && objectStart == nil }
}

/// Finds cue words in a document: verb forms of the ``CueLexicon`` (finite, participle, verbal
/// noun) and prepositional cues, skipping writer formulas (يذكر أن), words inside speech
/// quotations (the speaker's own words) and words of quoted names and terms. A finite cue directly followed by a participle cue
/// (وأضاف قائلاً) becomes one cue.
public struct CueMatcher: Sendable {
    let lexicon: CueLexicon

    public init(lexicon: CueLexicon) { self.lexicon = lexicon }

    public func candidates(_ view: TokenView, _ quotes: QuoteIndex) -> [CueCandidate] {
        var found: [CueCandidate] = []
        // Room for a typical document's cues at once: growing an array of candidates copies
        // each one (they hold a string), and documents without cues allocate nothing.
        let room = 8
        let n = view.count
        // Only the words the lexicon's filter lets through can be cues: skip to them.
        var i = lexicon.nextPossibleCue(view, from: 0)
        while i < n {
            defer { i = lexicon.nextPossibleCue(view, from: i + 1) }
            guard !quotes.inSpeech(i), !quotes.inEntity(i) else { continue }
            guard let e = lexicon.entry(view, i) else {
                if let p = lexicon.preposition(view, at: i) {
                    if found.isEmpty { found.reserveCapacity(room) }
                    found.append(CueCandidate(tokens: p.tokens, lemma: p.phrase, cueClass: .accordingTo,
                                              form: .preposition, agreement: p.pronoun ?? .unknown, policy: [], conjoined: false,
                                              imperfect: false, objectStart: p.pronoun == nil ? p.objectStart : nil))
                    i = p.tokens.upperBound - 1
                }
                continue
            }
            if lexicon.startsWriterFormula(view, at: i) || lexicon.readsAsNoun(view, i) { continue }
            let start = i
            var form = e.form, policy = e.policy
            // ورد قائلاً is ردّ "replied": the participle is the cue, not ورد "it was stated".
            // The participle describes the verb's own subject, so the two agree: after a
            // masculine verb a feminine form is a verbal noun, its object (وأكد متابعة السفارة).
            if form == .finite, !policy.contains(.medium), i + 1 < n, let next = lexicon.entry(view, i + 1), next.form == .participle,
               next.cueClass == .speech, view.key(i + 1) == view.stem(i + 1), next.agreement.agrees(with: e.agreement) {
                form = .finiteParticiple
                policy.formUnion(next.policy)
                i += 1
            }
            if found.isEmpty { found.reserveCapacity(room) }
            // Built in the call: a candidate held in a variable first is copied into the array.
            found.append(CueCandidate(tokens: start..<i + 1, lemma: e.lemma, cueClass: e.cueClass, form: form, agreement: e.agreement,
                                      policy: policy, conjoined: lexicon.isConjoined(view, start), imperfect: e.imperfect,
                                      objectStart: nil))
        }
        addVerbalNounsWithBi(&found, view, quotes)
        return found
    }

    /// Adds, in text order, the verbal nouns with ب that open a quotation (وعلق باسم يوسف بقوله
    /// "…"، بقولها: «…»). The scan above reads keys without ب, so these are looked for before
    /// each opening quotation mark instead: there are few marks.
    private func addVerbalNounsWithBi(_ found: inout [CueCandidate], _ view: TokenView, _ quotes: QuoteIndex) {
        for q in quotes.quotes {
            guard let open = q.openTokens?.lowerBound else { continue }
            var t = open - 1
            if t >= 0, view.punct(t) == 0x3A { t -= 1 }
            guard t >= 0, !quotes.inSpeech(t), let e = lexicon.verbalNounWithBi(view, t) else { continue }
            let at = found.firstIndex { $0.tokens.upperBound > t } ?? found.count
            if at < found.count, found[at].tokens.contains(t) { continue }
            found.insert(CueCandidate(tokens: t..<t + 1, lemma: e.lemma, cueClass: e.cueClass, form: .masdar, agreement: e.agreement,
                                      policy: e.policy, conjoined: false, imperfect: false, objectStart: nil), at: at)
        }
    }
}
