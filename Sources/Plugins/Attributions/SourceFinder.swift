import Toolkit

/// A noun phrase found as a source, split into its parts.
public struct SourcePhrase: Sendable, Hashable {
    /// The whole phrase (title, name, affiliation).
    public var tokens: Range<Int>
    /// The personal name inside it, when there is one (مصطفى بالي).
    public var name: Range<Int>?
    /// The title or description (المسؤول الإعلامي لقوات سوريا الديمقراطية).
    public var title: Range<Int>?
    /// An organization named inside the phrase ("قسد" in قائد "قسد").
    public var affiliation: Range<Int>?
    public var type: SourceType
    /// How clearly the phrase names a source.
    public var strength: Strength = .strong

    /// How clearly a phrase names a source.
    public enum Strength: Int, Sendable, Comparable {
        /// One unknown word (مظلوم، بالي … or an ordinary noun).
        case weak
        /// An unknown definite phrase (السيسي، الجماعة) or a name of several unknown words.
        case medium
        /// A title, a known head (مصادر، وزارة، وكالة), a quoted name, a name after a title.
        case strong

        public static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    /// The tokens that stand for the speaker: the name when there is one, else the phrase.
    public var head: Range<Int> { name ?? tokens }
}

/// What stands between a cue and its content (VSO order): the source, and around it the
/// addressee (لـ"العربية"، لوكالة رويترز), the medium (في بيان، عبر "تويتر") and time adverbials.
public struct CueRegion: Sendable, Hashable {
    public var source: SourcePhrase?
    public var addressee: Range<Int>?
    public var medium: (tokens: Range<Int>, type: String)?
    /// A relay: `نقلت X عن Y`, with the tokens of X and of عن.
    public var relay: (via: SourcePhrase, connector: Int)?
    /// True when the region starts with words that are no source, medium, addressee or
    /// adverbial (the cue is then probably no reporting verb).
    public var junk = false
    /// True when the region is nothing but prepositions with a pronoun suffix (قال فيه إن): no
    /// source follows the cue, and the noun before it is not its subject either (بيانا قال فيه،
    /// لافتات كتب عليها).
    public var pronounsOnly = false

    public static func == (a: CueRegion, b: CueRegion) -> Bool {
        a.source == b.source && a.addressee == b.addressee && a.medium?.tokens == b.medium?.tokens && a.relay?.connector == b.relay?.connector
    }

    public func hash(into h: inout Hasher) { h.combine(source); h.combine(addressee) }
}

/// Finds and describes sources: the subject after the cue (VSO), before it (SVO: `"قسد"
/// أعلنت`، `وكان البيت الأبيض أعلن`), the object of a prepositional cue (بحسب المرصد), the relay
/// of نقل … عن, and the main subject of a clause whose verb is not a cue (for participles).
///
/// A class, immutable once built: the rules hand it on many times per cue, and a copy of a
/// struct holding its dozen tables retained and released each of them.
public final class SourceFinder: Sendable {
    let lexicons: QuoteLexicons
    private let functionWords: KeySet
    private let kana: KeySet
    private let an: UInt64 = ArabicKey.key("عن")
    /// ``SourceTable/relayPronouns``.
    private let anPronouns = KeySet(words: SourceTable.relayPronouns)
    private let fi: UInt64 = ArabicKey.key("في")
    private let amma: UInt64 = ArabicKey.key("أما")
    private let minKey: UInt64 = ArabicKey.key("من")
    private let kull: UInt64 = ArabicKey.key("كل")
    private let hatta: UInt64 = ArabicKey.key("حتى")
    private let maKey: UInt64 = ArabicKey.key("ما")
    /// لي and لى "to me" (folded alike), which is also the name Li.
    private let liKey: UInt64 = ArabicKey.key("لي")
    private let todayKey: UInt64 = ArabicKey.key("اليوم")
    /// Van of Dutch and Flemish names (فان جال، فان رومبوي), which folds like فإن.
    private let vanKey: UInt64 = ArabicKey.key("فان")
    /// The article written apart (الـ 20: the twentieth).
    private let articleKey: UInt64 = ArabicKey.key("ال")
    private let allah: UInt64 = ArabicKey.key("الله")
    /// The particles of the preposition table that open no fronted phrase (see
    /// ``clauseInitial(_:floor:_:)``).
    private let particles = KeySet(words: "أو غير ولا")
    private let relatives: KeySet
    private let negations = KeySet(words: "لم لن لا ما ليس ليست لما")
    /// ``SourceTable/verbParticles``.
    private let verbParticles = KeySet(words: SourceTable.verbParticles)
    /// ``SourceTable/pointingDemonstratives``.
    private let pointingDemonstratives = KeySet(words: SourceTable.pointingDemonstratives)
    /// ``SourceTable/clauseOpeners``.
    private let clauseOpeners = KeySet(words: SourceTable.clauseOpeners)
    /// ``SourceTable/clauseOpeners`` and ``SourceTable/verbClauseOpeners``.
    private let cueClauseOpeners = KeySet(words: SourceTable.clauseOpeners + " " + SourceTable.verbClauseOpeners)
    /// ``SourceTable/nonSubjects``.
    private let nonSubjects = KeySet(words: SourceTable.nonSubjects)
    /// ``SourceTable/pronounParticles``.
    private let pronounParticles = KeySet(words: SourceTable.pronounParticles)
    /// ``SourceTable/anteriorVerbs``.
    private let anteriorVerbs = KeySet(words: SourceTable.anteriorVerbs)
    private let anna: UInt64 = ArabicKey.key("أن")

    public init(lexicons: QuoteLexicons) {
        self.lexicons = lexicons
        functionWords = KeySet(words: """
            و ف ثم كما فيما بينما إذ حيث حين لكن غير أن إلا ذلك هذا هذه تلك هؤلاء هو هي هم أيضا كذلك من \
            في على هذا السياق الإطار صعيد ناحية جهة المقابل غضون الوقت نفسه ذاته أخرى آخر \
            لقد قد إلى ذلك وفي ومن وعلى وفي وإلى بل أما هناك هنا ثمة
            """ + " " + SourceTable.sideNouns + " " + SourceTable.sideWords)
        kana = KeySet(words: "كان كانت كانوا كانا قد وكان وكانت وكانوا فكان فكانت وقد فقد لقد")
        // The relative pronouns and the relative ما/من (حسبما ذكرت، من يدعون).
        relatives = KeySet(words: "ما لما بما مما من " + SourceTable.relativePronounWords)
    }

    var sources: SourceLexicon { lexicons.sources }
    var context: QuoteContextLexicon { lexicons.context }

    // MARK: Token classes

    /// True for a connector or discourse word that opens a clause (و، كما، بدوره، إلى ذلك).
    func isConnector(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && (functionWords.contains(keyOrStemOf: i, view) && !sources.isNameAli(view, i) || view.length(i) == 1)
    }

    /// The verb of anteriority of سبق أن / سبق له أن when token `k` is its أن, else nil.
    private func anteriorVerb(before k: Int, floor: Int, _ view: TokenView) -> Int? {
        guard view.key(k) == anna, k - 1 >= floor else { return nil }
        var v = k - 1
        if v - 1 >= floor, sources.isPronounPreposition(view, v) { v -= 1 }
        return view.kind(v) == .word && anteriorVerbs.contains(keyOrStemOf: v, view) ? v : nil
    }

    /// True when the word before token `i` is an indefinite noun that no lexicon knows (no role,
    /// no preposition with a pronoun, no كان), which a verb at `i` then describes as a relative
    /// clause without a pronoun (جسم غريب يرجح أن …، 3 مصريين يعتقد بأنهم).
    func describesIndefinite(_ i: Int, _ view: TokenView) -> Bool {
        guard i > 0, view.kind(i - 1) == .word, !view.definite(i - 1), view.paragraph(i - 1) == view.paragraph(i) else { return false }
        return sources.role(view, i - 1) == nil && !sources.isPronounPreposition(view, i - 1) && !kana.contains(view.key(i - 1))
            && !isConnector(view, i - 1)
    }

    /// True when كان/كانت stands right before a phrase (وكانت قسد أعلنت).
    func afterKana(_ r: Range<Int>, _ view: TokenView) -> Bool {
        r.lowerBound > 0 && kana.contains(view.key(r.lowerBound - 1))
    }

    /// True when a conjunction that opens a clause (``SourceTable/clauseOpeners``,
    /// ``SourceTable/verbClauseOpeners``) stands right before token `i`, not after a preposition
    /// (من حيث): a cue there opens a clause of its own.
    private func followsClauseOpener(_ i: Int, floor: Int, _ view: TokenView) -> Bool {
        let k = i - 1
        return k >= floor && view.kind(k) == .word && cueClauseOpeners.contains(keyOrStemOf: k, view)
            && (k == floor || !context.isPreposition(keyOrStemOf: k - 1, view))
    }

    /// True when a cue at `i` opens its clause: only connectors, كان/قد, time words and سبق أن
    /// (``SourceTable/anteriorVerbs``) stand between it and the start of the sentence or a
    /// punctuation mark. A place or time phrase may stand first too (وفي الجيزة قال، وخلال
    /// اللقاء أوضح): a preposition and at most three words that are no cue, relative or
    /// preposition.
    func clauseInitial(_ i: Int, floor: Int, _ view: TokenView) -> Bool {
        // Set when the words passed include a conjunction that opens a clause of its own (ودفع
        // الدفاع بحسن النية حيث أكد صبري أن): the cue opens that clause, comma or not.
        var conjunction = false
        func opener(before i: Int) -> Int {
            var k = i - 1
            while k >= floor, view.kind(k) == .word {
                // (أن is a connector too: the anterior verb's is asked first.)
                if let verb = anteriorVerb(before: k, floor: floor, view) {
                    k = verb - 1
                } else if isConnector(view, k) || kana.contains(view.key(k)) || isTime(view, k) {
                    if followsClauseOpener(k + 1, floor: floor, view) { conjunction = true }
                    k -= 1
                } else {
                    break
                }
            }
            return k
        }
        func opens(_ k: Int) -> Bool {
            k < floor || view.paragraph(k) != view.paragraph(i) || !view.isWord(k) || relatives.contains(keyOrStemOf: k, view)
        }
        var k = opener(before: i)
        if opens(k) || conjunction { return true }
        // Not for a cue that is also a preposition (عند النقاش بين …).
        guard !isPreposition(view, i) else { return false }
        var words = 0
        while k >= floor, words < 3, view.kind(k) == .word, !isFrontedPreposition(view, k), !relatives.contains(keyOrStemOf: k, view),
              lexicons.cues.entry(view, k) == nil {
            k -= 1
            words += 1
        }
        guard words > 0, k >= floor, isFrontedPreposition(view, k) else { return false }
        return opens(opener(before: k))
    }

    /// True when a cue at `i` follows a fronted subordinate clause that opens its clause
    /// (وفيما تتابع القوات الضغط قالت مصادر إن …، وفيما يتعلق بالانتخابات قال الوزير إن …):
    /// the clause, from the start of the sentence or a punctuation mark, opens with one of
    /// ``CueTable/subordinators`` (or في حين) and has at most 15 words before the cue.
    func afterFrontedClause(_ i: Int, floor: Int, _ view: TokenView) -> Bool {
        var k = i - 1
        while k >= floor, i - k <= 16, view.isWord(k), view.paragraph(k) == view.paragraph(i) { k -= 1 }
        guard k < floor || !view.isWord(k) || view.paragraph(k) != view.paragraph(i) else { return false }
        var s = k + 1
        while s < i, view.kind(s) == .word, view.length(s) == 1 { s += 1 }
        if s + 1 < i, view.key(s) == fi { s += 1 }
        return s + 1 < i && lexicons.cues.isSubordinator(view, s)
    }

    /// True when the comma at `comma` closes a phrase that opens its sentence with a preposition
    /// or a subordinator, at most 12 words (من جانبه، وفي شأن ذي صلة، وفيما يتعلق بحجم الودائع):
    /// the word after such a comma opens the main clause.
    func closesFrontedPhrase(_ comma: Int, floor: Int, _ view: TokenView) -> Bool {
        var k = comma - 1
        while k >= floor, comma - k <= 12, view.isWord(k), view.paragraph(k) == view.paragraph(comma) { k -= 1 }
        guard k < floor || view.paragraph(k) != view.paragraph(comma) else { return false }
        var s = k + 1
        while s < comma, view.kind(s) == .word, view.length(s) == 1 { s += 1 }
        return s < comma && (isFrontedPreposition(view, s) || lexicons.cues.isSubordinator(view, s))
    }

    /// A preposition that may open a fronted place or time phrase (في، وفي، من، خلال، بعد):
    /// not the particles و، أو، غير، ولا, which the preposition table also holds.
    private func isFrontedPreposition(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && view.length(i) >= 2 && context.isPreposition(keyOrStemOf: i, view)
            && !lexicons.cues.isComplementizerWord(view, i) && !particles.contains(keyOrStemOf: i, view)
    }

    /// True when token `i` is a preposition whose object follows it (``isFrontedPreposition(_:_:)``):
    /// not حتى, which also opens a clause (حتى دخل رئيس المباحث وقال), nor a word that folds like
    /// a preposition but names a person (the name علي; إمام, folded as أمام, a title).
    private func takesObject(_ view: TokenView, _ i: Int) -> Bool {
        isFrontedPreposition(view, i) && view.stem(i) != hatta && !sources.isNameAli(view, i) && sources.role(view, i) == nil
    }

    /// True when token `i` is a preposition or particle of the context lexicon, and not the
    /// name علي (see ``SourceLexicon/isNameAli(_:_:)``).
    func isPreposition(_ view: TokenView, _ i: Int) -> Bool {
        context.isPreposition(view, i) && !sources.isNameAli(view, i)
    }

    /// Where a number at `k` that is part of the name before it ends: after a noun it identifies
    /// (البلاغ رقم 3611، المادة 230: the number, and a year behind لسنة or لعام), or with the
    /// month after it, after an organization or a group named by a date (حركة 6 أبريل، حركة شباب
    /// 6 أبريل). Nil for any other token, and for a number that reads as a date (أمس 5 فبراير).
    func numberInName(_ k: Int, end: Int, _ view: TokenView) -> Int? {
        guard k > 0, k < end, view.kind(k) == .number, view.kind(k - 1) == .word else { return nil }
        if sources.isNumberedNoun(view, k - 1) {
            // With its year (رقم 622 لسنة 2013).
            return k + 2 < end && sources.isYearOf(view, k + 1) && view.kind(k + 2) == .number ? k + 3 : k + 1
        }
        guard k + 1 < end, view.kind(k + 1) == .word, sources.isTimeWord(view, k + 1), !sources.isTimeWord(view, k - 1) else { return nil }
        // The organization's word right before the number or one word before it (حركة شباب 6 أبريل).
        for w in max(0, k - 2)..<k where view.kind(w) == .word {
            if let role = sources.role(view, w), role == .organization || role == .group { return k + 2 }
        }
        return nil
    }

    func isTime(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .number || sources.isTimeWord(view, i)
    }

    /// A medium phrase starts at `i`: في/عبر/على + a medium word (possibly in quotation marks).
    func mediumStart(_ view: TokenView, _ i: Int, _ quotes: QuoteIndex, end: Int) -> String? {
        guard i + 1 < end, sources.isMediumPreposition(view, i) else { return nil }
        var j = i + 1
        if let q = quotes.opened(at: j), let open = quotes.quotes[q].openTokens { j = open.upperBound }
        guard j < end, view.kind(j) == .word else { return nil }
        if let type = sources.mediumType(view, j) {
            if type == "audio_recording", j + 1 < end, view.key(j + 1) == ArabicKey.key("مصور") { return "video" }
            return type
        }
        return nil
    }

    /// True when لي at `i` is "to me" (أكد لي وزير المالية، وقالوا لى إن) rather than the name Li
    /// (قال لي كه تشيانغ): no name word follows it before `end`.
    private func toMe(_ i: Int, _ end: Int, _ view: TokenView) -> Bool {
        view.kind(i) == .word && view.key(i) == liKey && (i + 1 == end || !nameLike(view, i + 1) || sources.role(view, i + 1) != nil)
    }

    /// True when an unknown word with ل at `i` is the family name of the name before it rather
    /// than an addressee: a title follows it (أندريه ليسينكو المتحدث باسم الجيش، إبرام لويس مؤسس
    /// الرابطة). A glued لـ with a known word (لمدير، لوكيل) is no unknown word.
    private func familyName(_ i: Int, end: Int, _ view: TokenView) -> Bool {
        i + 1 < end && sources.exactRole(view, i) == nil && sources.baseRole(view, i) == nil && sources.role(view, i + 1) == .title
    }

