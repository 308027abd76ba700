/// What kind of act a cue reports (OUTPUT.md `cue.class`).
public enum CueClass: String, Sendable, CaseIterable {
    case speech, report, announcement, belief, transmission
    case accordingTo = "according_to"
    case writing, directive
}

/// The grammatical form of a cue.
public enum CueForm: String, Sendable {
    /// A finite verb (قال، يقول، أكدت).
    case finite = "finite_verb"
    /// An active participle used adverbially (مشيراً، قائلاً); shares the main clause's source.
    case participle
    /// A verbal noun with a pronoun suffix (قوله، تأكيده).
    case masdar
    /// A finite verb followed by a participle (وأضاف قائلاً).
    case finiteParticiple = "finite_verb+participle"
    /// A prepositional cue (بحسب، وفقاً لـ).
    case preposition

    /// `cue:` and the raw value: the evidence an attribution records for its cue (literals, so
    /// recording it formats no string).
    var evidence: String {
        switch self {
        case .finite: "cue:finite_verb"
        case .participle: "cue:participle"
        case .masdar: "cue:masdar"
        case .finiteParticiple: "cue:finite_verb+participle"
        case .preposition: "cue:preposition"
        }
    }
}

/// Number and gender a cue form agrees with.
public enum Agreement: UInt8, Sendable {
    case masculine, feminine, plural, unknown

    /// The agreement written by its case name, as the tables give it.
    init?(name: some StringProtocol) {
        switch name {
        case "masculine": self = .masculine
        case "feminine": self = .feminine
        case "plural": self = .plural
        case "unknown": self = .unknown
        default: return nil
        }
    }

    /// True when two agreements may belong to one subject (``unknown`` agrees with any).
    func agrees(with other: Agreement) -> Bool { self == other || self == .unknown || other == .unknown }
}

/// What may follow a cue as its content, besides nothing at all.
public struct ContentPolicy: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A complementizer clause: أن، إن، بأن، إلى أن (with pronoun suffixes).
    public static let intro = ContentPolicy(rawValue: 1 << 0)
    /// A colon, then the content.
    public static let colon = ContentPolicy(rawValue: 1 << 1)
    /// A direct quotation with no introducer (قال: / قال "…").
    public static let quote = ContentPolicy(rawValue: 1 << 2)
    /// A verbal noun with a pronoun suffix as propositional object (أكد سعيه، أعلنت سيطرتها).
    public static let masdar = ContentPolicy(rawValue: 1 << 3)
    /// إلى + noun phrase (أشار إلى التهديدات).
    public static let ila = ContentPolicy(rawValue: 1 << 4)
    /// Any noun phrase (يتوقع الحسم).
    public static let np = ContentPolicy(rawValue: 1 << 5)
    /// عن + verbal noun with a pronoun suffix (أعرب عن قلقه، كشف عن …).
    public static let an = ContentPolicy(rawValue: 1 << 6)
    /// على + noun phrase (شدد على ضرورة …).
    public static let ala = ContentPolicy(rawValue: 1 << 7)
    /// Object + بأن/بـ (واصفاً المعركة بأنها …).
    public static let objbi = ContentPolicy(rawValue: 1 << 8)
    /// A restriction rather than a content: the verb reports only through a medium of
    /// statement between it and its content (وجاء في البيان أن، بيانا ورد فيه أن), never with a
    /// subject of its own (جاء قرار …، جاء بعد أن …).
    public static let medium = ContentPolicy(rawValue: 1 << 9)
    /// A question word after the subject, opening the question a cue of asking reports (وتساءل
    /// بكار هل يمكن …، وتساءل كيف …); the question is the content.
    public static let question = ContentPolicy(rawValue: 1 << 10)

    static let names: [String: ContentPolicy] = [
        "intro": .intro, "colon": .colon, "quote": .quote, "masdar": .masdar, "ila": .ila, "np": .np,
        "an": .an, "ala": .ala, "objbi": .objbi, "medium": .medium, "question": .question,
    ]
}