    /// An addressee starts at `i`: لـ + a medium, an outlet name, a group, or a quotation.
    /// `regionStart`: `i` opens the region between a cue and its content; `afterName`: a
    /// personal name runs up to `i`.
    func addresseeStart(_ view: TokenView, _ i: Int, _ quotes: QuoteIndex, end: Int, regionStart: Bool = false,
                        afterName: Bool = false) -> Bool {
        guard view.kind(i) == .word else { return false }
        guard view.first(i) == 0x0644 else { return false }
        // لـ at the start of the region, before any subject, or after a name: وقال للدستور إن …،
        // وأكد لجميع الأطراف، وقال لجمال علام، وقال لمصراوي مصدر أمني، وقال محمد للصحفيين. An
        // unknown word is taken for a name that starts with ل (ليبرمان، لافروف، لمياء محمود)
        // unless a source other than a name follows it (not one with ل: وقال لودربان للصحافيين);
        // after a name, a title that follows makes it the family name (وقال أندريه ليسينكو
        // المتحدث باسم الجيش).
        if regionStart || afterName, view.length(i) > 2, !(afterName && familyName(i, end: end, view)), view.definite(i)
            || (sources.exactRole(view, i) == nil && (sources.baseRole(view, i) != nil
                || (i + 1 < end && view.first(i + 1) != 0x0644 && headsSource(view, i + 1, names: false)))) {
            return true
        }
        if view.length(i) == 1 { return i + 1 < end && quotes.opened(at: i + 1) != nil }
        if i + 1 < end, view.glued(i + 1), quotes.opened(at: i + 1) != nil { return true }
        if view.definite(i) && view.first(i) == 0x0644 && view.key(i) == view.base(i) { return false }
        switch sources.role(view, i) {
        case .media: return true
        // Not the group in a body's name, which has no article or goes on (الاتحاد العام لعمال
        // مصر، الاتحاد الوطني للصحفيين بالمملكة المتحدة; but وقال رئيس الحكومة للصحافيين إن).
        case .group:
            let mayGoOnName = !view.definite(i) || (i + 1 < end && view.definite(i + 1))
            return !mayGoOnName || !(max(0, i - 2)..<i).contains { sources.role(view, $0) == .organization }
        default: return false
        }
    }

    // MARK: VSO region

    /// Parses the tokens between a cue and its content. `names` holds the ``TokenView/base(_:)``
    /// keys of the words of sources found before in the document: such a word is a name even
    /// where it reads as a preposition phrase (وأكد بوتفليقة أن, after عبد العزيز بوتفليقة).
    public func region(_ r: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex, relayAllowed: Bool,
                       names: [UInt64] = []) -> CueRegion {
        var endings = OriginalEndings(source: view.source, tokens: view.tokens)
        return region(r, view, quotes, relayAllowed: relayAllowed, names: names, endings: &endings)
    }

    /// ``region(_:_:_:relayAllowed:names:)`` reading original endings through the document's
    /// cursor `endings`. With the cue's `agreement` known, a word after a masculine cue that has
    /// the shape of an accusative of manner is no subject (see
    /// ``activeParticipleOfManner(_:names:_:_:)``).
    func region(_ r: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex, relayAllowed: Bool,
                names: [UInt64] = [], agreement: Agreement = .unknown, endings: inout OriginalEndings) -> CueRegion {
        var result = CueRegion()
        // A preposition with a pronoun suffix right after the cue (أكدت عليه المحكمة) is no part
        // of the source; before punctuation (اعترفت بها، لكن …) it ends the cue's clause, and
        // what follows is no source either.
        let start = r.lowerBound
        var r = r.drop(while: { sources.isPronounPreposition(view, $0) })
        guard !r.isEmpty else {
            result.pronounsOnly = r.lowerBound > start
            return result
        }
        // A relay from someone named before (ونقلت عنه وكالة رويترز قوله): an outlet relays, and
        // the pronoun's speaker is the source, found as a pro-drop cue's. (Only an outlet: in الأمر
        // الذي ذكر عنه ابن عقيل أنه, the pronoun is what was spoken about.)
        if relayAllowed, r.lowerBound == start + 1, anPronouns.contains(keyOrStemOf: start, view),
           let via = describe(r, view, quotes, cut: true), via.type == .media {
            result.relay = (via, start)
            result.pronounsOnly = true
            return result
        }
        // "To me" is no source either, but the cue still reports (قال لي إن: pro-drop).
        r = r.drop(while: { toMe($0, r.upperBound, view) })
        guard !r.isEmpty else { return result }
        if r.lowerBound > start, !view.isWord(r.lowerBound), quotes.opened(at: r.lowerBound) == nil {
            result.junk = true
            return result
        }
        // The verb's preposition before the content (كشفت التحريات عن أن) is no part of it either.
        while r.count > 1, sources.isTrailingPreposition(view, r.upperBound - 1) { r = r.lowerBound..<r.upperBound - 1 }
        if relayAllowed, let connector = findConnector(r, view, quotes),
           let via = describe(r.lowerBound..<connector, view, quotes, cut: true), view.key(connector) == an || via.type == .media {
            result.relay = (via, connector)
            r = connector + 1..<r.upperBound
            // عنه after an outlet: the pronoun's speaker, as above (ونقلت وكالة رويترز عنه قوله).
            if view.key(connector) != an {
                result.pronounsOnly = true
                return result
            }
        }
        // Only the first two noun phrases matter (a source and its apposition).
        var firstNP: Range<Int>?, secondNP: Range<Int>?
        var afterAdverbials = false
        // A segment of adverbials alone after the first noun phrase: a noun phrase after it is
        // no apposition of the first (الوزير، خلال مؤتمر مع نظيره، سامح شكري، أن).
        var adverbialSegment = false
        var it = Segments(r)
        while let seg = it.next(self, view, quotes) {
            // Adverbials may stand before the subject too: وقال لـ"العربية" مصطفى بالي، وأكد اليوم الوزير.
            var npStart = firstNP == nil ? leadingAdverbials(seg, regionStart: r.lowerBound, view, quotes, &result) : seg.lowerBound
            // A relative clause set off after a medium or an addressee describes it (في مداخلة
            // هاتفية مع برنامج "القاهرة اليوم"، الذي يذاع على فضائية "اليوم"، أن): no subject.
            if firstNP == nil, npStart == seg.lowerBound, npStart < seg.upperBound, result.medium != nil || result.addressee != nil,
               sources.relativeAgreement(view, npStart) != nil {
                continue
            }
            // The object of an idiom of unveiling stands where a subject would (وكانت الحكومة
            // قد كشفت النقاب أن): the subject, if any, follows it.
            if firstNP == nil, npStart < seg.upperBound, sources.isVeilNoun(view, npStart) { npStart += 1 }
            var k = npStart
            var npEnd = seg.upperBound
            // The noun phrase runs to the first medium, addressee or time word.
            while k < seg.upperBound {
                if let q = quotes.opened(at: k) { k = max(k + 1, quotes.end(of: q)); continue }
                if view.punct(k) == 0x28, let close = closingParen(view, k, seg.upperBound) { k = close + 1; continue }
                // Whether a personal name runs up to here matters only before a preposition or a
                // لـ word; only then is it worked out (it walks the words again).
                let preposition = isPreposition(view, k)  // asked up to three times below
                let nameMatters = (preposition && view.length(k) > 1) || (view.first(k) == 0x0644 && view.length(k) > 2)
                let nameBefore = nameMatters && k > seg.lowerBound
                    && (leadingName(seg.lowerBound..<k, view, quotes) == seg.lowerBound..<k || titleAndName(seg, endingAt: k, view)
                        || quotedNameEnds(before: k, quotes))
                let afterName = nameBefore && view.first(k) == 0x0644 && view.length(k) > 2
                // After a personal or a quoted name, a preposition starts an adverbial (قال محمد خلال
                // المؤتمر، قالت "الأرصاد" عبر الإنذار المبكر).
                if nameBefore, preposition, view.length(k) > 1 { npEnd = k; break }
                // After one word with the article, a preposition before a word with a possessive
                // suffix opens an adverbial (وقال الديب في مرافعته، وأكدت المحكمة في أسبابها),
                // and a word with لل an addressee (وقال الجبالي للصحفيين، وأكد الدفاع للمحكمة)
                // unless the word is a title, which takes لل as its complement (المساعد للطب العلاجي),
                // but not a group or the media (وصرح السناتور للصحافيين).
                if k == npStart + 1, view.definite(npStart), quotes.opened(at: npStart) == nil,
                   (preposition && view.length(k) > 1 && k + 1 < seg.upperBound && pronounSuffixed(k + 1, view, &endings))
                    || (view.first(k) == 0x0644 && view.definite(k) && view.length(k) > 3
                        && (sources.role(view, npStart) != .title || sources.role(view, k) == .group || sources.role(view, k) == .media)) {
                    npEnd = k
                    break
                }
                // A participle of manner after the subject ends it (وأضاف داود أوغلو متسائلا:).
                if k > npStart, view.first(k) == 0x0645, circumstantial(k, names: names, afterSubject: true, view, &endings) { npEnd = k; break }
                // A pronoun opens a clause about the source (وقال هاكابي وهو مرشح …), and ما after
                // the subject the verb's object (ونفى «البلتاجى» ما نشر عن …; not على ما يبدو، كل ما، الذي ما زال).
                if k > npStart || firstNP != nil, sources.isClausePronoun(view, k) { npEnd = k; break }
                if k > npStart, view.key(k) == maKey, !isPreposition(view, k - 1), !sources.isObjectQuantifier(view, k - 1),
                   !relatives.contains(view.stem(k - 1)) {
                    npEnd = k
                    break
                }
                // A relative clause on a person's name or title says who the person is (وقال
                // كيري الذي قام بجولة في المنطقة إن): the person is the source. On other phrases
                // it belongs to the phrase (الإدارة التي يقودها الأكراد).
                if k > npStart, view.key(k) == view.stem(k), sources.relativeAgreement(view, k) != nil,
                   sources.role(view, k - 1) == .title || leadingName(npStart..<k, view, quotes) == npStart..<k
                    || titleAndName(npStart..<seg.upperBound, endingAt: k, view) {
                    npEnd = k
                    break
                }
                // A question word opens the question a cue of asking reports (وتساءل بكار هل …).
                if sources.isQuestionWord(view, k) { npEnd = k; break }
                // So do "for its part" (وذكرت صحيفة «السوداني» من جهتها) and the object of an
                // idiom of unveiling (وكشف وزير الداخلية النقاب عن) after the subject.
                if k > npStart, sources.opensSideAdverbial(view, k) || sources.isVeilNoun(view, k) { npEnd = k; break }
                if preposition, view.length(k) > 1, k > npStart, let q = quotes.opened(at: npStart), quotes.end(of: q) == k { npEnd = k; break }
                if k > npStart, let e = numberInName(k, end: seg.upperBound, view) {
                    // After a name that ends in a date (حركة 6 أبريل), as after a personal name, a
                    // preposition or the verb's object ends the phrase (أعلنت حركة 6 أبريل عن …).
                    if e == k + 2, e < seg.upperBound, (isPreposition(view, e) && view.length(e) > 1) || sources.isObjectNoun(view, e) {
                        npEnd = e
                        break
                    }
                    k = e
                    continue
                }
                if mediumStart(view, k, quotes, end: seg.upperBound) != nil || lexicons.cues.preposition(view, at: k) != nil
                    || (k > npStart && lexicons.cues.isVerbalNounThroughClitics(view, k))
                    || addresseeStart(view, k, quotes, end: seg.upperBound, regionStart: k == r.lowerBound, afterName: afterName)
                    || isTime(view, k) || (preposition && k + 1 < seg.upperBound && isTime(view, k + 1)) {
                    npEnd = k
                    break
                }
                k += 1
            }
            if npEnd > npStart {
                if firstNP == nil {
                    firstNP = cutAtBreak(npStart..<npEnd, view, quotes)
                    afterAdverbials = npStart > seg.lowerBound
                }
                else if secondNP == nil, !adverbialSegment { secondNP = cutAtBreak(npStart..<npEnd, view, quotes) }
            } else if firstNP != nil {
                adverbialSegment = true
            }
            // What follows the noun phrase in the segment: medium, addressee, time.
            var m = npEnd
            while m < seg.upperBound {
                if let e = adverbial(at: m, seg, regionStart: r.lowerBound, leading: false, view, quotes, &result) { m = e; continue }
                m += 1
            }
        }
        guard let first = firstNP else { return result }
        // A participle of manner may also open a longer phrase (وأضاف متحدثا إلى نواب حزبه:).
        if (first.count == 1 && cueWordAlone(first.lowerBound, names: names, view))
            || circumstantial(first.lowerBound, names: names, view, &endings)
            || (first.count == 1 && accusativeOfManner(first.lowerBound, view, &endings))
            || (first.count == 1 && agreement == .masculine && activeParticipleOfManner(first.lowerBound, names: names, view, &endings)) {
            return result
        }
        // A word alone between the cue and its content is its subject (وقال برينان إن), also
        // before nothing but an addressee or a medium (وقال بنكيران لصحف مغربية إن).
        let alone = first.count == 1 && (first == r || (first.lowerBound == r.lowerBound && secondNP == nil
            && (result.addressee != nil || result.medium != nil)))
        let described = describe(first, view, quotes, cut: false, subject: true, names: names, alone: alone)
        // A medium that speaks (وقال بيان للجيش إن) is also the channel of the statement.
        if result.medium == nil, let phrase = described, let head = view.firstWord(in: phrase.tokens),
           let type = sources.speakingMediumType(view, head), sources.role(view, head) == .medium {
            result.medium = (head..<head + 1, type)
        }
        // After adverbials, only a clear phrase is the subject (not قبل أسابيع عقب السرقة).
        if afterAdverbials, (described?.strength ?? .weak) < .medium { return result }
        if described == nil, view.kind(first.lowerBound) == .word,
           !isConnector(view, first.lowerBound), !isPreposition(view, first.lowerBound) {
            result.junk = true
        }
        if let phrase = described {
            if let secondNP, let second = describe(secondNP, view, quotes, cut: false) {
                // (Not before a phrase that و joins to it: «صباحى»، والمبعوث الخاص السابق.)
                let joined = view.first(secondNP.lowerBound) == 0x0648 && view.definite(secondNP.lowerBound)
                result.source = apposition(phrase, second, quotedName: isOneQuotation(first, quotes) && !joined)
            } else {
                result.source = phrase
            }
        }
        return result
    }

    /// Where the subject ends in `region`, the words between the verb at `verb` and a content
    /// that its object comes before (وصف X بأن), when the object follows the subject with nothing
    /// between: after a quoted name (ووصف «العشري» أحداث بورسعيد), or after the clause's subject
    /// that names someone or is no person (ووصفت النيابة المتهم). Nil where a comma sets the
    /// subject off (the phrase of the source ends there anyway) or a preposition follows the
    /// subject, whose phrase it may go on (وصف النواب في البرلمان الروسي هذه البطولة).
    func subjectEnd(beforeObjectIn region: Range<Int>, after verb: Int, _ view: TokenView, _ quotes: QuoteIndex) -> Int? {
        guard !region.isEmpty, !region.contains(where: { view.isComma($0) }) else { return nil }
        if quotedName(at: region.lowerBound, quotes), let q = quotes.opened(at: region.lowerBound) {
            let end = quotes.end(of: q)
            return end < region.upperBound && view.isWord(end) && !isPreposition(view, end) ? end : nil
        }
        guard let first = view.firstWord(in: region), let subject = mainSubject(verb..<region.upperBound, view, quotes),
              subject.tokens.lowerBound == first,
              subject.name != nil || subject.type != .person else { return nil }
        let end = subject.tokens.upperBound
        return end < region.upperBound && !isPreposition(view, end) ? end : nil
    }

    /// Where the subject ends in `region`, the words between a directive verb and its content,
    /// when whom the verb addresses closes the region: a group or a body with the article after a
    /// word with the article or a name (ودعا الرئيس المواطنين إلى أن، وطالبت الحركة الحكومة بأن).
    /// Nil for a genitive, which follows a word without the article (ودعا رئيس الحكومة إلى أن).
    func subjectEnd(beforeAddresseeIn region: Range<Int>, _ view: TokenView) -> Int? {
        guard let w = view.lastWord(in: region), w > region.lowerBound, view.definite(w), view.isWord(w - 1),
              let role = sources.role(view, w), role == .group || role == .organization,
              view.definite(w - 1) || sources.opensName(view, w - 1) else { return nil }
        return w
    }

    /// True when `r` is exactly one quotation, marks included.
    private func isOneQuotation(_ r: Range<Int>, _ quotes: QuoteIndex) -> Bool {
        guard let q = quotes.opened(at: r.lowerBound) else { return false }
        return quotes.end(of: q) == r.upperBound
    }

    /// Title and name in apposition, "مدير المكتب، مصطفى بالي" or "مصطفى بالي، المسؤول": the
    /// name is the source and the title its title; a quoted name with a person's title after
    /// it (`quotedName`: «هوا تشون ينغ»، المتحدثة باسم الخارجية) is that person, whole; any
    /// other pair is the first phrase alone.
    private func apposition(_ first: SourcePhrase, _ second: SourcePhrase, quotedName: Bool = false) -> SourcePhrase {
        if quotedName, second.name == nil, second.type == .person {
            return SourcePhrase(tokens: first.tokens, name: first.tokens, title: second.tokens, affiliation: second.affiliation, type: .person)
        }
        var phrase = first
        // The name may carry a title of its own (مستشار الجيش، الدكتور صلاح الدين عبد الكريم).
        if phrase.name == nil, phrase.type == .person || phrase.type == .unnamedPerson, second.type == .person,
           let name = second.name, name.upperBound == second.tokens.upperBound {
            phrase = SourcePhrase(tokens: second.tokens, name: name, title: phrase.tokens,
                                  affiliation: phrase.affiliation, type: .person)
        } else if phrase.name == phrase.tokens, second.name == nil, second.type == .person {
            phrase.title = second.tokens
            phrase.affiliation = phrase.affiliation ?? second.affiliation
        }
        return phrase
    }

    /// True when the word at `w`, alone between a cue and its content, is a cue itself: the
    /// speaker's own verb, not a subject (وأضاف أعتقد أنه …), or a verbal noun cue with its
    /// preposition (وأكمل بقوله: …), unless an earlier source named someone so (`names`: وأكد ناشد
    /// after القمص … ناشد).
    private func cueWordAlone(_ w: Int, names: [UInt64], _ view: TokenView) -> Bool {
        (lexicons.cues.entry(view, w) != nil || lexicons.cues.isVerbalNounThroughClitics(view, w)) && !names.contains(view.base(w))
    }

    /// True when the word at `w`, first after a cue, is an active participle in the accusative
    /// or the feminine that describes the speaker (وتابعت مشككة في نوعية
    /// الهواء، وقال متسائلاً:): it starts with م but not with ما (مارادونا), has no article,
    /// ends in ا or ة, and a preposition or a colon follows it, or for a word of six letters or
    /// more in the accusative ا a media noun behind a glued ل or ب (وقال لي متحدثا لصحيفة …;
    /// not a family name after the subject: ماني براساد ميشرا لوكالة فرانس برس). A name so
    /// spelled (مشيرة خطاب) has a name after it, and one named before (`names`) stays a name. A
    /// title in ة is the subject (وقالت مراسلة في القناة); one in the accusative ا is not (وأضاف
    /// متحدثا إلى نواب حزبه).
    /// With `afterSubject`, for a word that follows the subject (وأضاف داود أوغلو متسائلا:), only
    /// the accusative ا counts, and not the suffix ها (على هامش مشاركتها).
    private func circumstantial(_ w: Int, names: [UInt64], afterSubject: Bool = false, _ view: TokenView,
                                _ endings: inout OriginalEndings) -> Bool {
        let last = view.last2(w) & 0xFFFF
        guard view.kind(w) == .word, view.first(w) == 0x0645, !view.definite(w), view.length(w) >= 5, last == 0x0627 || last == 0x0647,
              !afterSubject || (last == 0x0627 && view.last2(w) >> 16 != 0x0647),
              w + 1 < view.count, view.punct(w + 1) == 0x3A || (view.kind(w + 1) == .word && isPreposition(view, w + 1))
                || (!afterSubject && last == 0x0627 && view.length(w) >= 6 && sources.isGluedMediaNoun(view, w + 1)),
              !names.contains(view.base(w)), last == 0x0627 || sources.role(view, w) == nil else { return false }
        // Reading the original text costs more than the look-ups: it comes last.
        return endings.letters(w).second != 0x0627
    }

    /// True when the word at `w` is written with tanwin fath and ends in ا, an indefinite
    /// accusative that says how the speaker spoke (حيث قال ضاحكاً:، وأضاف مازحاً): names never
    /// carry it. The original text is read only for a word in ا without the article.
    private func accusativeOfManner(_ w: Int, _ view: TokenView, _ endings: inout OriginalEndings) -> Bool {
        view.kind(w) == .word && !view.definite(w) && view.last2(w) & 0xFFFF == 0x0627 && endings.letters(w).tanwin
    }

    /// True when the word at `w` has the shape of an active participle of the first form in the
    /// accusative, written without its tanwin (وقال ساخرا:، حيث قال باكيا:، واضاف مازحا ان): five
    /// letters, ا second and last, no article or clitic, no known role, not named before. Asked
    /// after a masculine cue only: a name of that shape is a woman's (وقالت راندا:), with which
    /// the verb would agree.
    private func activeParticipleOfManner(_ w: Int, names: [UInt64], _ view: TokenView, _ endings: inout OriginalEndings) -> Bool {
        guard view.kind(w) == .word, view.length(w) == 5, view.last2(w) & 0xFFFF == 0x0627, !view.definite(w),
              view.key(w) == view.stem(w), sources.role(view, w) == nil, !names.contains(view.base(w)) else { return false }
        return endings.letters(w).second == 0x0627
    }

    /// True when the region parsed as `info` holds nothing but its addressee, its medium, time
    /// words and commas (or nothing): no subject stands between the cue and its content
    /// (لكنه أكد لـ«الشرق الأوسط» أن، لكنه قال، إن).
    func adverbialsOnly(_ r: Range<Int>, _ info: CueRegion, _ view: TokenView) -> Bool {
        guard info.source == nil, !info.junk, info.relay == nil else { return false }
        return r.allSatisfy { t in
            view.isComma(t) || info.addressee?.contains(t) == true || info.medium?.tokens.contains(t) == true
                || sources.isTimeWord(view, t)
        }
    }

    /// True when a subject phrase found before a cue starts its sentence, paragraph or clause:
    /// nothing but a clause-opening conjunction (لكن مرسي قال إن) or punctuation stands before it.
    func opensClause(_ phrase: Range<Int>, floor: Int, _ view: TokenView) -> Bool {
        var k = phrase.lowerBound - 1
        while k >= floor, view.kind(k) == .word, view.length(k) == 1 { k -= 1 }
        return k < floor || view.paragraph(k) != view.paragraph(phrase.lowerBound) || !view.isWord(k)
            || clauseOpeners.contains(keyOrStemOf: k, view)
    }

    /// True when a relative pronoun or the relative ما/من stands right before token `i` (أول من ذكرت).
    func followsRelative(_ i: Int, _ view: TokenView) -> Bool {
        i > 0 && relatives.contains(keyOrStemOf: i - 1, view)
    }

    /// Where the subject starts in a segment that opens with adverbials: time words (اليوم
    /// الأربعاء), an addressee (لـ"العربية"، لوكالة رويترز) or a medium (في بيان), recorded in
    /// `result` as they are passed.
    private func leadingAdverbials(_ seg: Range<Int>, regionStart: Int, _ view: TokenView, _ quotes: QuoteIndex,
                                   _ result: inout CueRegion) -> Int {
        var k = seg.lowerBound
        while k < seg.upperBound {
            if view.kind(k) == .word, isTime(view, k) { k += 1; continue }
            if view.kind(k) == .number, k > seg.lowerBound, isTime(view, k - 1) { k += 1; continue }
            // A quoted name right before a new head is the verb's object: أبلغت «عكاظ» مصادر مطلعة.
            if result.addressee == nil, let q = quotes.opened(at: k), quotes.quotes[q].quoteClass == .name {
                let e = quotes.end(of: q)
                if e < seg.upperBound, let role = sources.role(view, e), [.anonymous, .title, .unnamedPerson, .group].contains(role) {
                    result.addressee = k..<e
                    k = e
                    continue
                }
            }
            guard let e = adverbial(at: k, seg, regionStart: regionStart, leading: true, view, quotes, &result) else { break }
            k = e
        }
        return k
    }

    /// The end of the medium or addressee starting at `m`, recording it in `result` (the first
    /// of each kind only); nil when none starts there. Before the subject (`leading`), a medium
    /// ends at a given name (في بيان مصطفى بالي) or, past the word after its noun, at another word
    /// that can head a source (في تصريح صحفي مدير الأمن).
    private func adverbial(at m: Int, _ seg: Range<Int>, regionStart: Int, leading: Bool, _ view: TokenView, _ quotes: QuoteIndex,
                           _ result: inout CueRegion) -> Int? {
        if result.medium == nil, let type = mediumStart(view, m, quotes, end: seg.upperBound) {
            var e = m + 2
            // Before the subject, the medium ends at a source's head, unless that is the word
            // after the medium noun (في تصريح صحفي مدير الأمن: an adjective or genitive).
            while e < seg.upperBound, !addresseeStart(view, e, quotes, end: seg.upperBound), !isTime(view, e),
                  !leading || !headsSource(view, e) || (e == m + 2 && sources.exactRole(view, e) != .givenName) {
                // A relative clause (خلال المؤتمر الذي حضره رئيس الوزراء) has a subject of its own,
                // and the object of مع takes part without speaking (في مداخلة هاتفية مع الإعلامية
                // ريم ماجد): neither is the cue's subject.
                if leading, relatives.contains(keyOrStemOf: e, view) || sources.isPartnerPreposition(view, e) { e = seg.upperBound; break }
                e += 1
            }
            result.medium = (m..<e, type)
            return e
        }
        if result.addressee == nil, addresseeStart(view, m, quotes, end: seg.upperBound, regionStart: m == regionStart) {
            var e = m + 1
            if let q = quotes.opened(at: e) { e = quotes.end(of: q) } else if view.length(m) == 1, let q = quotes.opened(at: m + 1) { e = quotes.end(of: q) }
            // The outlet's name may follow (لوكالة رويترز، لإذاعة الجيش الإسرائيلي), not a new head
            // (لرويترز مسؤول أمريكي).
            while e < seg.upperBound, e - m <= 3, !isTime(view, e), mediumStart(view, e, quotes, end: seg.upperBound) == nil,
                  lexicons.cues.entry(view, e) == nil, view.isWord(e) || quotes.opened(at: e) != nil,
                  !headsSource(view, e) || (e == m + 1 && sources.isMediaNoun(view, m)) {
                if let q = quotes.opened(at: e) { e = quotes.end(of: q) } else { e += 1 }
            }
            result.addressee = m..<min(e, seg.upperBound)
            return e
        }
        return nil
    }

    /// True when the word at `i` can open a source phrase of its own: a title, a person, an
    /// anonymous source, an organization, a group, or with `names` a given name. Not a
    /// medium's name.
    private func headsSource(_ view: TokenView, _ i: Int, names: Bool = true) -> Bool {
        switch sources.role(view, i) {
        case nil, .media?, .time?, .medium?, .namePart?: return false
        case .givenName?: return names
        default: return true
        }
    }

    /// True when `phrase` opens with a demonstrative (هذه المصادر, see ``describe(_:_:_:cut:afterPreposition:subject:names:alone:)``).
    func opensWithDemonstrative(_ phrase: SourcePhrase, _ view: TokenView) -> Bool {
        pointingDemonstratives.contains(view.key(phrase.tokens.lowerBound))
    }

    /// True when the word at `i` has a role a demonstrative before it can point back to: a
    /// source's head or a medium (هذا المسؤول، هذه المصادر، هذا البيان), not a name or a time.
    private func pointsBack(_ view: TokenView, _ i: Int) -> Bool {
        switch sources.role(view, i) {
        case nil, .time?, .namePart?, .givenName?: return false
        default: return true
        }
    }

    /// A noun phrase ends where a plain word follows a word with the article (الدفاع طلب …),
    /// unless a personal name runs from there to the end (المتحدث سارة ساندرز), and before a
    /// demonstrative phrase after a word with the article (النواب هذه البطولة: the object).
    func cutAtBreak(_ r: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex) -> Range<Int> {
        let r = r.lowerBound..<verbParticle(in: r, view, quotes)
        var k = r.lowerBound + 1
        while k < r.upperBound {
            if let q = quotes.opened(at: k) { k = max(k + 1, quotes.end(of: q)); continue }
            // A rank grade continues its title (الفريق أول عبد الفتاح السيسي).
            let grade = sources.rankGrade(view, k)
            if grade > 0 { k += grade; continue }
            // So does a noun with the number that identifies it (البلاغ رقم 3611).
            if sources.isNumberedNoun(view, k), let e = numberInName(k + 1, end: r.upperBound, view) { k = e; continue }
            // A demonstrative phrase after a definite subject is the verb's object (وصف النواب في
            // البرلمان الروسي هذه البطولة بأنها). After an indefinite noun it is its genitive
            // (أحد أعضاء تلك المجموعة، مؤيدو هذه الخطوة), after a preposition its object.
            if context.isDemonstrative(view, k, conjunction: false), k + 1 < r.upperBound, view.definite(k + 1), view.definite(k - 1),
               !isPreposition(view, k - 1) {
                return r.lowerBound..<k
            }
            if view.kind(k) == .word, !view.definite(k), view.definite(k - 1), !isPreposition(view, k),
               !functionWords.contains(view.key(k)), view.first(k) != 0x0628, view.first(k) != 0x0644, view.first(k) != 0x0643,
               sources.role(view, k) == nil || sources.role(view, k) == .quantifier || sources.exactRole(view, k) == .givenName
                || sources.exactRole(view, k) == .namePart {
                // A relative clause (الإدارة التي يقودها …) belongs to the phrase.
                if relatives.contains(keyOrStemOf: k - 1, view) { return r }
                // So does the namesake of a body (المتحدث باسم مركز الملك سلمان للإغاثة).
                if namesBody(k - 1, view), opensRun(k, view) { k += 1; continue }
                if let name = embeddedName(r, view, quotes), name.lowerBound <= k || (name.lowerBound == k + 1 && coordinated(view, k)) {
                    return r
                }
                return r.lowerBound..<k
            }
            k += 1
        }
        return r
    }

    /// Where a particle of a verb after a word with the article ends phrase `r` (الفريق أول عبد
    /// الفتاح السيسي لم يدر ظهره), else its end; not in a relative clause, whose verb it opens
    /// (المصدر الذي لم تذكر الصحيفة اسمه). Quotations are skipped.
    private func verbParticle(in r: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex) -> Int {
        var k = r.lowerBound + 1
        while k < r.upperBound {
            if let q = quotes.opened(at: k) { k = max(k + 1, quotes.end(of: q)); continue }
            if view.definite(k - 1), verbParticles.contains(view.key(k)) { break }
            k += 1
        }
        guard k < r.upperBound else { return r.upperBound }
        // Rare: only now look back for a relative pronoun.
        var j = r.lowerBound + 1
        while j < k {
            if let q = quotes.opened(at: j) { j = max(j + 1, quotes.end(of: q)); continue }
            if relatives.contains(keyOrStemOf: j, view) { return r.upperBound }
            j += 1
        }
        return k
    }

    /// The first noun of saying of `r` after its first word, written bare (no clitic, article or
    /// suffix: ``SourceTable/sayingNouns``, ``SourceTable/pluralSayingNouns``) with a word after
    /// it: in ونقلت الوكالة قول مصادر رسمية إن, قول, whose genitive is who said it.
    func sayingNounAfterSubject(in r: Range<Int>, _ view: TokenView) -> Int? {
        guard r.count >= 3 else { return nil }
        for t in r.lowerBound + 1..<r.upperBound - 1 where view.isWord(t) && view.base(t) == view.key(t) {
            if sources.isSayingNoun(view, t) || sources.isPluralSayingNoun(view, t) { return view.isWord(t + 1) ? t : nil }
        }
        return nil
    }

    /// The عن of a relay (نقلت وكالة X عن Y), or عنه at the end (نقلت وكالة X عنه), outside
    /// quotations.
    private func findConnector(_ r: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex) -> Int? {
        var k = r.lowerBound + 1
        while k < r.upperBound {
            if let q = quotes.opened(at: k) { k = quotes.end(of: q); continue }
            if view.key(k) == an { return k + 1 < r.upperBound ? k : nil }
            if k + 1 == r.upperBound, anPronouns.contains(keyOrStemOf: k, view) { return k }
            k += 1
        }
        return nil
    }

    /// The parts of a range between commas and dashes outside quotations and brackets, one
    /// at a time: callers want the first one or two, and an array of them would be allocated
    /// for each region and phrase.
    struct Segments {
        private var start: Int, k: Int
        private let end: Int
        private var done = false

        init(_ r: Range<Int>) { (start, k, end) = (r.lowerBound, r.lowerBound, r.upperBound) }

        mutating func next(_ finder: SourceFinder, _ view: TokenView, _ quotes: QuoteIndex) -> Range<Int>? {
            while k < end {
                if let q = quotes.opened(at: k) { k = max(k + 1, quotes.end(of: q)); continue }
                if view.punct(k) == 0x28, let close = finder.closingParen(view, k, end) { k = close + 1; continue }
                // A dash glued to a number and the word after it joins them (a score: فوز يونايتد
                // 1-صفر) and separates nothing.
                let dash = (view.punct(k) == 0x2D || view.punct(k) == 0x2013)
                    && !(view.glued(k) && k + 1 < end && view.glued(k + 1) && (view.kind(k - 1) == .number || view.kind(k + 1) == .number))
                if view.isComma(k) || dash {
                    let seg = start..<k
                    start = k + 1
                    k += 1
                    if !seg.isEmpty { return seg }
                    continue
                }
                k += 1
            }
            guard !done else { return nil }
            done = true
            return end > start ? start..<end : nil
        }
    }

    func closingParen(_ view: TokenView, _ open: Int, _ end: Int) -> Int? {
        var k = open + 1
        while k < min(end, open + 8) {
            if view.punct(k) == 0x29 { return k }
            k += 1
        }
        return nil
    }

    // MARK: Describing a phrase