/// One cue form of the lexicon.
public struct CueEntry: Sendable, Hashable {
    public let lemma: String
    public let cueClass: CueClass
    public let form: CueForm
    public let agreement: Agreement
    public let policy: ContentPolicy
    /// True for imperfect forms (يقول), which undiacritized text cannot tell from the passive.
    public let imperfect: Bool
    /// True for verbs whose subject may relay another source (نقلت وكالة X عن Y): see
    /// ``CueLexicon/relayLemmas``.
    public let relay: Bool
}

/// A prepositional cue phrase of the lexicon: the keys of the words after the first, and
/// whether it ends in a ل that may be glued to the next word.
struct PrepositionPattern: Sendable {
    let rest: [UInt64]
    let gluedLam: Bool
    let phrase: String
    /// The phrase ends in ما (حسبما، بحسب ما): worked out once, not per match.
    let endsWithMa: Bool
}

/// A prepositional cue matched in the text.
public struct PrepositionMatch: Sendable, Hashable {
    /// Tokens of the cue phrase.
    public let tokens: Range<Int>
    /// First token of its object (the source); for a glued لـ, the token carrying it.
    public let objectStart: Int
    /// The phrase as written in the table (the cue's lemma).
    public let phrase: String
    /// The phrase ends in ما (a relative clause follows: حسبما ذكرت).
    let endsWithMa: Bool
    /// For a phrase whose object is a noun of saying with a pronoun suffix (حسب قوله، على حد
    /// تعبيرها), the agreement of the suffix: the source is whom the pronoun stands for. The
    /// noun is the phrase's last token.
    public let pronoun: Agreement?
}

/// A noun of saying with a pronoun suffix (قوله، روايتها): the key of the noun and the
/// agreement of the suffix.
struct PronounSaying: Sendable {
    let noun: UInt64
    let agreement: Agreement
}

/// The cue lexicon: verb forms, prepositional cues, complementizers and writer formulas, keyed
/// by folded word (``ArabicKey``). Built once from ``CueTable`` (plus optional user rows) and
/// shared, read-only, by all workers. A class, so the rules pass a reference to it rather than
/// copying its tables for each look-up.
public final class CueLexicon: Sendable {
    /// Verb cue forms by key.
    public let forms: KeyMap<CueEntry>
    /// Prepositional cue phrases by the key of their first word, longest first.
    private let prepositions: KeyMap<[PrepositionPattern]>
    /// The keys of ``forms`` and of the first words of ``prepositions``: most words are neither.
    private let heads: KeyFilter
    /// The same keys under a second slicing (``spread(_:)``): a word that passes ``heads`` by
    /// chance (about one in ten) rarely passes this one too, and is then spared the table look-ups.
    private let heads2: KeyFilter
    /// The first words of ``prepositions`` alone: most words that may be a cue are verb forms
    /// or no cue, and this filter saves them the look-ups of the phrases.
    private let prepositionHeads: KeyFilter
    private let complementizers: KeySet
    private let complementizerPrepositions: KeySet
    /// The keys of ``complementizers`` and ``complementizerPrepositions``.
    private let complementizerWords: KeyFilter
    private let writerFormulas: KeyMap<[[UInt64]]>
    /// The nouns of ``SourceTable/sayingNouns`` and ``SourceTable/pluralSayingNouns`` with a
    /// pronoun suffix, by key (see ``PrepositionMatch/pronoun``).
    private let pronounSayings: KeyMap<PronounSaying>
    /// ``CueTable/sacredEpithets``.
    private let sacredEpithets: KeySet
    private let nonComplementizerHeads: KeySet
    private let complementTakingHeads: KeySet
    private let complementNouns: KeySet
    private let clauseLinkingHeads: KeySet
    private let clauseLinkingHeadsAfterPause: KeySet
    private let nounHomographs: KeySet
    private let impersonalImperfects: KeySet
    private let embeddingWords: KeySet
    private let nominalizers: KeySet
    private let nounReaders: KeySet
    private let betweenForms: KeySet
    private let subordinators: KeySet
    private let predicateHeads: KeySet
    private let nominalHeads: KeySet
    /// Lemmas of verbs that relay (نقل، أورد، ذكر، أفاد، روى), besides any verb followed by a
    /// verbal noun cue (نقلت X عن Y قوله).
    static let relayLemmas: Set<String> = ["نقل", "أورد", "ذكر", "أفاد", "روى"]
    private static let lam = ArabicKey.key("ل")
    private static let min = ArabicKey.key("من")
    private static let ila = ArabicKey.key("إلى")
    private static let waw = ArabicKey.key("و"), fa = ArabicKey.key("ف"), thumma = ArabicKey.key("ثم")