    /// Types a noun phrase and splits title from name. With `cut`, the phrase is first trimmed
    /// to its first comma and to a following medium, addressee or time word. A phrase headed
    /// by a medium noun is a source only after a preposition (عن بيان الوزارة) or, with
    /// `subject`, when its medium speaks (``SourceTable/speakingMediumTypes``: وأكد البيان أن).
    /// `names` are as in ``region(_:_:_:relayAllowed:names:)``; `alone` is true for a one-word
    /// phrase that is all that stands between a cue and its content (see ``prepositionPhrase(_:_:names:alone:)``).
    public func describe(_ r: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex, cut: Bool,
                         afterPreposition: Bool = false, subject: Bool = false, names: [UInt64] = [],
                         alone: Bool = false) -> SourcePhrase? {
        var r = r
        if cut {
            var it = Segments(r)
            if let first = it.next(self, view, quotes) { r = first }
        }
        // Drop leading connectors and "كل من" (both of).
        while r.count > 1, quotes.opened(at: r.lowerBound) == nil, view.kind(r.lowerBound) != .word || view.length(r.lowerBound) == 1
                || (view.key(r.lowerBound) == kull && view.key(r.lowerBound + 1) == minKey) {
            r = (view.key(r.lowerBound) == kull ? r.lowerBound + 2 : r.lowerBound + 1)..<r.upperBound
        }
        // Drop trailing punctuation, and quotation marks whose partner lies outside the phrase.
        func orphanClose(_ t: Int) -> Bool {
            let q = Int(quotes.closeAt[t])
            return q >= 0 && (quotes.quotes[q].openTokens?.lowerBound ?? t) < r.lowerBound
        }
        while let last = r.last, r.count > 1, !view.isWord(last), view.punct(last) != 0x29, quotes.closeAt[last] < 0 || orphanClose(last) {
            r = r.lowerBound..<last
        }
        while r.count > 1, let q = quotes.opened(at: r.lowerBound), quotes.end(of: q) > r.upperBound { r = r.lowerBound + 1..<r.upperBound }
        r = cutAtAdverbial(r, view, quotes)
        guard !r.isEmpty else { return nil }
        guard let headIndex = view.firstWord(in: r) else { return nil }
        let quoted = quotes.opened(at: r.lowerBound) != nil
        let headRole = quoted ? nil : sources.role(view, headIndex)
        // A demonstrative before a noun that heads a source points back to that source (وأكدت
        // هذه المصادر، وأضاف هذا المسؤول): the noun's phrase, the demonstrative included.
        if !quoted, headRole == nil, headIndex + 1 < r.upperBound, view.definite(headIndex + 1),
           pointingDemonstratives.contains(view.key(headIndex)), pointsBack(view, headIndex + 1),
           var phrase = describe(headIndex + 1..<r.upperBound, view, quotes, cut: false, afterPreposition: afterPreposition,
                                 subject: subject, names: names) {
            phrase.tokens = r.lowerBound..<phrase.tokens.upperBound
            return phrase
        }
        // A place in apposition (جنوب البلاد) is no source.
        if !quoted, headRole == nil, sources.isDirection(view, headIndex) { return nil }
        // Not a noun phrase: a particle, a preposition phrase, a suffixed verbal noun (بحضوره).
        if !quoted, !afterPreposition, prepositionPhrase(view, headIndex, names: names, alone: alone) { return nil }
        // فان before a name word opens a name (وقال فان جال إن), where فإن would be no subject.
        let van = view.key(headIndex) == vanKey && headIndex + 1 < r.upperBound && nameLike(view, headIndex + 1)
        if !quoted, headRole == nil || headRole == .namePart || headRole == .givenName {
            if isConnector(view, headIndex) && !van || relatives.contains(keyOrStemOf: headIndex, view)
                || isPreposition(view, headIndex) || view.kind(headIndex) == .number {
                return nil
            }
            if !view.definite(headIndex), hehSuffixed(headIndex, view), view.length(headIndex) > 3 { return nil }
        }
        let affiliation = firstQuote(r, quotes)
        var phrase = SourcePhrase(tokens: r, name: nil, title: nil, affiliation: affiliation, type: .organization)
        switch headRole {
        case .anonymous: phrase.type = .anonymous
        case .group: phrase.type = .group
        case .media: phrase.type = .media
        case .organization: phrase.type = .organization
        case .unnamedPerson:
            // A description with the article right before a name (المواطن أحمد سعيد، الطبيب عبد
            // الرحمن الهواري) describes that named person, as a title does.
            if view.definite(headIndex), let name = titledGivenName(r, view, quotes), name.lowerBound == headIndex + 1 {
                phrase.type = .person
                phrase.name = name
                phrase.title = r.lowerBound..<name.lowerBound
            } else {
                phrase.type = .unnamedPerson
                phrase.title = r
            }
        case .title:
            phrase.type = .person
            if let name = embeddedName(r, view, quotes) {
                phrase.name = name
                phrase.title = r.lowerBound..<name.lowerBound
            } else {
                phrase.title = r
            }
        case .quantifier:
            phrase.type = partitiveType(headIndex, r, view)
        case .medium where afterPreposition || (subject && speaks(headIndex, r, view)):
            phrase.type = .organization
        case .medium where subject && r.count == 1 && sources.isMediumFamilyName(view, headIndex):
            // وقال خطاب إن: Khattab said, not "a letter said".
            phrase.type = .person
            phrase.name = headIndex..<headIndex + 1
            phrase.strength = namedElsewhere(headIndex, view) ? .strong : .weak
        case .time, .medium:
            return nil
        case .namePart, .givenName, nil:
            if quoted {
                phrase.type = .organization
                if let name = quotedPersonName(r, view, quotes) {
                    phrase.type = .person
                    phrase.name = name
                }
            } else if let name = leadingName(r, view, quotes) {
                phrase.type = .person
                phrase.name = name
                if name.upperBound < r.upperBound { phrase.title = name.upperBound..<r.upperBound }
                let given = name.contains { sources.exactRole(view, $0) == .givenName }
                // A family name the document gives in full elsewhere names that person as clearly
                // (وتساءل عبدالمعبود … after صلاح عبدالمعبود).
                phrase.strength = phrase.title != nil || given || namedElsewhere(name.upperBound - 1, view) ? .strong
                    : name.count >= 2 ? .medium : .weak
            } else if view.definite(headIndex) {
                phrase.strength = .medium
                // A description with a name after it (الصراف عبدالله الصيرفي) is a person.
                if let name = titledGivenName(r, view, quotes) {
                    phrase.type = .person
                    phrase.name = name
                    phrase.title = r.lowerBound..<name.lowerBound
                    phrase.strength = .strong
                } else if sources.isNisbaName(view, headIndex), view.firstWord(in: headIndex + 1..<r.upperBound) == nil {
                    // وقال القرني: a family name alone, not an organization.
                    phrase.type = .person
                    phrase.name = headIndex..<headIndex + 1
                }
            } else {
                let words = r.count(where: { view.isWord($0) })
                if words <= 3 {
                    phrase.type = .person
                    phrase.name = r
                    phrase.strength = words >= 2 ? .medium : .weak
                } else if let name = titledGivenName(r, view, quotes) {
                    // مؤلف العرض حسين شاهين: a description no lexicon knows, then a name.
                    phrase.type = .person
                    phrase.name = name
                    phrase.title = r.lowerBound..<name.lowerBound
                    phrase.strength = .strong
                } else {
                    phrase.strength = .weak
                }
            }
        }
        return phrase
    }

    /// The words of a quoted phrase that name a person, as news sites quote family names (وقال
    /// "القضيعان"، أشار "الصباغ"، وقال "آل مرعي"): a quotation of one to three words that make
    /// the whole phrase and open with a given name or a name part, are one nisba (الشرافي), or
    /// end with a word that ends a personal name elsewhere in the text ("أوباما" after الرئيس
    /// باراك أوباما, «المفتي» after أحمد المفتي). Other quoted phrases stay organizations
    /// ("داعش"، "الإخوان").
    func quotedPersonName(_ r: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex) -> Range<Int>? {
        guard let q = quotes.opened(at: r.lowerBound), let open = quotes.quotes[q].openTokens,
              let close = quotes.quotes[q].closeTokens, close.upperBound == r.upperBound else { return nil }
        let inner = open.upperBound..<close.lowerBound
        var words = 0, last = -1
        for k in inner {
            guard view.kind(k) == .word else { return nil }
            words += 1
            last = k
        }
        guard (1...3).contains(words), let first = view.firstWord(in: inner) else { return nil }
        if sources.opensName(view, first) || (words == 1 && sources.isNisbaName(view, first))
            || ((words == 1 ? personalWord(last, view) : sources.role(view, last) == nil) && namedElsewhere(last, view)) {
            return inner
        }
        return nil
    }

    /// True when word `w` has no role or one a person's name may take: a given name («علي» after
    /// محمد علي) or a title that is also a family name («المفتي» after أحمد المفتي). Asked of a
    /// one-word quotation: a longer one that ends so is as often a name of something else («كلنا
    /// خالد سعيد», a page).
    private func personalWord(_ w: Int, _ view: TokenView) -> Bool {
        switch sources.role(view, w) {
        case nil, .givenName?, .namePart?, .title?: true
        default: false
        }
    }

    /// The name after a description that no lexicon knows, or after a description of an unnamed
    /// person, when it opens with a given name (الصراف عبدالله الصيرفي، مؤلف العرض حسين شاهين)
    /// or, right after a first word with the article, with a compound (الطالب عبد الرحمن الهواري;
    /// not بنت خال …). Further in, a compound may be another person's name after a title of
    /// theirs (ونفى موسى مقابلته للفريق أول عبد الفتاح السيسي). Not in a relative clause (التحقيقات التي
    /// باشرها شريف مختار), not after a name (أكرم سالم نجل الراحل محمود سالم) and not after a
    /// noun of kinship or representation (دفاع المتهم زكريا عزمي): that name is another person's.
    func titledGivenName(_ r: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex) -> Range<Int>? {
        guard let name = embeddedName(r, view, quotes), sources.exactRole(view, name.lowerBound) == .givenName
                || (view.firstWord(in: r) == name.lowerBound - 1 && view.definite(name.lowerBound - 1)
                    && sources.role(view, name.lowerBound) == .namePart && name.count > 1 && view.definite(name.lowerBound + 1)),
              !sources.opensName(view, r.lowerBound) else { return nil }
        for k in r.lowerBound..<name.lowerBound where relatives.contains(keyOrStemOf: k, view) || sources.isRelationNoun(view, k) {
            return nil
        }
        return name
    }

    /// True when `phrase` is one word with the article that no lexicon knows, which
    /// ``describe(_:_:_:cut:afterPreposition:subject:names:alone:)`` types an organization for
    /// want of anything better (وقال الصباغ، وكشفت التحقيقات): the family name of a person
    /// named elsewhere as often as an organization.
    func isBareDefinite(_ phrase: SourcePhrase, _ view: TokenView) -> Bool {
        guard phrase.type == .organization, phrase.name == nil, phrase.affiliation == nil,
              let h = view.firstWord(in: phrase.tokens) else { return false }
        return view.definite(h) && view.key(h) == view.stem(h) && sources.role(view, h) == nil
            && view.firstWord(in: h + 1..<phrase.tokens.upperBound) == nil
    }

    /// True when word `k` ends with a pronoun suffix that starts with or follows ه: ها، هم
    /// (بحضورها، لقائهم) or ه after ه (انتباهه، شبهة). Not ه before another letter (ماهر،
    /// مجاهد، نتنياهو are names), nor ه alone, which folding merges with ة (see
    /// ``pronounSuffixed(_:_:_:)``).
    @inline(__always)
    func hehSuffixed(_ k: Int, _ view: TokenView) -> Bool {
        let t = view.last2(k), last = t & 0xFFFF
        return t >> 16 == 0x0647 && (last == 0x0627 || last == 0x0645 || last == 0x0647)
    }

    /// True when word `k` is a noun with a pronoun suffix: سعيه، سيطرتها، رفضهم، مرافعته (not
    /// ة, not a word with the article, not a preposition with or without its pronoun (منها،
    /// عليه), cue or lexicon word). A final ه is read in the original text through `endings`,
    /// since folding merges ة into it.
    func pronounSuffixed(_ k: Int, _ view: TokenView, _ endings: inout OriginalEndings) -> Bool {
        guard view.kind(k) == .word, !view.definite(k), view.length(k) >= 4 else { return false }
        let heh: UInt32 = 0x0647, alef: UInt32 = 0x0627, meem: UInt32 = 0x0645
        let last = view.last2(k) & 0xFFFF, before = view.last2(k) >> 16
        let plain = (before == heh && (last == alef || last == meem)) || (before == meem && last == alef)
        guard plain || last == heh, isPlainWord(k, view) else { return false }
        // Reading the original text costs more than the look-ups: it comes last.
        return plain || endings.endsWithHeh(k)
    }

    /// True when word `k` is no preposition (with or without its pronoun), cue, complementizer
    /// or word with a role in the lexicons: a plain noun or verb, which a content may open with.
    private func isPlainWord(_ k: Int, _ view: TokenView) -> Bool {
        !isPreposition(view, k) && !sources.isPronounPreposition(view, k) && lexicons.cues.entry(view, k) == nil
            && !lexicons.cues.isComplementizerWord(view, k) && sources.role(view, k) == nil
    }

    /// True when word `k` may be a verbal noun that a participle takes as its object with nothing
    /// between (مؤكدين مشاركة عدد كبير منهم، معلنا تنظيم مظاهرة): a word without the article or a
    /// glued ب/ل/ك that is a plain word (``isPlainWord(_:_:)``) and no time word, connector,
    /// demonstrative or particle (``SourceTable/nonSubjects``: مؤكدة إذا …).
    func bareVerbalNoun(_ k: Int, _ view: TokenView) -> Bool {
        guard view.kind(k) == .word, !view.definite(k), view.length(k) >= 3, view.base(k) == view.stem(k) else { return false }
        return isPlainWord(k, view) && !isTime(view, k) && !isConnector(view, k)
            && !pointingDemonstratives.contains(view.stem(k)) && !nonSubjects.contains(keyOrStemOf: k, view)
    }

    /// True when `phrase` names a person beyond doubt: its name opens with a given name or a
    /// name part (أحمد الصباغ، عبد الله بن يتيم العنزي), or it is titled (الفريق عثمان المحرج).
    /// Unknown words read as a name are not enough (دفاع in دفاع المتهم الثاني).
    func namesPersonClearly(_ phrase: SourcePhrase, _ view: TokenView) -> Bool {
        guard phrase.type == .person, let name = phrase.name else { return false }
        for t in name where sources.opensName(view, t) { return true }
        guard let title = phrase.title, let head = view.firstWord(in: title) else { return false }
        return sources.role(view, head) == .title
    }

    /// True when the medium noun at `head` of phrase `r` speaks as a subject: one of
    /// ``SourceTable/speakingMediumTypes``, definite or with more after it (قال بيان للجيش،
    /// وقالت صفحة 6 أبريل), or one that speaks alone (وأفادت تقارير أن, see
    /// ``SourceTable/bareSpeakingMediumTypes``).
    private func speaks(_ head: Int, _ r: Range<Int>, _ view: TokenView) -> Bool {
        guard let type = sources.speakingMediumType(view, head) else { return false }
        return view.definite(head) || r.upperBound > head + 1 || sources.speaksBare(type)
    }

    /// The medium type of a phrase that names a statement already spoken of: a definite
    /// speaking medium (``SourceTable/speakingMediumTypes``) with at most definite adjectives
    /// after it (وأضاف البيان، البيان الختامي، وتابعت الرسالة). Nil for a phrase that names
    /// its issuer (بيان الوزارة، البيان الصادر عن الجيش، الصفحة الرسمية لحزب الدستور) and for
    /// any other phrase.
    func anaphoricMedium(_ phrase: SourcePhrase, _ view: TokenView) -> String? {
        guard let head = view.firstWord(in: phrase.tokens), view.definite(head),
              sources.role(view, head) == .medium, let type = sources.speakingMediumType(view, head) else { return nil }
        for k in head + 1..<phrase.tokens.upperBound where view.isWord(k) {
            guard view.definite(k), sources.role(view, k) == nil else { return nil }
        }
        return type
    }

    /// The phrase up to its first adverbial preposition outside quotations (وزير الآثار خلال
    /// تفقده المتحف → وزير الآثار, see ``SourceTable/adverbialPrepositions``), or up to a
    /// demonstrative standing for the verb's object (ويؤكد سارتر ذلك في كتابه → سارتر); a
    /// demonstrative before a definite noun belongs to the phrase (مسؤول في هذه الوزارة).
    func cutAtAdverbial(_ r: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex) -> Range<Int> {
        var k = r.lowerBound + 1
        while k < r.upperBound {
            if let q = quotes.opened(at: k) { k = max(k + 1, quotes.end(of: q)); continue }
            if sources.isAdverbialPreposition(view, k) { return r.lowerBound..<k }
            if context.isDemonstrative(view, k, conjunction: false), k + 1 == r.upperBound || !view.definite(k + 1) { return r.lowerBound..<k }
            k += 1
        }
        return r
    }

    /// The type of a partitive (عدد من المستشارين، بعض المصادر، معظم الشركات): that of the
    /// word counted, people when it has no source role.
    func partitiveType(_ head: Int, _ r: Range<Int>, _ view: TokenView) -> SourceType {
        var k = head + 1
        if k < r.upperBound, view.key(k) == minKey { k += 1 }
        guard k < r.upperBound else { return .group }
        switch sources.role(view, k) {
        case .anonymous: return .anonymous
        case .organization: return .organization
        case .media: return .media
        default: return .group
        }
    }

    /// A word that is a preposition phrase on its own: ب/ل/ك + a word with the article, a
    /// pronoun suffix, a known role or a place (بالتعاون، بحضوره، لقوات، بشمال، لمنطقة), or a
    /// long word (بتثبيتهم). Short names that start with these letters (بالي، بشار) are not,
    /// nor long words whose ``TokenView/base(_:)`` is in `names`: the words of sources found
    /// before in the document (بوتفليقة، كلينتون after عبد العزيز بوتفليقة، هيلاري كلينتون).
    /// Nor is a long word `alone` between a cue and its content (وقال برينان إن، وأكدت باترسون
    /// أن): a preposition phrase there is a manner adverbial, and those are time words of the
    /// ``SourceTable`` (بوضوح، باختصار), which have a role.
    func prepositionPhrase(_ view: TokenView, _ i: Int, names: [UInt64] = [], alone: Bool = false) -> Bool {
        guard view.kind(i) == .word, view.first(i) == 0x0628 || view.first(i) == 0x0644 || view.first(i) == 0x0643,
              view.length(i) > 3, sources.exactRole(view, i) == nil else { return false }
        let suffix = hehSuffixed(i, view)
        if view.definite(i) || suffix || sources.role(view, i) != nil || sources.isPlaceNoun(view, i) { return true }
        // Long names start with ل more often than with ب or ك (لافروف، ليبرمان).
        return !alone && view.length(i) >= 6 && view.first(i) != 0x0644 && !names.contains(view.base(i))
    }

    /// A word that may belong to a personal name: no article, no known role, not a particle.
    func nameLike(_ view: TokenView, _ i: Int) -> Bool {
        guard view.kind(i) == .word, !view.definite(i), view.length(i) >= 2 else { return false }
        if let role = sources.role(view, i), role != .namePart, role != .givenName { return false }
        if isPreposition(view, i) || functionWords.contains(view.key(i)) && !sources.isNameAli(view, i) { return false }
        return lexicons.cues.entry(view, i) == nil
    }

    /// True when the word at `h` ends a personal name somewhere else in the document: right
    /// after a given name or a name part (أحمد الديني), after one more name word that follows
    /// one (سعود عبد الله الصقعبي، عبد الله بن يتيم العنزي), or after one name word that follows
    /// a title with the article (الفريق عثمان المحرج). A bare word so named is the family name of
    /// a person, not an organization.
    func namedElsewhere(_ h: Int, _ view: TokenView) -> Bool {
        let word = view.key(h)
        for t in 1..<max(1, view.count) where t != h && view.key(t) == word && view.kind(t) == .word {
            let p = t - 1
            if sources.opensName(view, p) { return true }
            // One name word as written (no clitic: not باسم in المتحدث باسم الفاتيكان).
            guard p >= 1, sources.endsCompoundName(view, p) || (nameLike(view, p) && view.key(p) == view.base(p)) else { continue }
            if sources.opensName(view, p - 1) || (sources.role(view, p - 1) == .title && view.definite(p - 1)) { return true }
        }
        return false
    }

    /// A personal name inside a title chain: "المسؤول الإعلامي في "قسد" مصطفى بالي"، "المهندس
    /// حسين زكريا رئيس الهيئة"، "الدكتور عماد الديب". It follows a word with the article, a
    /// title, a quotation or a bracket, and ends the phrase or precedes a title or a comma.
    func embeddedName(_ r: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex) -> Range<Int>? {
        var k = r.lowerBound + 1
        // The title before `k` when a rank grade stands between them (الفريق أول، العقيد أركان حرب).
        var gradedTitle: Int?
        while k < r.upperBound {
            if let q = quotes.opened(at: k) { k = max(k + 1, quotes.end(of: q)); gradedTitle = nil; continue }
            // A name in a relative clause is not the phrase's (محامي المتهمين اللذين كانا …).
            if view.key(k) != minKey, relatives.contains(keyOrStemOf: k, view) { return nil }
            let grade = sources.rankGrade(view, k)
            if grade > 0 { gradedTitle = k - 1; k += grade; continue }
            let before = gradedTitle ?? k - 1
            gradedTitle = nil
            let definiteAnchor = view.definite(before) || quotes.closeAt[before] >= 0 || view.punct(before) == 0x29
            // A word with a leading و after the anchor is coordinated (وزارة العمل وتطوير بيئة
            // العمل) and starts no name; the words after it may (ببلدية الحيانية وبرك مناحي بن
            // محسن), like those after an indefinite title.
            let afterCoordinated = before > r.lowerBound && coordinated(view, before) && view.definite(before - 1)
            let titleBefore = sources.role(view, before) == .title
            // The name after a body's namesake title is not the speaker's (كلية الملك فهد).
            if titleBefore, before > r.lowerBound, namesBody(before, view) {
                k += 1
                continue
            }
            let anchored = definiteAnchor || titleBefore || afterCoordinated
            if anchored, !coordinated(view, k), var run = nameRun(from: k, r, view, afterTitle: titleBefore),
               // A word that reads as a preposition phrase opens a name after a title, or where
               // namesAfterAnchor says so (not بأسيوط in وكيل وزارة الأوقاف بأسيوط).
               titleBefore || !prepositionPhrase(view, k) || namesAfterAnchor(run, r, view),
               // After an indefinite title or a coordinated word an adjective is more likely than a
               // name (مسؤول أمريكي): only a run with a given name or a name part counts there. An
               // indefinite title governs the word after it (رئيس نادي ملبورن): the name must start
               // with the given name or name part itself.
               definiteAnchor || (titleBefore && !view.definite(before) ? opensRun(run.lowerBound, view) : run.contains { opensRun($0, view) }) {
                let end = run.upperBound
                if end == r.upperBound || sources.describesPerson(view, end) || view.isComma(end)
                    || quotes.opened(at: end) != nil || view.punct(end) == 0x28
                    // After a title, an adjunct may follow a name of two or three words or a known
                    // given name (الدكتور عمرو حمزاوى من خلال، الدكتورة هدى في); a longer run has
                    // likely taken in the verb's object. So after a title in construct when the
                    // name opens with a given name and a separate preposition follows it (وزير
                    // الخارجية سامح شكري عن القرار; not محمد بالطيور, where ب is glued), the name
                    // two words or a third the text gives elsewhere (not سليم ادريس سارع الى).
                    || (titleBefore && opensAdjunct(end, view)
                        && ((2...3).contains(run.count) || (run.count == 1 && sources.exactRole(view, run.lowerBound) == .givenName)))
                    || (sources.role(view, r.lowerBound) == .title && opensRun(run.lowerBound, view) && opensSeparateAdjunct(end, view)
                        && (run.count == 2 || (run.count == 3 && namedElsewhere(end - 1, view)))) {
                    // A place before the given name stays out of it (القنصل السعودي بأمريكا سلطان العنقري).
                    if !titleBefore, prepositionPhrase(view, k), let given = run.dropFirst().first(where: { opensRun($0, view) }) {
                        run = given..<run.upperBound
                    }
                    return run
                }
            }
            k += 1
        }
        return nil
    }

    /// True when `run`, after a word with the article that is no title, is a name although its
    /// first word reads as a preposition phrase (ب/ل/ك + a word): it has a given name, or a
    /// family name after that word and no place noun in it (المتحدث باسم الخارجية الأمريكية
    /// باتريك فينتريل), or the word is alone at the end of the phrase `r`, after an adjective of
    /// origin, and the text has no word that is the rest of it (الرئيس الجزائري بوتفليقة).
    /// Otherwise the word is a place that ends a title chain (وكيل وزارة الأوقاف بأسيوط،
    /// الجمعية بمنطقة عسير) or an adverbial (في القضية بإشراف المستشار …).
    private func namesAfterAnchor(_ run: Range<Int>, _ r: Range<Int>, _ view: TokenView) -> Bool {
        let k = run.lowerBound
        if run.contains(where: { opensRun($0, view) }) { return true }
        if run.count >= 2 { return !sources.isPlaceNoun(view, k) }
        guard k > 0, view.definite(k - 1), run.upperBound == r.upperBound || view.isComma(run.upperBound), endsLikeNisba(k - 1, view)
        else { return false }
        let rest = view.base(k)
        for t in 0..<view.count where t != k && view.kind(t) == .word && (view.key(t) == rest || view.stem(t) == rest) { return false }
        return true
    }

    /// True when words `i` and `i + 1` may be a given and a family name: both read as name
    /// words and they do not end alike in ة or ا, as a noun and its adjective do (شجاعة كبيرة).
    private func twoNameWords(_ i: Int, _ view: TokenView) -> Bool {
        guard nameLike(view, i), nameLike(view, i + 1) else { return false }
        let a = view.last2(i) & 0xFFFF, b = view.last2(i + 1) & 0xFFFF
        return !(a == b && (a == 0x0647 || a == 0x0627))
    }

    /// True when word `i` ends as an adjective of origin does, in ي or ية (الجزائري، الأمريكية).
    @inline(__always)
    private func endsLikeNisba(_ i: Int, _ view: TokenView) -> Bool {
        let tail = view.last2(i)
        return tail & 0xFFFF == 0x064A || tail == 0x064A_0647
    }

    /// True when definite word `i` cannot be an adjective of the word before it, a definite
    /// feminine noun in ة (original ة, not a root ه: حزب الله اللبناني): its adjectives end in ة,
    /// or in ى، ا، اء (العليا، الكبرى، الحمراء; ى folds to ي, so a ي ending is let through).
    /// Only when every word from `start` has the article and none is joined by و: after a
    /// construct an adjective may describe its head (وزير الخارجية الأسبق، رئيس الحكومة السابق),
    /// and after a coordination both nouns (الخارجية والخزانة الأمريكيتان). A word in لل goes on
    /// the name (الجمعية الوطنية للتغيير), and a title starts the name of the person a body's title
    /// chain ends in (المتحدث الرسمي للقوات المسلحة العقيد …).
    private func disagreesWithFeminine(_ i: Int, from start: Int, _ view: TokenView) -> Bool {
        let last = view.last2(i) & 0xFFFF
        guard i > start, view.kind(i) == .word, view.first(i) != 0x0644, view.last2(i - 1) & 0xFFFF == 0x0647,
              last != 0x0647, last != 0x064A, last != 0x0627, last != 0x0621, sources.role(view, i - 1) != .title, sources.role(view, i) != .title,
              (start...i).allSatisfy({ view.definite($0) && view.key($0) == view.stem($0) }) else { return false }
        return view.originalLetters(i - 1).last == 0x0629
    }

    /// True when the word at `t` may open a name run: a given name or a name part. Looser than
    /// ``SourceLexicon/opensName(_:_:)``, which also rejects given names that read as nouns
    /// (أمير، باسم): inside a title chain those still start names (measured: asking opensName
    /// here loses "أمير منطقة مكة المكرمة" to "لسوق عكاظ").
    private func opensRun(_ t: Int, _ view: TokenView) -> Bool {
        sources.exactRole(view, t) == .givenName || sources.role(view, t) == .namePart
    }

    /// True when word `i` is و + a word rather than a name as written (وتطوير, not وليد).
    private func coordinated(_ view: TokenView, _ i: Int) -> Bool {
        view.first(i) == 0x0648 && view.key(i) != view.stem(i) && !sources.isWrittenName(view, i)
    }

    /// Name words from `k`: plain name words, compounds with أبو/عبد (عبد المنعم، أبو الحسن),
    /// and a closing family name with the article (عماد الديب) after a given name, two words, or
    /// right after a title (الشيخ سعود الشريم).
    func nameRun(from k: Int, _ r: Range<Int>, _ view: TokenView, afterTitle: Bool = false) -> Range<Int>? {
        var e = k
        var given = false
        while e < r.upperBound {
            if sources.role(view, e) == .namePart, e + 1 < r.upperBound, view.definite(e + 1) { e += 2; given = true; continue }
            if e > k, sources.endsCompoundName(view, e) { e += 1; continue }
            if nameLike(view, e) {
                if sources.exactRole(view, e) == .givenName { given = true }
                e += 1
                continue
            }
            // Right after a title and a given name, على is the name علي when a name word follows
            // (الدكتور محمد على بشر، الدكتور عمار على حسن); later it is the verb's preposition
            // (وأكد اللواء مصطفى باز على ضرورة).
            if afterTitle, given, e == k + 1, view.key(e) == SourceLexicon.ali, e + 1 < r.upperBound, nameLike(view, e + 1) {
                e += 1
                continue
            }
            if e > k, titleAsFamilyName(e, view) { e += 1 }
            break
        }
        guard e > k else { return nil }
        // The family name has the bare article (الشريم, not بالقرار in الوزير رحب بالقرار); right
        // after a title one word may take it (الشيخ سعود الشريم), unless that word is a
        // preposition phrase (الصحفي بجريدة الحياة). After a family name with the article, على is
        // the preposition, not the name علي (وعلق الفنان خالد النبوي على زيارة الرئيس).
        if e < r.upperBound, view.definite(e), view.first(e) == 0x0627, sources.role(view, e) == nil,
           given || e - k >= 2 || (afterTitle && !prepositionPhrase(view, k)),
           e + 1 == r.upperBound || sources.role(view, e + 1) == .title || view.isComma(e + 1)
            || (afterTitle && given && (sources.role(view, e + 1) == .unnamedPerson || opensAdjunct(e + 1, view)
                || view.key(e + 1) == SourceLexicon.ali)) {
            e += 1
        }
        return k..<e
    }

    /// True when the title at `t` is in construct after the noun of a body, so that the name after
    /// it is the body's namesake, not a speaker's (مركز الملك سلمان، لمركز الملك سلمان، جامعة الملك
    /// سعود، كلية الملك فهد الأمنية). Not after ب, which reads as "headed by" (برئاسة الدكتور …).
    private func namesBody(_ t: Int, _ view: TokenView) -> Bool {
        guard t > 0, view.definite(t), sources.role(view, t) == .title, !view.definite(t - 1) else { return false }
        return sources.exactRole(view, t - 1) == .organization
            || (sources.role(view, t - 1) == .organization && view.first(t - 1) != 0x0628)
    }

    /// True when word `e` opens an adjunct or a description that may follow a titled name with no
    /// comma between: a preposition (من خلال، في مقدمة الكتاب), a preposition phrase (بمركز
    /// دراسات) or a dash. Not على, which after a name word is as often the name علي (الدكتور
    /// محمد على بشر), unless an adverbial noun follows it (على هامش).
    private func opensAdjunct(_ e: Int, _ view: TokenView) -> Bool {
        opensSeparateAdjunct(e, view) || prepositionPhrase(view, e) || view.punct(e) == 0x2D
    }

    /// ``opensAdjunct(_:_:)`` for a preposition written apart (في، عن، خلال، على هامش) only.
    private func opensSeparateAdjunct(_ e: Int, _ view: TokenView) -> Bool {
        (isPreposition(view, e) && view.length(e) > 1 && view.key(e) != SourceLexicon.ali) || sources.isAdverbialPreposition(view, e)
    }

    /// True when the title word at `e`, after a name word, is the family name that ends the
    /// name (وقال مجدي مرشد إن، وقال مجدي مرشد، عضو المجلس،): it has no article (but right
    /// after a given name: قالت منى السيد إن), no accusative ending (متحدثاً) and no noun after
    /// it to govern, where a title would be in construct (مرشد الجماعة، نقيب المعلمين). What
    /// follows is a complementizer, punctuation that ends a clause
    /// (``ContentFinder/isClauseStop(_:)``, or a closing bracket; for one with the article not a
    /// semicolon, which sets off its description: الدكتور سعيد الشيخ؛ كبير …) or the end, or a
    /// comma before a title or a word with the article (not before a name: محامي، جمال صابر is
    /// a lawyer's).
    private func titleAsFamilyName(_ e: Int, _ view: TokenView) -> Bool {
        guard view.kind(e) == .word, !view.definite(e) || sources.role(view, e - 1) == .givenName, view.key(e) == view.stem(e),
              view.last2(e) & 0xFFFF != 0x0627, nameLike(view, e - 1), sources.role(view, e) == .title else { return false }
        let next = e + 1
        guard next < view.count else { return true }
        if view.isComma(next) {
            return next + 1 < view.count && view.kind(next + 1) == .word && (view.definite(next + 1) || sources.role(view, next + 1) == .title)
        }
        // Not a quotation mark, a bracket or a dash: they may open the title's complement (عضو
        // «جبهة الإنقاذ»، مدير - الرابطة).
        let c = view.punct(next)
        if view.definite(e), c == 0x061B || c == 0x3B { return false }
        return lexicons.cues.isComplementizerWord(view, next) || ContentFinder.isClauseStop(c) || c == 0x29
    }