    /// Builds the lexicon from the built-in tables and `extraVerbRows` (same columns as
    /// ``CueTable/verbs``).
    /// - Throws: ``CueTableError`` for a malformed row.
    public init(extraVerbRows: String = "") throws {
        var forms = KeyMap<CueEntry>(capacity: 1024)
        var headKeys: [UInt64] = []
        let verbs = CueTable.verbs + "\n" + extraVerbRows
        if [Unicode.Scalar].readsAsScalars(verbs) {
            try Self.addVerbRows([Unicode.Scalar](table: verbs), to: &forms, &headKeys)
        } else {
            try Self.addVerbRows(verbs, to: &forms, &headKeys)
        }
        var prepositions = KeyMap<[PrepositionPattern]>()
        var prepositionHeads = KeyFilter(log2Bits: 12)
        var order: [UInt64] = []
        for row in Self.rows(CueTable.prepositions) {
            let words = row.split(separator: " ").map(String.init)
            guard let head = words.first else { continue }
            let gluedLam = words.count > 1 && words.last == "ل"
            let rest = (gluedLam ? words.dropFirst().dropLast() : words.dropFirst()).map { ArabicKey.key($0) }
            let key = ArabicKey.key(head)
            if prepositions[key] == nil { order.append(key) }
            let pattern = PrepositionPattern(rest: Array(rest), gluedLam: gluedLam, phrase: row, endsWithMa: row.hasSuffix("ما"))
            prepositions.set(key, (prepositions[key] ?? []) + [pattern])
            headKeys.append(key)
            prepositionHeads.insert(key)
        }
        // Longer phrases are tried first (بحسب ما before بحسب).
        for key in order { prepositions.set(key, prepositions[key]!.sorted(by: { $0.rest.count > $1.rest.count })) }
        let suffixes = ["", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك", "كم"]
        let complementizerKeys = CueTable.complementizers.split(separator: " ").flatMap { c in suffixes.map { ArabicKey.key(c + $0) } }
        let complementizers = KeySet(complementizerKeys)
        var writerFormulas = KeyMap<[[UInt64]]>()
        for row in Self.rows(CueTable.writerFormulas) {
            let keys = ArabicKey.keys(row)
            if let first = keys.first { writerFormulas.set(first, (writerFormulas[first] ?? []) + [Array(keys.dropFirst())]) }
        }
        self.forms = forms
        self.prepositions = prepositions
        heads = KeyFilter(headKeys)
        heads2 = KeyFilter(headKeys.map(Self.spread))
        self.prepositionHeads = prepositionHeads
        self.complementizers = complementizers
        let prepositionKeys = ArabicKey.keys(CueTable.complementizerPrepositions)
        complementizerPrepositions = KeySet(prepositionKeys)
        complementizerWords = KeyFilter(complementizerKeys + prepositionKeys, log2Bits: 12)
        self.writerFormulas = writerFormulas
        // The suffixes are those of the verbal noun cues (قوله، قولها، قولهم، روايته).
        var pronounSayings = KeyMap<PronounSaying>()
        for noun in (SourceTable.sayingNouns + " " + SourceTable.pluralSayingNouns).split(separator: " ").map(String.init) {
            for (form, agreement) in Self.masdarForms(noun) {
                pronounSayings.insertIfAbsent(form.key, PronounSaying(noun: noun.key, agreement: agreement))
            }
        }
        self.pronounSayings = pronounSayings
        sacredEpithets = KeySet(words: CueTable.sacredEpithets)
        nonComplementizerHeads = KeySet(words: CueTable.nonComplementizerHeads)
        complementTakingHeads = KeySet(words: CueTable.complementTakingHeads)
        complementNouns = KeySet(words: CueTable.complementNouns)
        clauseLinkingHeads = KeySet(words: CueTable.clauseLinkingHeads)
        clauseLinkingHeadsAfterPause = KeySet(words: CueTable.clauseLinkingHeadsAfterPause)
        nounHomographs = KeySet(words: CueTable.nounHomographs)
        impersonalImperfects = KeySet(words: CueTable.impersonalImperfects)
        embeddingWords = KeySet(words: CueTable.embeddingWords)
        nominalizers = KeySet(words: CueTable.nominalizers)
        nounReaders = KeySet(words: CueTable.nounReaders)
        betweenForms = KeySet(words: CueTable.betweenForms)
        subordinators = KeySet(words: CueTable.subordinators)
        predicateHeads = KeySet(words: CueTable.predicateHeads)
        nominalHeads = KeySet(words: CueTable.nominalHeads)
    }

    /// Non-empty, non-comment lines of a table, trimmed.
    static func rows(_ table: String) -> [String] {
        table.split(separator: "\n").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Adds the forms of each verb row of `table` (read as characters or as scalars, see
    /// ``TableText``).
    private static func addVerbRows<T: TableText>(_ table: T, to forms: inout KeyMap<CueEntry>, _ heads: inout [UInt64]) throws {
        for (n, row) in table.tableRows.enumerated() { try addVerbRow(row, line: n + 1, to: &forms, &heads) }
    }

    private static func addVerbRow<T: TableText>(_ row: T, line: Int, to forms: inout KeyMap<CueEntry>, _ heads: inout [UInt64]) throws {
        let cols = row.tableCells("\t", omittingEmpty: false)
        guard cols.count >= 7 else { throw CueTableError(line: line, message: "expected 7 tab-separated columns: \(row.string)") }
        guard let cueClass = CueClass(rawValue: cols[1].string) else {
            throw CueTableError(line: line, message: "unknown class '\(cols[1].string)'")
        }
        var policy: ContentPolicy = []
        for word in cols[6].split(separator: " ").map(T.init) where !word.isDash {
            guard let p = ContentPolicy.names[word.string] else {
                throw CueTableError(line: line, message: "unknown content policy '\(word.string)'")
            }
            policy.insert(p)
        }
        let lemma = cols[0].string
        let relay = relayLemmas.contains(lemma)
        for (column, form, imperfect) in [(2, CueForm.finite, false), (3, .finite, true), (4, .participle, false), (5, .masdar, false)] {
            for word in cols[column].split(separator: " ").map(T.init) where !word.isDash {
                // A word with diacritics is read as characters (see TableText).
                let variants = word.isPlain ? columnForms(word, column) : columnForms(word.string, column)
                for (key, agreement) in variants {
                    heads.append(key)
                    forms.insertIfAbsent(key, CueEntry(lemma: lemma, cueClass: cueClass, form: form,
                                                       agreement: agreement, policy: policy, imperfect: imperfect, relay: relay))
                }
            }
        }
    }

    /// The keys and agreements of the forms a word of a verb table column stands for: the word
    /// itself after `=`, else the forms generated for the column (perfect, imperfect,
    /// participle, verbal noun).
    static func columnForms<T: TableText>(_ word: T, _ column: Int) -> [(UInt64, Agreement)] {
        if word.first == "=" {
            let form = T(word.dropFirst())
            return [(form.key, agreement(of: form))]
        }
        let variants: [(T, Agreement)]
        switch column {
        case 2: variants = perfectForms(word)
        case 3: variants = imperfectForms(word)
        case 4: variants = participleForms(word)
        default: variants = masdarForms(word)
        }
        return variants.map { ($0.0.key, $0.1) }
    }

    static func perfectForms<T: TableText>(_ f: T) -> [(T, Agreement)] {
        if f.last == "ى" || f.last == "ا" {
            let stem = T(f.dropLast())
            return [(f, .masculine), (stem + T(table: "ت"), .feminine), (stem + T(table: "وا"), .plural)]
        }
        // The masculine dual (قالا) is left out: it is spelled like accusative nouns (نقلاً).
        return [(f, .masculine), (f + T(table: "ت"), .feminine), (f + T(table: "وا"), .plural), (f + T(table: "تا"), .feminine)]
    }

    static func imperfectForms<T: TableText>(_ f: T) -> [(T, Agreement)] {
        let t = f.first == "ي" ? T(table: "ت") + f.dropFirst() : f
        let weak = f.last == "ي" || f.last == "و" || f.last == "ى"
        let plural = weak ? T(f.dropLast()) + T(table: "ون") : f + T(table: "ون")
        return [(f, .masculine), (t, .feminine), (plural, .plural), (f + T(table: "ان"), .plural), (t + T(table: "ان"), .feminine)]
    }

    static func participleForms<T: TableText>(_ f: T) -> [(T, Agreement)] {
        let stem = f.last == "ا" ? T(f.dropLast()) : f
        return [(stem + T(table: "ا"), .masculine), (stem + T(table: "ة"), .feminine), (stem + T(table: "ين"), .plural),
                (stem + T(table: "ون"), .plural), (stem + T(table: "تين"), .feminine)]
    }

    static func masdarForms<T: TableText>(_ f: T) -> [(T, Agreement)] {
        let stem = f.last == "ة" ? T(f.dropLast()) + T(table: "ت") : f
        return [(stem + T(table: "ه"), .masculine), (stem + T(table: "ها"), .feminine), (stem + T(table: "هم"), .plural),
                (stem + T(table: "هما"), .plural)]
    }

    static func agreement<T: TableText>(of word: T) -> Agreement {
        if word.first == "ت" || word.last == "ة" || word.last == "ت" { return .feminine }
        // ين is the plural of a participle (مؤكدين); an imperfect keeps it from its root (يبين).
        if word.hasTableSuffix("ون") || word.hasTableSuffix("وا") || (word.hasTableSuffix("ين") && word.first != "ي") { return .plural }
        return .masculine
    }

    // MARK: Look-ups

    /// The first token from `start` on that may be a verb cue form or start a prepositional
    /// cue, else `view.count`: it passes the first of the two filters of
    /// ``mayStartCue(_:_:)`` (which the look-ups then ask again).
    public func nextPossibleCue(_ view: TokenView, from start: Int) -> Int {
        view.firstWord(from: start, mayBeIn: heads)
    }

    /// True when token `i` may be a verb cue form or start a prepositional cue; false proves
    /// it is neither.
    @inline(__always)
    public func mayStartCue(_ view: TokenView, _ i: Int) -> Bool {
        let key = view.key(i), stem = view.stem(i)
        return (heads.mayContain(key) && heads2.mayContain(Self.spread(key)))
            || (stem != key && heads.mayContain(stem) && heads2.mayContain(Self.spread(stem)))
    }

    /// A key mixed again, so that ``heads2`` slices the keys otherwise than ``heads``.
    @inline(__always)
    private static func spread(_ key: UInt64) -> UInt64 { (key ^ (key &>> 31)) &* 0xD6E8_FEB8_6659_FD93 }

    /// The verb cue form at token `i` (with or without a leading و/ف).
    @inline(__always)
    public func entry(_ view: TokenView, _ i: Int) -> CueEntry? {
        guard view.kind(i) == .word, mayStartCue(view, i) else { return nil }
        return forms[view.key(i)] ?? (view.stem(i) != view.key(i) ? forms[view.stem(i)] : nil)
    }

    /// The tokens of a complementizer starting at `i` (أن، إنه، بأن، إلى أن، على أنه), or nil.
    @inline(__always)
    public func complementizer(_ view: TokenView, at i: Int) -> Range<Int>? {
        if case .introduces(let r)? = complementizerReading(view, at: i) { return r }
        return nil
    }

    /// How a complementizer word at `i` reads, if it is one: the opening of content, or part of
    /// a conjunction that links a clause of its own (، إذ إن، ، خاصة أن); nil for a word that
    /// is no complementizer or part of another conjunction (بعد أن).
    public enum ComplementizerReading: Sendable, Equatable {
        case introduces(Range<Int>)
        case linkedClause
    }

    /// The reading of token `i` (see ``ComplementizerReading``): one look-up for the scans that
    /// need both answers.
    @inline(__always)
    public func complementizerReading(_ view: TokenView, at i: Int) -> ComplementizerReading? {
        // Inlined: most words fail the filter, which is then all the look-up costs.
        guard i < view.count, view.kind(i) == .word, complementizerWords.mayContain(view.key(i)) else { return nil }
        return complementizerReading(view, candidate: i)
    }

    private func complementizerReading(_ view: TokenView, candidate i: Int) -> ComplementizerReading? {
        let key = view.key(i)
        if complementizerPrepositions.contains(key), i + 1 < view.count {
            // A comma may stand between إلى and أن (ونوه الأحمد إلى، أن); not after على, which
            // folds like the name علي (وقال خالد علي، إن).
            let next = key == Self.ila && i + 2 < view.count && view.isComma(i + 1) ? i + 2 : i + 1
            if complementizers.contains(view.key(next)) {
                // على أن / إلى أن open content whatever precedes them; من أن only where من is no
                // part of a conjunction (بدلاً من أن).
                return key == Self.min && conjunction(before: i, view) != nil ? nil : .introduces(i..<next + 1)
            }
        }
        guard complementizers.contains(key) else { return nil }
        switch conjunction(before: i, view) {
        case nil: return .introduces(i..<i + 1)
        case true?: return .linkedClause
        case false?: return nil
        }
    }

    /// Whether a conjunction head stands before token `i`: true for one of
    /// ``CueTable/clauseLinkingHeads`` (إذ إن، ، خاصة أن), false for one of
    /// ``CueTable/nonComplementizerHeads`` (بعد أن), nil for none, nor for those after من (من
    /// قبل إن "previously, that", من حيث إن "in that"). False as well for a word of
    /// ``CueTable/complementTakingHeads``, after من too (يمكن أن، من المتوقع أن). Callers ask
    /// it last: most words that pass the filter are prepositions.
    private func conjunction(before i: Int, _ view: TokenView) -> Bool? {
        guard i > 0, view.kind(i - 1) == .word else { return nil }
        if complementTakingHeads.contains(keyOrStemOf: i - 1, view) { return false }
        let linking = clauseLinkingHeads.contains(keyOrStemOf: i - 1, view)
        if linking || nonComplementizerHeads.contains(keyOrStemOf: i - 1, view) {
            return i > 1 && view.key(i - 2) == Self.min ? nil : linking
        }
        if clauseLinkingHeadsAfterPause.contains(keyOrStemOf: i - 1, view),
           view.stem(i - 1) != view.key(i - 1) || (i > 1 && view.punct(i - 2) != 0) {
            return true
        }
        return nil
    }

    /// True when token `i` is a complementizer word on its own (أن، إنه), whatever precedes it.
    public func isComplementizerWord(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && complementizerWords.mayContain(view.key(i)) && complementizers.contains(view.key(i))
    }

    /// True when token `i` is a complementizer with a leading و/ف (فإن، وأن).
    public func isComplementizerStem(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && complementizerWords.mayContain(view.stem(i)) && complementizers.contains(view.stem(i))
    }

    /// The prepositional cue starting at token `i`, or nil.
    @inline(__always)
    public func preposition(_ view: TokenView, at i: Int) -> PrepositionMatch? {
        // Inlined: most words fail the filter, which is then all the look-up costs.
        guard view.kind(i) == .word, mayStartCue(view, i) else { return nil }
        return preposition(view, candidate: i)
    }

    private func preposition(_ view: TokenView, candidate i: Int) -> PrepositionMatch? {
        let key = view.key(i), stem = view.stem(i)
        guard prepositionHeads.mayContain(key) || (stem != key && prepositionHeads.mayContain(stem)) else { return nil }
        guard let candidates = prepositions[key] ?? prepositions[stem] else { return nil }
        for pattern in candidates {
            let (rest, gluedLam, phrase, ma) = (pattern.rest, pattern.gluedLam, pattern.phrase, pattern.endsWithMa)
            var j = i + 1
            var ok = true
            for k in rest {
                guard j < view.count, view.key(j) == k else {
                    // على حد قوله: the last word, a noun of saying, carries the pronoun.
                    if j == i + rest.count, j < view.count, let agreement = pronounSaying(view, j, noun: k) {
                        return PrepositionMatch(tokens: i..<j + 1, objectStart: j + 1, phrase: phrase, endsWithMa: ma, pronoun: agreement)
                    }
                    ok = false
                    break
                }
                j += 1
            }
            guard ok else { continue }
            // حسب قوله، وفقاً لروايتها: the object is a noun of saying with a pronoun suffix.
            if !ma, j < view.count, let agreement = pronounSaying(view, j, noun: nil) {
                return PrepositionMatch(tokens: i..<j + 1, objectStart: j + 1, phrase: phrase, endsWithMa: ma, pronoun: agreement)
            }
            if gluedLam {
                guard j < view.count else { continue }
                if view.key(j) == Self.lam { return PrepositionMatch(tokens: i..<j + 1, objectStart: j + 1, phrase: phrase, endsWithMa: ma, pronoun: nil) }
                if view.first(j) == 0x0644, view.length(j) > 2 { return PrepositionMatch(tokens: i..<j, objectStart: j, phrase: phrase, endsWithMa: ma, pronoun: nil) }
                continue
            }
            return PrepositionMatch(tokens: i..<j, objectStart: j, phrase: phrase, endsWithMa: ma, pronoun: nil)
        }
        return nil
    }

    /// The agreement of the pronoun suffix of token `j` when it is a noun of saying with one
    /// (`noun`, when given, is the key the noun must have), through clitics (لقوله), unless a
    /// word of ``CueTable/sacredEpithets`` follows (قوله تعالى cites scripture).
    private func pronounSaying(_ view: TokenView, _ j: Int, noun: UInt64?) -> Agreement? {
        guard view.kind(j) == .word, let p = pronounSayings[view.base(j)], noun == nil || p.noun == noun else { return nil }
        if j + 1 < view.count, view.kind(j + 1) == .word, sacredEpithets.contains(view.key(j + 1)) { return nil }
        return p.agreement
    }

    /// True when a word of ``CueTable/nominalizers`` stands right before token `i` (ما جاء).
    public func followsNominalizer(_ view: TokenView, _ i: Int) -> Bool { follows(nominalizers, view, i) }

    /// True when token `i` is one of ``CueTable/impersonalImperfects`` (with or without و/ف).
    public func isImpersonalImperfect(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && impersonalImperfects.contains(view.stem(i))
    }

    /// True when the cue form at `i` is one of ``CueTable/nounHomographs`` right after a word of
    /// ``CueTable/nounReaders``: a noun or a preposition there (وما بين الصحيفتين، مما ذكر).
    public func readsAsNoun(_ view: TokenView, _ i: Int) -> Bool {
        nounHomographs.contains(view.stem(i)) && follows(nounReaders, view, i)
    }

    /// True when the cue form at `i` is بين and reads as the preposition (see
    /// ``CueTable/betweenForms``): `opensClause` tells whether it opens its clause; with و it is
    /// the preposition after another form of it earlier in the sentence, up to `floor`.
    public func readsAsBetween(_ view: TokenView, _ i: Int, opensClause: Bool, floor: Int) -> Bool {
        guard isBetween(view, i) else { return false }
        guard view.key(i) != view.stem(i) else { return !opensClause }
        return (max(floor, i - 15)..<i).contains { view.kind($0) == .word && betweenForms.contains(view.stem($0)) }
    }
    private static let between = ArabicKey.key("بين")

    /// True when token `i` is the word بين (with و/ف): the one cue form ``readsAsBetween(_:_:opensClause:floor:)``
    /// asks about, tested first so that other cues skip working out whether they open a clause.
    public func isBetween(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && view.stem(i) == Self.between
    }

    /// The entry of a verbal noun cue with a glued ب at token `i` (بقوله، بقولها), which says
    /// how its clause's subject spoke when a quotation follows it; nil for any other word.
    public func verbalNounWithBi(_ view: TokenView, _ i: Int) -> CueEntry? {
        guard view.kind(i) == .word, view.first(i) == 0x0628, view.stem(i) != view.base(i), let e = forms[view.base(i)],
              e.form == .masdar else { return nil }
        return e
    }

    /// True when token `i`, without its clitics (وبضرورة), is one of ``CueTable/complementNouns``.
    public func isComplementNoun(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && complementNouns.contains(view.base(i))
    }

    /// True when token `i`, without its clitics (بقوله، وبتأكيده), is a verbal noun cue form:
    /// a noun phrase before the content ends there (وعلق الدلامي بقوله:).
    public func isVerbalNounThroughClitics(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && forms[view.base(i)]?.form == .masdar
    }

    /// True when the cue form at `i` may open a clause of its own a few words before its
    /// complementizer: it is no noun homograph (``CueTable/nounHomographs``) and no word of
    /// ``CueTable/embeddingWords`` stands before it.
    public func mayOpenClause(_ view: TokenView, _ i: Int) -> Bool {
        !nounHomographs.contains(view.stem(i)) && !(i > 0 && embeddingWords.contains(view.stem(i - 1)))
    }

    /// True when token `i` (with و/ف) is one of ``CueTable/subordinators``.
    public func isSubordinator(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && subordinators.contains(keyOrStemOf: i, view)
    }

    /// True when the cue form at `i` carries a leading و/ف, glued (وأضاف) or written apart
    /// (و أضاف, common in some outlets). A word that is a cue form as written (ورد، وصف، وعد)
    /// starts with its root's و, not a conjunction: ووصف is conjoined, وصف is not.
    public func isConjoined(_ view: TokenView, _ i: Int) -> Bool {
        (view.key(i) != view.stem(i) && forms[view.key(i)] == nil) || followsDetachedConjunction(view, i)
    }

    /// True when a conjunction written apart (و، ف، ثم) stands right before token `i` in its paragraph.
    public func followsDetachedConjunction(_ view: TokenView, _ i: Int) -> Bool {
        guard i > 0, view.kind(i - 1) == .word, view.paragraph(i - 1) == view.paragraph(i) else { return false }
        let k = view.stem(i - 1)
        return k == Self.waw || k == Self.fa || k == Self.thumma
    }

    /// True when a word of ``CueTable/predicateHeads`` (with و/ف) stands right before token `i`.
    public func followsPredicateHead(_ view: TokenView, _ i: Int) -> Bool { follows(predicateHeads, view, i) }

    /// True when a word of ``CueTable/nominalHeads`` (with و/ف) stands right before token `i`.
    public func followsNominalHead(_ view: TokenView, _ i: Int) -> Bool { follows(nominalHeads, view, i) }

    /// True when a word of `words`, with or without و/ف, stands right before token `i`.
    private func follows(_ words: KeySet, _ view: TokenView, _ i: Int) -> Bool {
        i > 0 && view.kind(i - 1) == .word && words.contains(view.stem(i - 1))
    }

    /// True when the cue at `i` starts a writer formula (يذكر أن).
    public func startsWriterFormula(_ view: TokenView, at i: Int) -> Bool {
        guard let formulas = writerFormulas[view.key(i)] ?? writerFormulas[view.stem(i)] else { return false }
        return formulas.contains { rest in
            rest.enumerated().allSatisfy { k, key in i + 1 + k < view.count && view.key(i + 1 + k) == key }
        }
    }
}

/// A malformed row in a cue table.
public struct CueTableError: Error, CustomStringConvertible {
    public let line: Int
    public let message: String
    public var description: String { "cue table line \(line): \(message)" }
}