    /// True when `r` opens with a title with the article and a name after it that ends at `end`
    /// (الفنان خالد النبوي، اللواء مصطفى باز، اللواء أركان حرب محمد فليفل): a preposition there
    /// opens the verb's complement (وعلق الفنان خالد النبوي على زيارة الرئيس), as it does after a
    /// name alone. The name is read over all of `r`, so that على inside it is no end (الدكتور
    /// محمد على بشر). Unless it opens with a given name, its first and last words must not end
    /// in ه (ة), as a noun with a possessive does (وأكد الضابط استمراره في), nor in ا unless
    /// they read as names (``endsLikeName(_:_:)``; not an accusative that describes the speaker:
    /// قال الرئيس تعليقاً على، وقال البابا متوجها إلى).
    func titleAndName(_ r: Range<Int>, endingAt end: Int, _ view: TokenView) -> Bool {
        guard end - r.lowerBound >= 2, view.definite(r.lowerBound), sources.role(view, r.lowerBound) == .title else { return false }
        let name = r.lowerBound + 1 + sources.rankGrade(view, r.lowerBound + 1)
        // A name part before the preposition joins it to the name (الشيخ محمد بن علي العمر).
        guard name < end, sources.role(view, end - 1) != .namePart,
              nameRun(from: name, r, view, afterTitle: true)?.upperBound == end else { return false }
        @inline(__always) func nameEnding(_ i: Int) -> Bool {
            let last = view.last2(i) & 0xFFFF
            return last != 0x0647 && (last != 0x0627 || endsLikeName(i, view))
        }
        return sources.exactRole(view, name) == .givenName || (nameEnding(name) && nameEnding(end - 1))
    }

    /// Whether a word that ends in ا is a name (غوارديولا، كوستا) rather than an accusative of
    /// manner: the accusatives are participles (مبتسما، ساخرا: م first or ا second), verbal
    /// nouns (تعليقا: ت first), adjectives in يا (رسميا) or short (ردا، حقا).
    func endsLikeName(_ w: Int, _ view: TokenView) -> Bool {
        let first = view.first(w)
        guard view.length(w) >= 5, first != 0x0645, first != 0x062A, view.last2(w) >> 16 != 0x064A else { return false }
        return view.originalLetters(w).second != 0x0627
    }

    /// A name opening the phrase: "مصطفى بالي مدير المركز"، "أبي الحسن المهاجر المتحدث".
    func leadingName(_ r: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex) -> Range<Int>? {
        var e = r.lowerBound
        while e < r.upperBound {
            if nameLike(view, e) { e += 1; continue }
            if e > r.lowerBound, titleAsFamilyName(e, view) { e += 1; break }
            if e > r.lowerBound, sources.role(view, e - 1) == .namePart || sources.endsCompoundName(view, e), view.definite(e) {
                e += 1
                continue
            }
            if e > r.lowerBound, view.definite(e), sources.exactRole(view, e) == nil,
               (r.lowerBound..<e).contains(where: { sources.exactRole(view, $0) == .givenName }) {
                e += 1
                break
            }
            if e > r.lowerBound + 1, view.definite(e), sources.role(view, e) == nil, e + 1 == r.upperBound || sources.role(view, e + 1) == .title,
               sources.role(view, r.lowerBound) == .namePart {
                e += 1; continue
            }
            // A name word and a family name before a title (سياف المعاوي عضو اتحاد الكرة): the
            // title after them makes the pair a name, as a given name would.
            if e == r.lowerBound + 1, view.definite(e), sources.exactRole(view, e) == nil, e + 1 < r.upperBound,
               sources.role(view, e + 1) == .title, !view.definite(e + 1) {
                e += 1
            }
            break
        }
        guard e > r.lowerBound else { return nil }
        if e == r.upperBound || sources.describesPerson(view, e) || view.isComma(e)
            || quotes.opened(at: e) != nil || view.punct(e) == 0x28 || view.punct(e) == 0x2D
            || (isPreposition(view, e) && view.length(e) > 1 && e - r.lowerBound >= 2) {
            return r.lowerBound..<e
        }
        return nil
    }

    func firstQuote(_ r: Range<Int>, _ quotes: QuoteIndex) -> Range<Int>? {
        for k in r { if let q = quotes.opened(at: k) { return k..<min(r.upperBound, quotes.end(of: q)) } }
        return nil
    }

    // MARK: SVO

    /// The subject before a cue (`"قسد" أعلنت`، `وكان البيت الأبيض أعلن`، `أشخاصا فروا من
    /// المنطقة أكدوا`): the words back to the clause start, when they form a short noun phrase.
    /// `names` are as in ``region(_:_:_:relayAllowed:names:)``.
    public func subjectBefore(_ cue: Int, floor: Int, _ view: TokenView, _ quotes: QuoteIndex, names: [UInt64] = []) -> SourcePhrase? {
        var k = cue - 1
        while k >= floor, kana.contains(view.key(k)) || (isTime(view, k) && view.kind(k) == .word) { k -= 1 }
        // In a relative clause (المدينة التي قال إن …) the subject is not the word before; after
        // a preposition the cue is a verbal noun (دفع الخبراء إلى توقع أن، لعدم دقته في توقع).
        if k >= floor, relatives.contains(keyOrStemOf: k, view) || context.isPreposition(keyOrStemOf: k, view) { return nil }
        // A comma may set the subject off from its verb (الدكتور جمال جبريل، قال إن): the phrase
        // before it is then the subject only when it names a person clearly (see below).
        // The comma may come before قد (وكانت الحكومة اليمنية، قد كشفت).
        let setOff = k > floor && view.isComma(k) && (k + 1..<cue).allSatisfy { kana.contains(view.key($0)) }
        let particleAfterComma = setOff && k + 1 < cue
        if setOff { k -= 1 }
        var end = k + 1
        var words = 0
        // Whether the phrase runs back to the start of its sentence, paragraph or clause.
        var atStart = true
        // Whether the phrase stands before a clause-opening conjunction right before the cue.
        var beforeOpener = false
        while k >= floor {
            if quotes.closeAt[k] >= 0, let q = quotes.within[k] >= 0 ? Int(quotes.within[k]) : nil, let open = quotes.quotes[q].openTokens,
               quotes.quotes[q].quoteClass == .name || quotes.quotes[q].quoteClass == .term {
                k = open.lowerBound - 1
                words += 1
                continue
            }
            if view.punct(k) == 0x29, let open = (max(floor, k - 6)..<k).last(where: { view.punct($0) == 0x28 }) { k = open - 1; continue }
            guard view.isWord(k) else { atStart = false; break }
            if kana.contains(view.key(k)) || lexicons.cues.isComplementizerWord(view, k) || lexicons.cues.isComplementizerStem(view, k)
                || lexicons.cues.entry(view, k) != nil {
                atStart = false
                break
            }
            // A conjunction that opens a clause opens the subject's too (لكن وزير دفاعها قال). Right
            // before the cue, the subject stands before it (الشاعر أحمد شوقي حيث يقول، ووزارة
            // الداخلية إذ تعلن). Not after a preposition (من حيث المبدأ).
            if clauseOpeners.contains(keyOrStemOf: k, view), k == floor || !context.isPreposition(keyOrStemOf: k - 1, view) {
                guard k == end - 1 else { break }
                end = k
                k -= 1
                beforeOpener = true
                continue
            }
            // A negated subject says nobody said it (لا أحد يتوقع، لم يكن أحد يتوقع).
            if negations.contains(keyOrStemOf: k, view) { return nil }
            if view.sentence[k] != view.sentence[cue], view.sentence[cue] >= 0 { break }
            if view.paragraph(k) != view.paragraph(cue) { break }
            words += 1
            k -= 1
        }
        var start = k + 1
        while start < end, view.kind(start) == .word, functionWords.contains(keyOrStemOf: start, view) || view.length(start) == 1 {
            // A fronted phrase (ففي عام 2010 كشف، وهم من حيث المبدأ قالوا) has no subject in it,
            // and after a pronoun the words are its predicate (وهو طريق ملاحة رئيسي يعتقد أنه).
            if view.length(start) > 1, context.isPreposition(keyOrStemOf: start, view) || nonSubjects.contains(keyOrStemOf: start, view) {
                return nil
            }
            start += 1
        }
        // A subject that opens its sentence or clause may be long (الدكتور القس رفعت فتحي أمين عام
        // السنودس الإنجيلي قال إن) when it is one noun phrase, with no function word inside but
        // prepositions (ممثل حزب التجمع في لجنة شباب الجبهة قال); in mid-sentence a long run is
        // rather the end of another clause.
        guard start < end, words >= 1, end - start <= 12, !nonSubjects.contains(keyOrStemOf: start, view) else { return nil }
        // Before حيث or إذ the subject is a topic that opens its clause (الشاعر أحمد شوقي حيث
        // يقول); a phrase that ends another clause is none (أقيمت بين الفريقين مؤخراً حيث قالت).
        if beforeOpener, !opensClause(start..<end, floor: floor, view) { return nil }
        if words > 7 {
            guard atStart, !(start..<end).contains(where: { t in
                view.kind(t) == .word && functionWords.contains(keyOrStemOf: t, view) && !context.isPreposition(keyOrStemOf: t, view)
            }) else { return nil }
        }
        if view.kind(start) == .word {
            if context.isPreposition(keyOrStemOf: start, view) || isTime(view, start)
                || sources.isPronounPreposition(view, start) { return nil }
            if view.key(start) != view.stem(start), !view.definite(start), sources.role(view, start) == nil { return nil }
        }
        var phrase = describe(start..<end, view, quotes, cut: false, subject: true, names: names)
        if setOff {
            // Set off, the subject runs up to the comma (not تلقى اللواء … بلاغا، يفيد).
            guard let second = phrase, second.tokens.upperBound == end else { return nil }
            // A name that opens the sentence may stand before it, the phrase its title in
            // apposition (الفريق مهاب مميش، رئيس هيئة قناة السويس، قال إن).
            if !atStart, k > floor, view.isComma(k), let named = openingName(before: k, floor: floor, view, quotes) {
                phrase = apposition(named, second)
            }
            // Only a clear person's name then (not a clause, وبالنسبة للمشوار، أعتقد، أحسوا بعناده،
            // يقول, nor an object, احتجز المتظاهرون ضابطا، قالوا إنه), or any clear phrase between
            // كان and قد (وكانت الحكومة اليمنية، قد كشفت).
            let framed = particleAfterComma && k >= floor && kana.contains(view.key(k))
            guard let p = phrase, (p.name != nil && p.strength == .strong) || (framed && p.strength >= .medium) else { return nil }
        }
        return phrase
    }

    /// The name that opens the sentence (or paragraph) and runs up to the comma at `comma`, as
    /// a phrase, if those words are one: at most six words, after any connectors and كان
    /// (وكان محسن بهنسى، عضو اللجنة، كشف), with a personal name in them.
    private func openingName(before comma: Int, floor: Int, _ view: TokenView, _ quotes: QuoteIndex) -> SourcePhrase? {
        var k = comma - 1
        while k >= floor, comma - k <= 6, view.kind(k) == .word, view.paragraph(k) == view.paragraph(comma) { k -= 1 }
        guard k < floor || view.paragraph(k) != view.paragraph(comma) else { return nil }
        var start = k + 1
        while start < comma, isConnector(view, start) || kana.contains(view.key(start)) { start += 1 }
        guard start < comma, let phrase = describe(start..<comma, view, quotes, cut: false, subject: true), phrase.name != nil else { return nil }
        return phrase
    }

    // MARK: Issuers of a medium

    private static let qad = ArabicKey.key("قد"), laqad = ArabicKey.key("لقد")

    /// The issuer of the statement or event a cue speaks in (أصدرت الجماعة بيانا أكدت فيه أن،
    /// وعقد الوزير مؤتمرا صحفيا أكد خلاله أن، وأرسل المحامي خطابا للنائب العام قال فيه إن): the
    /// subject of the verb that opens the clause, when an indefinite medium noun, its object,
    /// stands at most three words before the cue. Nil unless that subject is a clear source.
    func mediumIssuer(before cue: Int, floor: Int, _ view: TokenView, _ quotes: QuoteIndex)
        -> (source: SourcePhrase, medium: Range<Int>, type: String)? {
        var m = cue - 1
        var type: String?
        while m > floor, m >= cue - 3, view.isWord(m) {
            // An object: no article and no preposition glued to it (not ببلاغ "with a complaint").
            if !view.definite(m), let t = sources.mediumType(view, m, throughClitics: false) { type = t; break }
            m -= 1
        }
        guard let type else { return nil }
        // The clause opens after a punctuation mark other than a quotation mark, or at the floor.
        var verb = m
        while verb > floor, m - verb < 12, view.isWord(verb - 1) || quotes.opened(at: verb - 1) != nil || quotes.closeAt[verb - 1] >= 0 {
            verb -= 1
        }
        // The verb opens the clause and the subject runs to the medium; after كان the subject
        // comes first and ends at the verb (وكانت الرئاسة أصدرت بيانا). A verb is a plain word:
        // no article, no role.
        @inline(__always) func plainWord(_ t: Int) -> Bool {
            view.kind(t) == .word && !view.definite(t) && sources.role(view, t) == nil && !functionWords.contains(keyOrStemOf: t, view)
                && !context.isPreposition(keyOrStemOf: t, view)
        }
        var end = m
        // قد comes right before its verb (وقد أصدرت الوزارة بيانا).
        if view.stem(verb) == Self.qad || view.key(verb) == Self.laqad { verb += 1 }
        if kana.contains(view.key(verb)) {
            // وكانت الرئاسة (قد) أصدرت بيانا: the verb is the word before the medium.
            guard plainWord(m - 1) else { return nil }
            end = m - 1
            while end > verb + 1, kana.contains(view.key(end - 1)) { end -= 1 }
        } else if !plainWord(verb) {
            return nil
        }
        guard verb + 1 < end, let subject = describe(cutAtBreak(verb + 1..<end, view, quotes), view, quotes, cut: true),
              subject.strength == .strong else { return nil }
        return (subject, m..<m + 1, type)
    }

    /// The owner of the statement a relative clause's cue speaks in (تصريحات الرئيس الإيراني
    /// أحمدي نجاد التي قال فيها إن، بيان الوزارة التي أكدت فيه أن، تصريحات شفيق، المرشح
    /// الرئاسي السابق، التي أكد فيها): the relative pronoun before the cue stands for the
    /// statement, as the pronoun preposition after the cue points back to it, and the phrase
    /// after the medium noun, its genitive, is who spoke. The medium noun has no article and
    /// stands at most ten tokens before the pronoun, with no cue, relative pronoun or
    /// preposition between. Nil when the genitive is no clear source: a title, a known head or
    /// a personal name.
    func mediumOwner(ofRelativeBefore cue: Range<Int>, floor: Int, _ view: TokenView, _ quotes: QuoteIndex)
        -> (source: SourcePhrase, medium: Range<Int>, type: String)? {
        guard cue.upperBound < view.count, sources.isPronounPreposition(view, cue.upperBound),
              let k = relativePronoun(before: cue.lowerBound, floor: floor, view)?.at, k > floor else { return nil }
        var m = k - 1
        var type: String?
        var adjunct = false
        while m >= floor, k - m <= 10, view.sentence[m] == view.sentence[k] {
            if view.kind(m) == .word {
                if !view.definite(m), let t = sources.mediumType(view, m) {
                    // عبر «فيسبوك» after the genitive: where the statement was made, not the
                    // statement (once: على تصريحات is the statement).
                    var p = m - 1
                    while p >= floor, quotes.opened(at: p) != nil { p -= 1 }
                    if !adjunct, p >= floor, view.kind(p) == .word, sources.isMediumPreposition(view, p) {
                        adjunct = true
                        m = p - 1
                        continue
                    }
                    type = t
                    break
                }
                if relatives.contains(keyOrStemOf: m, view) || context.isPreposition(keyOrStemOf: m, view)
                    || lexicons.cues.entry(view, m) != nil { return nil }
            } else if !view.isComma(m), quotes.opened(at: m) == nil, quotes.closeAt[m] < 0, view.kind(m) != .number {
                return nil
            }
            m -= 1
        }
        guard let type, m + 1 < k, let owner = describe(cutAtBreak(m + 1..<k, view, quotes), view, quotes, cut: true),
              owner.tokens.lowerBound == m + 1, owner.strength == .strong || owner.name != nil,
              sources.role(view, m + 1) != nil || quotes.opened(at: m + 1) != nil || opensWithName(owner, at: m + 1, view) else { return nil }
        return (owner, m..<m + 1, type)
    }

    /// Whether a phrase without a role opens with its personal name at `i`: a given name, a name
    /// of several words, or one word the document gives as a family name elsewhere (تصريحات
    /// شفيق). Not a noun the genitive follows (خطاب اعتذار اللواء …), nor a word in ه (ة), as
    /// an adjective or a word with a pronoun is (تصريحات سابقة للمحافظ، تحقيقاتها معه).
    private func opensWithName(_ phrase: SourcePhrase, at i: Int, _ view: TokenView) -> Bool {
        guard let name = phrase.name, name.lowerBound == i else { return false }
        if sources.exactRole(view, i) == .givenName { return true }
        return view.last2(i) & 0xFFFF != 0x0647 && (name.count > 1 || namedElsewhere(i, view))
    }

    // MARK: Fronted topics

    /// The topic of an أما clause that a cue with ف continues (أما الباحث عمرو ربيع، فيرى أن …؛
    /// أما صحيفة واشنطن بوست فقالت …): the phrase after أما, to its first comma or the cue. Nil
    /// when the cue has no ف, when no أما opens the clause within 25 tokens, and when a
    /// preposition opens the topic (أما عن الأسعار فقال: a subject, not a speaker).
    func frontedTopic(before cue: Int, floor: Int, _ view: TokenView, _ quotes: QuoteIndex) -> SourcePhrase? {
        // A word with ف glued before it (فقال، فقد).
        func gluedFa(_ i: Int) -> Bool { view.kind(i) == .word && view.first(i) == 0x0641 && view.key(i) != view.stem(i) }
        guard gluedFa(cue) else { return nil }
        var k = cue - 1
        while k >= floor, cue - k <= 25, view.paragraph(k) == view.paragraph(cue) {
            if view.kind(k) == .word, view.stem(k) == amma { break }
            // Not across the end of a clause (a period, a question mark, a colon).
            if view.punct(k) == 0x2E || view.punct(k) == 0x3A || view.punct(k) == 0x061F { return nil }
            k -= 1
        }
        guard k >= floor, view.kind(k) == .word, view.stem(k) == amma, k + 1 < cue,
              view.kind(k + 1) == .word || quotes.opened(at: k + 1) != nil,
              !context.isPreposition(keyOrStemOf: k + 1, view) else { return nil }
        // The أما clause ends at its first word with ف (أما المجلة فقد تطرقت …، فقالت): a later
        // cue continues the text, not the topic.
        if (k + 1..<cue).contains(where: gluedFa) { return nil }
        return describe(k + 1..<cue, view, quotes, cut: true)
    }

    // MARK: Relative clauses

    /// The relative pronoun right before a cue at `cue`, كان/قد aside (الذي كان قد أكد), and how
    /// it agrees (see ``SourceTable/relativePronouns``); nil when there is none.
    private func relativePronoun(before cue: Int, floor: Int, _ view: TokenView) -> (at: Int, agreement: Agreement)? {
        let k = wordBefore(cue, floor: floor, view)
        guard k >= floor, let agreement = sources.relativeAgreement(view, k) else { return nil }
        return (k, agreement)
    }

    /// True when a relative pronoun that agrees with a cue at `cue` stands right before it, كان/قد
    /// aside (الذي أكد, not التي أكد فيها): the pronoun is the cue's subject.
    func followsAgreeingRelative(_ cue: Int, agreement: Agreement, floor: Int, _ view: TokenView) -> Bool {
        relativePronoun(before: cue, floor: floor, view)?.agreement.agrees(with: agreement) ?? false
    }

    /// True when the words right before the verb at `cue`, كان/قد aside, give it its subject: a
    /// relative pronoun that agrees with it (الذي وصف), a particle with a pronoun suffix (لكنه
    /// وصف، أنها وصفت) or a third-person pronoun (وهو يصف). A phrase after the verb is then its
    /// object, not its subject.
    func subjectGiven(before cue: Int, agreement: Agreement, floor: Int, _ view: TokenView) -> Bool {
        let k = wordBefore(cue, floor: floor, view)
        guard k >= floor, view.kind(k) == .word else { return false }
        if let pronoun = sources.relativeAgreement(view, k) { return pronoun.agrees(with: agreement) }
        return pronounParticles.contains(keyOrStemOf: k, view) || sources.isClausePronoun(view, k)
    }

    /// The token right before `cue` once كان/قد are passed (الذي كان قد أكد → الذي); below
    /// `floor` when none is left.
    private func wordBefore(_ cue: Int, floor: Int, _ view: TokenView) -> Int {
        var k = cue - 1
        while k >= floor, view.kind(k) == .word, kana.contains(view.key(k)) { k -= 1 }
        return k
    }

    /// The source of a cue whose subject is the relative pronoun before it, كان/قد aside (والده،
    /// الذي أقر أن …؛ المتهمون الذين قالوا إن …؛ الذي كان قد أكد): nil unless the pronoun agrees
    /// with the cue (see ``SourceTable/relativePronouns``). The source is the noun phrase
    /// right before the pronoun or its comma. A phrase that names no source (في القضية) takes in
    /// the phrase before its preposition (شاهد الإثبات الوحيد في القضية). A pronoun written with
    /// و (والذي قال) continues an earlier relative clause of the same pronoun in the sentence and
    /// takes its phrase; when there is none, the و only joins the clause to the phrase before
    /// it, which must then be a clear source (أقوال سمير عدلى، المدير الإدارى لمنتخب مصر، والذى نفى).
    func relativeSubject(before cue: Range<Int>, agreement: Agreement, floor: Int, _ view: TokenView, _ quotes: QuoteIndex) -> SourcePhrase? {
        guard let (k, pronoun) = relativePronoun(before: cue.lowerBound, floor: floor, view), pronoun.agrees(with: agreement) else { return nil }
        // A pronoun preposition after the cue stands for the relative (الكلام الذي صرح به، المبلغ
        // الذي أعلن عنه): the pronoun is the object, not the subject. Not a plural one after ل
        // with a singular relative (والذي أكد لهم أن): whom the cue spoke to.
        let after = cue.upperBound
        if after < view.count, sources.isPronounPreposition(view, after),
           pronoun == .plural || !sources.isPluralAddressee(view, after) { return nil }
        return antecedent(ofRelative: k, floor: floor, view, quotes)
    }

    /// The phrase a relative pronoun at `relative` stands for (see
    /// ``relativeSubject(before:agreement:floor:_:_:)``), read back from the pronoun.
    private func antecedent(ofRelative relative: Int, floor: Int, _ view: TokenView, _ quotes: QuoteIndex) -> SourcePhrase? {
        var r = relative
        var strongOnly = false
        if coordinated(view, r) || (r > floor && view.length(r - 1) == 1 && view.first(r - 1) == 0x0648) {
            let pronoun = view.stem(relative)
            if let earlier = (floor..<r).last(where: { view.kind($0) == .word && view.key($0) == pronoun }) {
                r = earlier
            } else {
                // No clause before it to continue: the و only joins the clause to its noun
                // (أقوال أحد الضباط كشاهد نفي، والذي قال), which must then name a clear source.
                if r > floor, view.length(r - 1) == 1 { r -= 1 }
                strongOnly = true
            }
        }
        let end = r > floor && view.isComma(r - 1) ? r - 1 : r
        // `next`: the word after `k` in the phrase, for the break below (-1 right after a
        // preposition). `named`: the phrase has a word that heads sources. `whole`: it opens
        // with a person, an anonymous source or a group, and only a name may still join it.
        var start = end, words = 0, next = -1
        var named = false, whole = false, modifier = false
        var k = end - 1
        while k >= floor, words < 8 {
            if quotes.closeAt[k] >= 0, let q = quotes.within[k] >= 0 ? Int(quotes.within[k]) : nil, let open = quotes.quotes[q].openTokens,
               quotes.quotes[q].quoteClass == .name || quotes.quotes[q].quoteClass == .term, open.lowerBound >= floor {
                start = open.lowerBound
                next = start
                k = start - 1
                words += 1
                named = true
                modifier = false
                continue
            }
            guard view.isWord(k), view.sentence[k] == view.sentence[relative], view.paragraph(k) == view.paragraph(relative) else { break }
            if view.kind(k) == .number {
                start = k
                next = k
                words += 1
                modifier = false
                k -= 1
                continue
            }
            if context.isPreposition(keyOrStemOf: k, view) {
                // Past في only when the phrase after it names no source and a noun with the
                // article or a role stands before it (شاهد الإثبات الوحيد في القضية, not استمعت
                // المحكمة إلى دفاع المتهمين).
                guard view.key(k) == fi, start < end, words < 6, !named, k > floor, view.kind(k - 1) == .word,
                      view.definite(k - 1) || sources.role(view, k - 1) != nil, !coordinated(view, k - 1) else { break }
                start = k
                next = -1
                modifier = false
                k -= 1
                continue
            }
            if kana.contains(view.key(k)) || negations.contains(keyOrStemOf: k, view) || relatives.contains(keyOrStemOf: k, view)
                || functionWords.contains(view.key(k)) || sources.isAdverbialPreposition(view, k) || isTime(view, k)
                || lexicons.cues.isComplementizerWord(view, k) || lexicons.cues.entry(view, k) != nil
                || lexicons.cues.preposition(view, at: k) != nil { break }
            let role = sources.role(view, k)
            // A medium (تصريحات الباحث إبراهيم الدراوي) is not part of the speaker.
            if role == .medium, start < end { break }
            let heads = role != nil && role != .time && role != .medium
            // After a whole source only a name (عادل رفعت مدير الأمن), not أقوال شاهد الإثبات.
            if whole, role == nil, k == floor || sources.exactRole(view, k - 1) != .givenName { break }
            // A word with the article before a plain word ends an earlier phrase (الطبيب | تقرير
            // الطب الشرعي); not before a name or a word glued to لـ (مدير المكتب لوزير العدل).
            if next >= 0, view.kind(next) == .word, view.definite(k), !view.definite(next), view.first(next) != 0x0644,
               view.first(next) != 0x0628, sources.exactRole(view, next) != .givenName { break }
            // The noun a preposition phrase modifies has the article or a role (سجن ليمان 430 بوادي
            // النطرون), not ممكن استجابة لتطلعات الشعب.
            if modifier, !view.definite(k), role == nil { break }
            // و + a word opens a clause (واستمعت المحكمة، وتحقيقاً لأهداف الثورة) unless the word
            // heads sources (والنائب العام السابق); ب/ل + a person opens the phrase (بإحدى
            // الناشطات، للإمام العسقلاني). Either way the phrase starts there. A plain word with
            // the article joined to one before it is a second genitive (خبير التزوير والتزييف).
            let secondGenitive = !heads && view.definite(k) && k > floor && view.kind(k - 1) == .word && view.definite(k - 1)
                && !coordinated(view, k - 1)
            let conjoined = coordinated(view, k) && !secondGenitive
            let glued = !conjoined && (view.first(k) == 0x0628 || view.first(k) == 0x0644) && prepositionPhrase(view, k)
            if conjoined || glued, heads, conjoined || (role != .organization && role != .media) {
                start = k
                words += 1
                break
            }
            // ب/ل + an organization (القيادي بالجبهة السلفية) or + a plain noun after a phrase
            // that names no source yet (مأمور سجن ليمان 430 بوادي النطرون) modifies the phrase
            // before it; + a plain noun after a source it ends the phrase (لأقوال أحد الموظفين).
            if conjoined || (glued && named && !heads) { break }
            modifier = glued
            start = k
            next = k
            words += 1
            if heads { named = true }
            if let role, role == .title || role == .unnamedPerson || role == .anonymous || role == .group || role == .quantifier
                || role == .media { whole = true }
            k -= 1
        }
        while start < end, view.kind(start) == .word, context.isPreposition(keyOrStemOf: start, view) { start += 1 }
        guard start < end, let phrase = describe(start..<end, view, quotes, cut: false, afterPreposition: true),
              !strongOnly || phrase.strength == .strong else { return nil }
        return phrase
    }

    // MARK: Prepositional cues and relays

    /// The object of a prepositional cue, when it names a source (بحسب المرصد، وفقاً لما أوردته
    /// صحيفة "مكة"، حسب مصادر محلية); nil for non-sources (حسب الخطة، وفق القانون).
    public func prepositionObject(_ start: Int, limit: Int, _ view: TokenView, _ quotes: QuoteIndex) -> SourcePhrase? {
        var s = start
        guard s < limit else { return nil }
        // وفقاً لما أوردته صحيفة X / بحسب ما ذكرت الوكالة / حسبما ذكرت: the source follows the
        // relative clause's verb.
        if view.kind(s) == .word, relatives.contains(view.key(s)) || relatives.contains(view.base(s)) {
            s += 2
        } else if start > 0, view.last2(start - 1) & 0xFFFF == 0x0627, (view.last2(start - 1) >> 16) == 0x0645 || view.key(start - 1) == maKey {
            s += 1
        }
        // بحسب ما أعلن نجيب الغربي: the subject of a cue verb is whose words they are, whatever
        // the tables know of the name.
        let cueSubject = s > start && s - 1 < limit && lexicons.cues.entry(view, s - 1) != nil
        if s > start {
            // The verb's preposition with a pronoun (بحسب ما صرحت به «غوغل») is no source.
            while s < limit, sources.isPronounPreposition(view, s) { s += 1 }
            guard s < limit else { return nil }
        }
        // حسب قول مؤسس الائتلاف: the source is whose words they are, whoever a short phrase
        // names (حسب قول ساهر شيحة: a name no table knows; حسب رواية أسرته). After a plural, a
        // word without the article that ends in ة is its adjective (بحسب تقديرات رسمية).
        var said = false
        if s + 1 < limit, view.kind(s + 1) == .word {
            said = sources.isSayingNoun(view, s)
                || (sources.isPluralSayingNoun(view, s) && (view.definite(s + 1) || sources.role(view, s + 1) != nil
                    || view.originalLetters(s + 1).last != 0x0629))
        }
        if said { s += 1 }
        // على حد قول مارك بولاك: the cue ends in the noun of saying itself.
        said = said || (start > 0 && s == start && sources.isSayingNoun(view, start - 1))
        // وفقاً لتعليمات الرئيس: a rule or a plan, not a source.
        if sources.isNormNoun(view, s) { return nil }
        var e = s
        while e < limit, e - s < 10 {
            if let q = quotes.opened(at: e) {
                e = quotes.end(of: q)
                // A quoted name opening the object is the whole of it but for adjectives with
                // the article and a title in apposition (بحسب «رويترز» ساعد تراجع الدولار…،
                // بحسب "سانا" الرسمية، وفقاً لـ«جيل كيبيل» مؤلف كتاب …).
                if q == quotes.opened(at: s) {
                    while e < limit, view.kind(e) == .word, view.definite(e), view.key(e) == view.stem(e) { e += 1 }
                    if e < limit, sources.role(view, e) == .title { continue }
                    break
                }
                continue
            }
            if view.punct(e) == 0x28, let close = closingParen(view, e, limit) { e = close + 1; continue }
            if !view.isWord(e) || lexicons.cues.complementizer(view, at: e) != nil || lexicons.cues.entry(view, e) != nil
                || lexicons.cues.isComplementizerStem(view, e) { break }
            // ووفقاً لمصادر إعلامية فقد تم الاتفاق: قد and كان open the host clause.
            if e > s, kana.contains(view.key(e)) { break }
            e += 1
        }
        let object = cutBeforeTime(cutAtBreak(s..<min(e, limit), view, quotes), view, quotes)
        guard e > s, var phrase = describe(object, view, quotes, cut: true, afterPreposition: s == start) else { return nil }
        // A name set off by commas after a title is the person the title describes (ووفقاً
        // للأمين العام لمجلس الوزراء العراقي، علي العلاق، فإن): the host clause starts after it.
        if phrase.name == nil, phrase.type == .person || phrase.type == .unnamedPerson, phrase.tokens.upperBound == e,
           let name = nameSetOff(after: e, limit: limit, view, quotes) {
            phrase = apposition(phrase, name)
        }
        let head = phrase.tokens.lowerBound
        if quotes.opened(at: head) != nil { return phrase }
        switch sources.role(view, head) {
        case .title, .unnamedPerson, .anonymous, .organization, .media, .group: return phrase
        case .medium:
            phrase.type = .organization
            return phrase
        default:
            return ((said || cueSubject) && phrase.tokens.count <= 3) || (phrase.name != nil && phrase.type == .person && phrase.strength == .strong) ? phrase : nil
        }
    }

    /// A personal name and nothing else between the comma at `comma` and the next one, at most
    /// five words, that opens with a given name or a name part or is otherwise clearly a name: an
    /// apposition (الأمين العام للمجلس، علي العلاق،; not أحد الأعضاء، رفض ذكر اسمه،).
    private func nameSetOff(after comma: Int, limit: Int, _ view: TokenView, _ quotes: QuoteIndex) -> SourcePhrase? {
        guard comma < limit, view.isComma(comma) else { return nil }
        let first = comma + 1
        var e = first
        while e < limit, e - comma <= 5, view.isWord(e) { e += 1 }
        guard e > first, e < limit, view.isComma(e),
              let name = describe(first..<e, view, quotes, cut: false), name.type == .person, name.name == name.tokens,
              name.strength == .strong || sources.exactRole(view, first) == .givenName || sources.role(view, first) == .namePart
                || sources.isNameAli(view, first) else { return nil }
        return name
    }

    /// The phrase up to its first time word outside quotations, with the day and preposition of
    /// a date before it: an according-to object ends there (حسبما أعلنت الشرطة الهندية اليوم
    /// الثلاثاء، بحسب ما أعلن ناشطون أمس، نشرته "الاقتصادية" في الـ 20 من آب). اليوم alone may
    /// end an outlet's name (صحيفة المصري اليوم) and ends the phrase only before another time word.
    func cutBeforeTime(_ r: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex) -> Range<Int> {
        var t = r.lowerBound + 1
        while t < r.upperBound {
            if let q = quotes.opened(at: t) { t = max(t + 1, quotes.end(of: q)); continue }
            if sources.isTimeWord(view, t), view.key(t) != todayKey || (t + 1 < r.upperBound && sources.isTimeWord(view, t + 1)) {
                var end = t
                while end > r.lowerBound + 1, view.kind(end - 1) == .number || isPreposition(view, end - 1)
                        || view.key(end - 1) == articleKey
                        || (!view.isWord(end - 1) && quotes.closeAt[end - 1] < 0 && view.punct(end - 1) != 0x29) { end -= 1 }
                return r.lowerBound..<end
            }
            t += 1
        }
        return r
    }

    /// The issuer a medium's phrase names after its preposition and head (وجاء في بيان للجيش
    /// أن، ورد في البيان الصادر عن الوزارة أن، جاء في بيان الجبهة أن), for the cues that report
    /// through a medium only; `limit` ends the words between cue and content.
    func issuer(inMedium medium: Range<Int>, limit: Int, _ view: TokenView, _ quotes: QuoteIndex) -> SourcePhrase? {
        let head = medium.lowerBound + 1
        // A head without the article, right after its preposition, and a word with the article or
        // a source's head after it: a construct phrase, whose second part is the issuer (في بيان
        // الجبهة، في تقرير الأمم المتحدة، في بيان وزارة الخارجية; not في بيان رسمي).
        if head + 1 < limit, sources.isMediumPreposition(view, medium.lowerBound), view.kind(head) == .word, !view.definite(head),
           sources.mediumType(view, head, throughClitics: false) != nil, view.kind(head + 1) == .word,
           view.definite(head + 1) || headsSource(view, head + 1) {
            return prepositionObject(head + 1, limit: limit, view, quotes)
        }
        var k = medium.lowerBound + 2
        while k < min(limit, medium.lowerBound + 5), view.isWord(k) {
            if view.key(k) == an { return prepositionObject(k + 1, limit: limit, view, quotes) }
            // A لـ glued to the word right after the head (للجيش، لوزارة), not لها or a preposition.
            if k == medium.lowerBound + 2, view.first(k) == 0x0644, view.length(k) > 3, !isPreposition(view, k) {
                return prepositionObject(k, limit: limit, view, quotes)
            }
            k += 1
        }
        return nil
    }

    // MARK: Main clause subject

    /// The subject that opens a clause before its verb (see ``mainSubject(_:_:_:fronted:)``);
    /// nil unless a verb-like word follows it (a plain word or a cue) and it has no relative
    /// clause.
    private func frontedSubject(_ range: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex) -> SourcePhrase? {
        var t = range.lowerBound
        // Past connectors (لكن، كما); a clause that opens with a preposition (ففي محافظة الجيزة
        // أكد …) has no subject there. One that opens with أن (as written: not the إن that may
        // open a main clause) is the content of a cue before it (أكد …،\nأن النيابة العامة لم
        // تصدر …، موضحا): its subject is not the speaker.
        while t < range.upperBound, view.kind(t) == .word, functionWords.contains(keyOrStemOf: t, view),
              !context.isPreposition(keyOrStemOf: t, view) {
            if lexicons.cues.isComplementizerWord(view, t), view.originalLetters(t).first == 0x0623 { return nil }
            t += 1
        }
        guard t < range.upperBound, quotes.opened(at: t) == nil, headsSource(view, t, names: false) else { return nil }
        var e = t + 1
        while e < range.upperBound, e - t < 12 {
            if let q = quotes.opened(at: e) { e = quotes.end(of: q); continue }
            guard view.isWord(e), lexicons.cues.entry(view, e) == nil else { break }
            e += 1
        }
        e = min(e, range.upperBound)
        let phrase = cutAtBreak(t..<e, view, quotes)
        let verb = phrase.upperBound
        guard verb < range.upperBound, view.kind(verb) == .word,
              phrase.upperBound < e || lexicons.cues.entry(view, verb) != nil,
              !phrase.contains(where: { relatives.contains(keyOrStemOf: $0, view) }) else { return nil }
        return describe(phrase, view, quotes, cut: false)
    }

    /// The name right after the verb at `verb`: a given name, then a family name with the
    /// article (محمد الكتاتني) or more given names and name parts (محمد أحمد); or a word that
    /// ends a person's name elsewhere in the document (واتهم بلعيد … after شكري بلعيد); else nil.
    /// Right after a cue, a word that is no known given name opens the name too when a known one
    /// follows it, the father's (وطالب شعبان عبدالعليم); after another word it may be the verb
    /// (هكذا تحدث أحمد).
    private func nameSubject(_ i: Int, after verb: Int, _ end: Int, _ view: TokenView) -> Range<Int>? {
        guard i + 1 < end, view.kind(verb) == .word, sources.role(view, verb) == nil else { return nil }
        if sources.exactRole(view, i) != .givenName {
            // A compound (أبو الفتوح، عبد الغني، آل الشيخ، علم الدين) is one name.
            let opener = sources.role(view, i) == .namePart
            guard nameLike(view, i), view.key(i) == view.base(i), view.length(i) >= 3, !opener || view.definite(i + 1),
                  lexicons.cues.complementizer(view, at: i) == nil, !sources.isObjectQuantifier(view, i) else { return nil }
            var e = opener ? i + 2 : i + 1
            while e < end, sources.endsCompoundName(view, e) { e += 1 }
            if namedElsewhere(e - 1, view) { return i..<e }
            guard !opener, e == i + 1, !view.definite(i), view.kind(e) == .word, !view.definite(e),
                  sources.exactRole(view, e) == .givenName, lexicons.cues.entry(view, verb) != nil else { return nil }
        } else {
            guard !view.definite(i + 1) || sources.role(view, i + 1) == nil else { return nil }
        }
        var e = i + 1
        while e < end, e - i < 4, view.kind(e) == .word, !view.definite(e),
              sources.exactRole(view, e) == .givenName || sources.role(view, e) == .namePart { e += 1 }
        if e < end, e - i < 4, view.kind(e) == .word, view.definite(e), view.first(e) == 0x0627, sources.role(view, e) == nil { e += 1 }
        // A compound with عبد alone may end a name the text gave in full (عبدالمعبود after صلاح
        // عبدالمعبود).
        return e - i >= 2 ? i..<e : sources.isAbdName(view, i) && namedElsewhere(i, view) ? i..<i + 1 : nil
    }

    /// True when the word at `i` is an organization's, a group's or an anonymous source's head
    /// as written (no glued preposition or article) with a word of its name or description after
    /// it before `end`: right after the clause's verb, its subject (وأعلنت حركة شباب الثورة عن …،
    /// مؤكدة; وانتقدت مصادر دبلوماسية الأمم المتحدة، مشيرة).
    private func headsName(_ i: Int, _ end: Int, _ view: TokenView) -> Bool {
        guard i + 1 < end, view.isWord(i + 1) || view.kind(i + 1) == .number else { return false }
        let role = sources.exactRole(view, i)
        return role == .organization || role == .group || role == .anonymous
    }

    /// True when the word at `i` is a title or a noun of an unnamed person as written (no glued
    /// لـ) with a word with the article after it before `end`, and the word `verb` before it has
    /// no role (وبكت والدة الشهيد …، مؤكدة).
    private func headsConstruct(_ i: Int, after verb: Int, _ end: Int, _ view: TokenView) -> Bool {
        guard i + 1 < end, view.definite(i + 1), sources.role(view, verb) == nil else { return false }
        let role = sources.exactRole(view, i)
        return role == .title || role == .unnamedPerson
    }

    /// The subject of the first verb of a clause that has no cue (رحبت الإدارة … بقرار،
    /// قائلة إن): the definite phrase (or a title in construct) after the first plain word, up
    /// to a preposition, a comma or the verb's object; never the genitive of a preposition's
    /// object, where the search ends.
    /// With `fronted`, a clause that opens with a source's head puts its subject first (SVO): the
    /// phrase runs to the clause's verb, a plain word after the phrase or a cue (لكن رئيس الاتحاد
    /// الكاريبي ديريك كشف …، الوزير رحب بالقرار قائلا).
    public func mainSubject(_ range: Range<Int>, _ view: TokenView, _ quotes: QuoteIndex, fronted: Bool = false) -> SourcePhrase? {
        if fronted, let subject = frontedSubject(range, view, quotes) { return subject }
        var t = range.lowerBound
        // A word other than a connector or a preposition before `t`: `t` is not the verb.
        var afterWord = false
        // A clause that opens with a prepositional phrase set off by a comma has its verb after
        // the comma (وفي كلمة وجهها إلى الدول الإسلامية، كرر ظريف موقف روحاني، قائلاً).
        var frontedPhrase = isFrontedPreposition(view, range.lowerBound), restarted = false
        // After a fronted phrase only a person's name that ends the subject counts: there the
        // verb's object runs into it more often (من ناحية أخرى، طالب الفريق شفيق وسائل الإعلام).
        func subject(_ r: Range<Int>) -> SourcePhrase? {
            guard let p = describe(r, view, quotes, cut: false) else { return nil }
            if restarted, p.strength != .strong || p.name?.upperBound != p.tokens.upperBound { return nil }
            return p
        }
        while t + 1 < range.upperBound {
            let next = t + 1
            // The verb's subject is a name: a given name and a family name with the article or
            // more known name words (وسجل محمد الكتاتني اعتراضه). Only those words: a plain
            // word after them is as often the verb's object (وعقد عباس جلسة).
            if !afterWord, let name = nameSubject(next, after: t, range.upperBound, view) {
                return describe(name, view, quotes, cut: false)
            }
            // A media noun behind a glued ب or ل opens a prepositional phrase, as a preposition
            // does (وأضافت خلال اتصال هاتفي ببرنامج «بلدنا بالمصري»، مشيرة: not the program).
            if sources.isGluedMediaNoun(view, t) {
                guard frontedPhrase else { return nil }
                afterWord = true
                t += 1
                continue
            }
            // The subject has the article, is quoted, or is a title in construct after a word
            // that has no role (ونقل وزير الخارجية تعازي المملكة; not نائب رئيس الحزب, where نائب
            // is a title itself). An organization so placed is as often an object or a genitive.
            if view.kind(t) == .word, !view.definite(t), !isPreposition(view, t), !functionWords.contains(view.key(t)),
               !isTime(view, t), view.definite(next) || quotedName(at: next, quotes) || headsConstruct(next, after: t, range.upperBound, view)
                || (!afterWord && sources.role(view, t) == nil && headsName(next, range.upperBound, view)) {
                // A noun right after a preposition is its object, and the word after it that
                // noun's genitive (وتحدث محمد مهلل عن عودة الطلاب، مشيرا: not الطلاب): the
                // verb's subject, if any, was before it, and a phrase further on belongs to
                // another clause; inside a fronted phrase the clause starts after it. After a
                // quantifier and من, the whole partitive is the subject (وقد تجمع عشرات من مسلمي
                // القرية، وأعلنوا), unless it is one that opens an object (عددا, see
                // ``SourceTable/objectQuantifiers``).
                var start = next
                if t > range.lowerBound, takesObject(view, t - 1) {
                    guard t - 2 > range.lowerBound, view.key(t - 1) == minKey, sources.role(view, t - 2) == .quantifier,
                          !sources.isObjectQuantifier(view, t - 2) else {
                        guard frontedPhrase else { return nil }
                        afterWord = true
                        t += 1
                        continue
                    }
                    start = t - 2
                }
                var e = next
                while e < range.upperBound, e - next < 12 {
                    // A quoted name goes on the subject; a longer quotation is the verb's object
                    // (وأضافت الخبيرة "أدت أحكام بالإعدام …").
                    if let q = quotes.opened(at: e) {
                        if e > next, !quotedName(at: e, quotes) { break }
                        e = quotes.end(of: q)
                        continue
                    }
                    guard view.kind(e) == .word, !isPreposition(view, e) else { break }
                    // A cue form is the clause's verb (وكان جروب «ألتراس أهلاوي» نشر على صفحته),
                    // except as the name after a title (الدكتورة راوية عبد الرحمن).
                    if e > next, sources.role(view, e - 1) != .title, lexicons.cues.entry(view, e) != nil { break }
                    // A relative pronoun opens a clause about the subject, and a word with the
                    // article behind ب an adverbial (بالوفد; لل more often belongs to a name:
                    // اللجنة العليا للانتخابات).
                    if e > next, relatives.contains(view.stem(e)) || (view.definite(e) && view.first(e) == 0x0628) { break }
                    // The verb's object or an adverbial may follow the subject with nothing
                    // between: a connector (ودان البابا أيضا الشر), a quantifier (واستعرض عمر
                    // سالم العديد من), a time word, a preposition with a pronoun (عنهم) or a verbal
                    // noun of ``SourceTable/objectNouns`` (نفى الوزير محمد عمرو وجود أزمة) opens it.
                    if e > next, isConnector(view, e) || sources.isObjectQuantifier(view, e) || isTime(view, e)
                        || sources.isPronounPreposition(view, e) || sources.isObjectNoun(view, e) {
                        break
                    }
                    // A word without the article after one with it that is no title opens the
                    // verb's object (المحكمة الإدارية العليا قبول الطعون، الحزب قد تلقى), unless it
                    // starts a name (الرئيس المصري محمد مرسي) or goes on one (سعد الدين عشماوي), or
                    // two name words follow an adjective of origin, as names in title chains do
                    // (وزير الخارجية الألماني جيدو فسترفيلي) and a noun and its adjective do not
                    // (المدرب البرتغالي شجاعة كبيرة، هجوما شديدا: the same ending).
                    if e > next, !view.definite(e), view.definite(e - 1), quotes.opened(at: e) == nil,
                       sources.role(view, e - 1) != .title, !sources.endsCompoundName(view, e - 1), sources.role(view, e) != .title,
                       !opensRun(e, view), !(endsLikeNisba(e - 1, view) && e + 1 < range.upperBound && twoNameWords(e, view)) {
                        break
                    }
                    // After a given name and a second name word (or a compound in الله), a definite
                    // word in ة or ات that is no title opens the verb's object (أدان الدكتور عمرو
                    // حمزاوي الاعتداءات الوحشية، وانتقد الشيخ أحمد عبد الله الخطة): a family name
                    // with the article rarely ends so (أحمد محمد الطيب goes on).
                    if e >= next + 2, view.definite(e), endsAsFeminineOrPlural(e, view), sources.role(view, e) == nil,
                       !view.definite(e - 1) || view.stem(e - 1) == allah,
                       sources.exactRole(view, e - 2) == .givenName
                        || (view.stem(e - 1) == allah && e >= next + 3 && sources.exactRole(view, e - 3) == .givenName) {
                        break
                    }
                    // A definite word that cannot describe the feminine noun in ة before it opens
                    // the verb's object (ورفضت المحكمة الطعن المقدم; المحكمة الإدارية العليا agrees).
                    // Only right after the clause's first word, the verb: after another word the
                    // subject may be the genitive of a construct whose head the adjective describes
                    // (مجلس وزراء الداخلية العرب).
                    if e > next, !afterWord, view.definite(e), quotes.opened(at: e) == nil, disagreesWithFeminine(e, from: next, view) {
                        break
                    }
                    // A word with a glued ب or ل opens an adverbial. بن goes on the name, which
                    // ends after it, with a family name like العمري (عمر بن صالح العمري العمل …:
                    // the verb's object follows).
                    if e > next, !view.definite(e), view.first(e) == 0x0628 || view.first(e) == 0x0644 {
                        let glued = e
                        while e + 1 < range.upperBound, sources.role(view, e) == .namePart, nameLike(view, e + 1) { e += 2 }
                        if e > glued, e < range.upperBound, sources.isNisbaName(view, e) {
                            e += 1
                        }
                        break
                    }
                    e += 1
                }
                return subject(start..<e)
            }
            if view.isComma(t), frontedPhrase {
                frontedPhrase = false
                restarted = true
                afterWord = false
                t += 1
                continue
            }
            if view.isComma(t) || view.punct(t) == 0x2E { return nil }
            if view.kind(t) == .word, !isPreposition(view, t), !functionWords.contains(keyOrStemOf: t, view) { afterWord = true }
            t += 1
        }
        return nil
    }

    /// True when the word at `i` ends in ة (folded ه) or in ات: a feminine noun or adjective,
    /// or a feminine plural; not الله, which ends compound names (عبد الله، جاد الله).
    func endsAsFeminineOrPlural(_ i: Int, _ view: TokenView) -> Bool {
        let tail = view.last2(i)
        return (tail & 0xFFFF == 0x0647 && view.stem(i) != allah) || tail == 0x0627_062A
    }

    /// The most tokens a quoted name inside a clause's subject spans, its marks included.
    private static let longestQuotedName = 7

    /// True when a quotation classed as a name ends right before token `k` (وصرحت السناتور
    /// «باربرة بوكسر» للصحافيين).
    private func quotedNameEnds(before k: Int, _ quotes: QuoteIndex) -> Bool {
        guard k > 0, k - 1 < quotes.within.count, quotes.within[k - 1] >= 0 else { return false }
        let q = Int(quotes.within[k - 1])
        return quotes.end(of: q) == k && quotes.quotes[q].quoteClass == .name
    }

    /// True when a quotation opens at `t` that is short enough to be a name (وقال "باترون"),
    /// not speech (وقال غوارديولا "من المؤسف …").
    private func quotedName(at t: Int, _ quotes: QuoteIndex) -> Bool {
        guard let q = quotes.opened(at: t) else { return false }
        return quotes.end(of: q) - t <= Self.longestQuotedName
    }
}
