import Toolkit

/// Resolves implicit sources and groups mentions into speakers.
///
/// - A pro-drop cue (وأضاف، وتابع with no subject) takes the current speaker: the source of the
///   last main-level attribution; inside another attribution's content, the outer source. One
///   whose subject is a relative pronoun keeps the phrase the pronoun stands for (والده، الذي
///   أقر أن …), found with the cue.
/// - A participle cue (مشيراً، قائلاً) shares the source of the main attribution of its
///   sentence, or else the subject of the sentence's first verb (رحبت الإدارة …، قائلة).
/// - Explicit mentions are grouped into speakers: a name contained in another (بالي ⊂ مصطفى
///   بالي), the same organization under an alias the text gives in brackets (قوات سوريا
///   الديمقراطية (قسد)), a title-only mention (قائد "قسد") with the one named speaker bearing
///   that title.
/// - A statement spoken of again (وقال الحزب في بيان …، وأضاف البيان) is a mention of the
///   speaker who issued it: the source of the latest attribution with such a medium, else the
///   current speaker when that is an organization.
/// Pro-drop and shared sources point at the nearest earlier explicit mention.
public struct SpeakerResolver: Sendable {
    let finder: SourceFinder

    public init(finder: SourceFinder) { self.finder = finder }

    /// Mentions grouped as one speaker. Clusters live in one array per document and refer to
    /// each other by index, and their mentions, titles and aliases are in flat lists of the
    /// document's (see ``State``): no object or array per cluster to allocate, count and free.
    struct Cluster {
        var type: SourceType
        var personLike: Bool
        var keys: KeyBag
        var hasName: Bool
        var canonical: Range<Int>
        var canonicalWords: Int
        var titleHeads = KeyBag()
        var titleKeys = KeyBag()
        /// True when the cluster started from a bare unknown word (see
        /// ``SourceFinder/isBareDefinite(_:_:)``), which a named person may take over.
        var bare = false
        /// True when some mention names a person clearly (see
        /// ``SourceFinder/namesPersonClearly(_:_:)``), not just with unknown words read as a name.
        var clearlyNamed = false
        /// The cluster this one was merged into.
        var mergedInto: Int?
        /// The speaker's number, once the speakers are numbered.
        var speaker: Int?
        /// The number of attributions of the speaker (counted on the cluster the others merged into).
        var attributions = 0

        init(type: SourceType, keys: KeyBag, hasName: Bool, canonical: Range<Int>, words: Int) {
            self.type = type
            self.personLike = type == .person || type == .unnamedPerson
            self.keys = keys
            self.hasName = hasName
            self.canonical = canonical
            self.canonicalWords = words
        }
    }

    /// A name the text gives in brackets for another (see ``harvestAliases(_:_:)``): `key`'s
    /// words are also known as `other`'s, written at `range`.
    struct Alias {
        var key: KeyBag
        var other: KeyBag
        var range: Range<Int>
    }

    /// What resolving carries from draft to draft (each draft holds the cluster of its source).
    private struct State {
        var clusters: [Cluster] = []
        /// The clusters' mentions, titles and aliases, each with its cluster, in the order found.
        var mentions: [(cluster: Int, range: Range<Int>)] = []
        var titles: [(cluster: Int, range: Range<Int>)] = []
        var aliases: [(cluster: Int, range: Range<Int>)] = []
        var current: Int?
        /// The last main-level attributions whose sources the text names, one per change of
        /// speaker, the latest first (-1: none); older ones are never asked for.
        var recent = InlineArray<3, Int>(repeating: -1)

        func root(_ c: Int) -> Int {
            var c = c
            while let m = clusters[c].mergedInto { c = m }
            return c
        }

        /// Makes attribution `i`, whose source the text names, the current speaker's. The same
        /// speaker again takes the latest's place in ``recent``; another pushes the others down.
        mutating func makeCurrent(_ i: Int, _ drafts: [AttributionDraft]) {
            current = i
            if recent[0] < 0 || root(drafts[recent[0]].cluster) != root(drafts[i].cluster) {
                (recent[2], recent[1]) = (recent[1], recent[0])
            }
            recent[0] = i
        }
    }

    /// Fills source, mention and speaker of every draft; returns the speakers.
    func resolve(_ drafts: inout [AttributionDraft], _ view: TokenView, _ quotes: QuoteIndex) -> [Speaker] {
        let aliases = harvestAliases(view, quotes)
        var state = State()
        // At most one cluster and one mention per draft: one allocation each.
        state.clusters.reserveCapacity(drafts.count)
        state.mentions.reserveCapacity(drafts.count)

        for i in drafts.indices {
            // The fields read below, not the whole draft: copying a draft costs more than the
            // rest of this loop (copy() and adopt() change none of them).
            let parent = drafts[i].parent, cueStart = drafts[i].cueStart
            switch drafts[i].realization {
            case .explicit:
                guard let source = drafts[i].source else { continue }
                drafts[i].mention = source.head
                if let issuer = issuer(of: source, before: i, current: state.current, drafts, view) {
                    // وقال الحزب في بيان إن …، وأضاف البيان أن: the statement is a mention of the party.
                    drafts[i].cluster = drafts[issuer].cluster
                    state.mentions.append((drafts[i].cluster, source.head))
                    drafts[i].evidence.append("speaker:statement_issuer")
                } else {
                    drafts[i].cluster = register(source, &state, aliases, view, quotes)
                }
                let personal = source.type == .person || source.type == .unnamedPerson
                if parent == nil, drafts[i].cue.form != .preposition || personal { state.makeCurrent(i, drafts) }
            case .shared:
                // A verbal noun with ب (بقوله «…») speaks for its own clause only: no earlier
                // speaker stands in for a subject it cannot read.
                let ownClauseOnly = drafts[i].cue.form == .masdar
                let sentence = view.sentence[cueStart]
                var main: Int?
                for j in stride(from: i - 1, through: 0, by: -1)
                where view.sentence[drafts[j].cueStart] == sentence && drafts[j].parent == parent && drafts[j].source != nil
                    && (drafts[j].cue.form != .preposition || drafts[j].source?.type == .person) {
                    main = j
                    break
                }
                if let main {
                    copy(main, into: i, .shared, &drafts)
                    if drafts[i].medium == nil, let m = drafts[main].medium { drafts[i].medium = (nil, m.type, true) }
                    if drafts[i].addressee == nil { drafts[i].addressee = drafts[main].addressee }
                    drafts[i].evidence.append("shared:main_clause")
                } else if let subject = clauseSubject(before: cueStart, view, quotes),
                          !ownClauseOnly || verbAgrees(before: subject, drafts[i].cue.agreement, view) {
                    adopt(subject, into: i, "shared:clause_subject", &drafts, &state, aliases, view, quotes)
                } else if ownClauseOnly {
                    continue
                } else if let c = state.current {
                    copy(c, into: i, .shared, &drafts)
                    drafts[i].evidence.append("shared:current_speaker")
                    drafts[i].confidence -= 0.1
                } else if let subject = previousSubject(cueStart, agreeing: drafts[i].cue.agreement, view, quotes) {
                    adopt(subject, into: i, "shared:previous_subject", penalty: 0.2, &drafts, &state, aliases, view, quotes)
                }
            case .proDrop:
                if let source = drafts[i].source {
                    // The phrase of a relative pronoun: a mention of its own. A relative clause
                    // is an aside: it leaves the current speaker as it was, if there is one.
                    drafts[i].mention = source.head
                    drafts[i].cluster = register(source, &state, aliases, view, quotes)
                    if parent == nil, state.current == nil { state.current = i }
                } else if drafts[i].cue.hasPronounObject, let subject = finder.mainSubject(drafts[i].content, view, quotes, fronted: true) {
                    // وردد رئيس الغرفة بأن …، على حد قوله: whom the clause is about says it; a
                    // subject that names nobody clearly leaves the source unknown.
                    if subject.strength == .strong {
                        adopt(subject, into: i, "pro_drop:clause_subject", penalty: 0.1, &drafts, &state, aliases, view, quotes)
                    }
                } else if let p = parent, drafts[p].source != nil {
                    copy(p, into: i, .proDrop, &drafts)
                    drafts[i].evidence.append("pro_drop:outer_speaker")
                } else if parent == nil, let subject = interveningSubject(before: i, drafts, view, quotes) {
                    // وأعلن قائد الشرطة الفريق رائد جودة مقتل …. وقال إن …: the person the
                    // sentence in between was about, not the speaker before it.
                    adopt(subject, into: i, "pro_drop:clause_subject", penalty: 0.1, &drafts, &state, aliases, view, quotes)
                    // The later cues that agree with it are that person's too.
                    state.makeCurrent(i, drafts)
                } else if let c = state.current {
                    // The speaker whose verb agreed like this one, among the last few; else the current one.
                    let agreement = drafts[i].cue.agreement
                    var agreeing: Int?
                    for k in 0..<3 where state.recent[k] >= 0 && drafts[state.recent[k]].cue.agreement.agrees(with: agreement) {
                        agreeing = state.recent[k]
                        break
                    }
                    // None agrees, and the current speaker is one the cue cannot stand for (a
                    // woman's verb after a named man's, a plural after one person's or one
                    // body's): the cue continues its own clause, whose subject is then its
                    // source (كذبت الرئاسة التونسية الأنباء، وقالت إن …؛ اعترف الكثيرون بهذه
                    // الحقيقة، وأكدوا أن …).
                    if agreeing == nil, cannotStand(for: c, agreement, drafts), !quotes.inSpeech(cueStart),
                       unattributed(from: sentenceStart(cueStart, view), before: i, drafts),
                       let subject = clauseSubject(before: cueStart, view, quotes) {
                        adopt(subject, into: i, "pro_drop:clause_subject", penalty: 0.1, &drafts, &state, aliases, view, quotes)
                        continue
                    }
                    copy(agreeing ?? c, into: i, .proDrop, &drafts)
                    drafts[i].evidence.append(agreeing == nil || agreeing == c ? "pro_drop:current_speaker" : "pro_drop:agreeing_speaker")
                    if parent == nil { state.current = i }
                } else if !drafts[i].cue.hasPronounObject,
                          let subject = previousSubject(cueStart, agreeing: drafts[i].cue.agreement, view, quotes) {
                    // Nobody quoted yet: the person the text was about. Not for حسب قوله, whose
                    // pronoun may stand for the clause's own subject as well as for an earlier one.
                    adopt(subject, into: i, "pro_drop:previous_subject", penalty: 0.2, &drafts, &state, aliases, view, quotes)
                }
            }
        }
        mergeTitleOnly(&state)
        // Number the speakers in order of first mention and write them back.
        var speakers: [Speaker] = []
        if !state.clusters.isEmpty { speakers.reserveCapacity(state.clusters.count) }
        for i in drafts.indices {
            guard drafts[i].cluster >= 0 else { continue }
            let c = state.root(drafts[i].cluster)
            // A bare word that joined a named person is that person's mention.
            if state.clusters[c].type == .person, let source = drafts[i].source, finder.isBareDefinite(source, view) {
                drafts[i].source?.type = .person
                drafts[i].source?.name = source.tokens
            }
            let id: Int
            if let known = state.clusters[c].speaker {
                id = known
            } else {
                id = speakers.count
                state.clusters[c].speaker = id
                speakers.append(speaker(id, cluster: c, state, view))
            }
            drafts[i].speaker = id
            state.clusters[c].attributions += 1
        }
        // Each speaker's attributions, in one allocation (counted above).
        for i in drafts.indices {
            guard let id = drafts[i].speaker else { continue }
            if speakers[id].attributions.isEmpty {
                speakers[id].attributions.reserveCapacity(state.clusters[state.root(drafts[i].cluster)].attributions)
            }
            speakers[id].attributions.append(i)
        }
        return speakers
    }

    /// Speaker `id`: cluster `c` and the clusters merged into it.
    private func speaker(_ id: Int, cluster c: Int, _ state: State, _ view: TokenView) -> Speaker {
        // Spans straight away: token order is text order, so sorting the spans by start sorts
        // the mentions, and two spans are equal only for the same tokens.
        var mentions: [TextSpan] = []
        // Each title once (a handful: a linear search beats hashing).
        var titles: [TextSpan] = []
        var aliases: [TextSpan] = []
        // One pass over each list: a cluster merged into `c` has `c` as its root.
        for e in state.mentions where state.root(e.cluster) == c { mentions.append(view.span(e.range)) }
        for e in state.titles where state.root(e.cluster) == c {
            let title = view.span(e.range)
            if !titles.contains(title) { titles.append(title) }
        }
        for e in state.aliases where e.cluster == c { aliases.append(view.span(e.range)) }
        mentions.sort { $0.start < $1.start }
        titles.sort { $0.start < $1.start }
        return Speaker(id: id, canonical: view.span(state.clusters[c].canonical), type: state.clusters[c].type, mentions: mentions,
                       titles: titles, aliases: aliases, attributions: [])
    }

    /// The cluster of a phrase, with the phrase's head added to its mentions.
    private func register(_ phrase: SourcePhrase, _ state: inout State, _ aliases: [Alias], _ view: TokenView,
                          _ quotes: QuoteIndex) -> Int {
        let c = cluster(for: phrase, &state, aliases, view, quotes)
        state.mentions.append((c, phrase.head))
        return c
    }

    /// The attribution whose speaker issued the statement `source` refers back to (see
    /// ``SourceFinder/anaphoricMedium(_:_:)``): the latest earlier main-level one with a medium
    /// of that type (قال الحزب في بيان، وقال بيان للجيش), else the current speaker when it is an
    /// organization (statements are mostly theirs). Nil when there is neither.
    private func issuer(of source: SourcePhrase, before i: Int, current: Int?, _ drafts: [AttributionDraft], _ view: TokenView) -> Int? {
        guard let type = finder.anaphoricMedium(source, view) else { return nil }
        let withMedium = stride(from: i - 1, through: 0, by: -1).first { j in
            drafts[j].parent == nil && drafts[j].cluster >= 0 && drafts[j].medium?.type == type && drafts[j].medium?.inherited == false
        }
        if let withMedium { return withMedium }
        guard let current, drafts[current].cluster >= 0, drafts[current].source?.type == .organization else { return nil }
        return current
    }

    /// Takes a phrase found outside any attribution as the source of draft `i`.
    private func adopt(_ subject: SourcePhrase, into i: Int, _ rule: String, penalty: Double = 0, _ drafts: inout [AttributionDraft],
                       _ state: inout State, _ aliases: [Alias], _ view: TokenView, _ quotes: QuoteIndex) {
        drafts[i].source = subject
        drafts[i].mention = subject.head
        drafts[i].cluster = register(subject, &state, aliases, view, quotes)
        drafts[i].evidence.append(rule)
        drafts[i].confidence -= penalty
        if drafts[i].parent == nil { state.current = i }
    }

    private func copy(_ from: Int, into i: Int, _ realization: Realization, _ drafts: inout [AttributionDraft]) {
        drafts[i].source = drafts[from].source
        drafts[i].mention = drafts[from].mention
        drafts[i].realization = realization
        drafts[i].cluster = drafts[from].cluster
    }

    /// The subject of the sentence before the cue's (or of the cue's own sentence up to the
    /// cue), when it is a clear source: for implicit sources before anyone is quoted.
    func previousSubject(_ cue: Int, _ view: TokenView, _ quotes: QuoteIndex) -> SourcePhrase? {
        let start = sentenceStart(cue, view)
        if let own = finder.mainSubject(start..<cue, view, quotes), own.strength == .strong { return own }
        guard start > 0 else { return nil }
        let previous = sentenceStart(start - 1, view)
        guard let subject = finder.mainSubject(previous..<start, view, quotes), subject.strength == .strong,
              subject.type == .person || subject.type == .unnamedPerson || subject.type == .anonymous || subject.type == .organization
        else { return nil }
        return subject
    }

    /// True when a pro-drop cue that agrees as `agreement` cannot refer to the source of draft
    /// `c`: a person named with a verb of the other gender, one named person or one body
    /// (a ministry, a paper) for a plural verb. (A verb before its subject is singular for a
    /// plural subject too, so only a name or a body tells the number.)
    func cannotStand(for c: Int, _ agreement: Agreement, _ drafts: [AttributionDraft]) -> Bool {
        guard let source = drafts[c].source else { return false }
        let before = drafts[c].cue.agreement
        guard before == .masculine || before == .feminine else { return false }
        if agreement == .plural { return namesOne(source) }
        return source.type == .person && source.name != nil && agreement != .unknown && (agreement == .feminine) != (before == .feminine)
    }

    /// True when `subject` is one named person or one body (a ministry, a paper), which a plural
    /// cue cannot refer to.
    private func namesOne(_ subject: SourcePhrase) -> Bool {
        (subject.type == .person && subject.name != nil) || subject.type == .organization || subject.type == .media
    }

    /// ``previousSubject(_:_:_:)`` when a cue that agrees as `agreement` can refer to it: not
    /// one person or one body for a plural cue (كتب ـ محمد الصاوي: … وأكدوا أنهم).
    private func previousSubject(_ cue: Int, agreeing agreement: Agreement, _ view: TokenView, _ quotes: QuoteIndex) -> SourcePhrase? {
        guard let subject = previousSubject(cue, view, quotes), agreement != .plural || !namesOne(subject) else { return nil }
        return subject
    }

    /// The subject of the clause a cue at `cue` continues, when it is a clear source: the strong
    /// subject of its sentence before it (a participle's, or a pro-drop cue's that the current
    /// speaker cannot stand for).
    func clauseSubject(before cue: Int, _ view: TokenView, _ quotes: QuoteIndex) -> SourcePhrase? {
        guard let subject = finder.mainSubject(sentenceStart(cue, view)..<cue, view, quotes, fronted: true),
              subject.strength == .strong else { return nil }
        return subject
    }

    /// True when no cue or content of the drafts before draft `i` reaches `start` or beyond:
    /// the text from `start` up to draft `i` is no attribution's.
    private func unattributed(from start: Int, before i: Int, _ drafts: [AttributionDraft]) -> Bool {
        i == 0 || (drafts[i - 1].cueStart < start && drafts[i - 1].content.upperBound <= start)
    }

    /// The subject of the sentence right before a pro-drop cue that opens its own, when that
    /// sentence holds no attribution and opens with a verb whose subject is a clear person
    /// agreeing with the cue (حذر النائب صلاح الجبوري من …. وقال: …): the text has moved on to
    /// that person since the last quoted speaker. For a cue with و in mid-sentence, the same of
    /// the clause it is conjoined to (وتحدث المحامي فريد الديب إلى المحكمة، وقال: …).
    func interveningSubject(before i: Int, _ drafts: [AttributionDraft], _ view: TokenView, _ quotes: QuoteIndex) -> SourcePhrase? {
        let cue = drafts[i].cueStart
        let agreement = drafts[i].cue.agreement
        guard agreement == .masculine || agreement == .feminine, !quotes.inSpeech(cue) else { return nil }
        let start = sentenceStart(cue, view)
        let opens = opensWithVerb(start, at: cue, view)
        guard opens ? start > 0 : drafts[i].cue.conjoined else { return nil }
        // The sentence before, or the cue's own up to the cue.
        let previous = opens ? sentenceStart(start - 1, view) : start
        let end = opens ? start : cue
        // Nothing of the sentence is an attribution's, nor inside a quotation.
        guard unattributed(from: previous, before: i, drafts), !quotes.inSpeech(previous) else { return nil }
        guard let subject = finder.mainSubject(previous..<end, view, quotes), subject.strength == .strong,
              subject.type == .person || subject.type == .unnamedPerson else { return nil }
        let verb = subject.tokens.lowerBound - 1
        // Not after كان: a background clause (كان الرئيس قد فوض المحافظين …) moves no speaker.
        guard verb >= previous, view.kind(verb) == .word, opensWithVerb(previous, at: verb, view),
              !finder.afterKana(subject.tokens, view) else { return nil }
        // The verb agrees with the cue: a perfect verb of a woman ends in ت.
        guard (verbAgreement(verb, view) == .feminine) == (agreement == .feminine) else { return nil }
        // A title alone (الدكتور) names nobody; in the cue's own sentence only a name counts (وتفقد
        // الوزير المواقع، وأضاف: the current speaker still).
        guard subject.name != nil || (opens && subject.tokens.count > 1) else { return nil }
        return subject
    }

    /// True when the verb right before `subject`, if there is one, agrees as `agreement` does
    /// (see ``verbAgreement(_:_:)``; وقف المتهم محمد … بقولها is not his). A subject with no word
    /// before it agrees.
    private func verbAgrees(before subject: SourcePhrase, _ agreement: Agreement, _ view: TokenView) -> Bool {
        let verb = subject.tokens.lowerBound - 1
        guard verb >= 0, view.kind(verb) == .word else { return true }
        return verbAgreement(verb, view).agrees(with: agreement)
    }

    /// How the perfect verb at `verb` agrees, read from its ending: a woman's ends in ت, also
    /// before an object ه (فاجأته شيماء), a plural one in وا, a man's in neither.
    private func verbAgreement(_ verb: Int, _ view: TokenView) -> Agreement {
        let last2 = view.last2(verb)
        if last2 & 0xFFFF == 0x062A || last2 == 0x062A_0647 { return .feminine }
        return last2 == 0x0648_0627 ? .plural : .masculine
    }

    /// True when only connectors and punctuation (وفي السياق ذاته، من جهته،) stand between the
    /// start of a sentence and the verb at `verb`.
    private func opensWithVerb(_ start: Int, at verb: Int, _ view: TokenView) -> Bool {
        var k = start
        while k < verb, !view.isWord(k) || finder.isConnector(view, k) { k += 1 }
        return k == verb
    }

    func sentenceStart(_ t: Int, _ view: TokenView) -> Int {
        let s = view.sentence[t]
        var start = s >= 0 ? view.sentenceRanges[Int(s)].lowerBound : t
        while start < t, view.paragraph(start) != view.paragraph(t) { start += 1 }
        return start
    }

    /// Keys of the content words of a range (clitics and article removed).
    func keys(_ r: Range<Int>, _ view: TokenView) -> KeyBag {
        var set = KeyBag()
        for t in r where view.kind(t) == .word && view.length(t) > 1 && !finder.isPreposition(view, t) {
            set.insert(view.base(t))
        }
        return set
    }

    private func cluster(for phrase: SourcePhrase, _ state: inout State, _ aliases: [Alias],
                         _ view: TokenView, _ quotes: QuoteIndex) -> Int {
        let personLike = phrase.type == .person || phrase.type == .unnamedPerson
        let nameRange = phrase.name ?? (personLike ? nil : withoutBrackets(phrase.tokens, view))
        let nameKeys = nameRange.map { keys($0, view) } ?? KeyBag()
        let titleKeys = phrase.title.map { keys($0, view) } ?? KeyBag()
        let titleHead = phrase.title.flatMap { r in r.first(where: { view.kind($0) == .word }) }.map { view.base($0) }
        var expanded = nameKeys
        var alias: Range<Int>?
        // The latest alias given for these words, as a dictionary filled in text order keeps.
        if !nameKeys.isEmpty, let a = aliases.lastIndex(where: { $0.key == nameKeys }) {
            expanded.formUnion(aliases[a].other)
            alias = aliases[a].range
        }

        let bare = finder.isBareDefinite(phrase, view)
        let clearlyNamed = finder.namesPersonClearly(phrase, view)
        var match: Int?
        // A name the text gives in brackets links to its long form, whatever the mention looked like.
        if alias != nil {
            let added = expanded.subtracting(nameKeys)
            match = state.clusters.lastIndex { $0.mergedInto == nil && !$0.keys.isDisjoint(with: added) }
        }
        if match == nil {
            for k in state.clusters.indices.reversed() where state.clusters[k].mergedInto == nil && state.clusters[k].personLike == personLike {
                let ck = state.clusters[k].keys
                if !nameKeys.isEmpty, !ck.isEmpty, nameKeys.isSubset(of: ck) || ck.isSubset(of: nameKeys)
                    || (!personLike && (expanded.isSubset(of: ck) || ck.isSubset(of: expanded))) {
                    match = k
                    break
                }
                if nameKeys.isEmpty, phrase.type == .person, let titleHead, state.clusters[k].titleHeads.contains(titleHead) { match = k; break }
                if nameKeys.isEmpty, phrase.type == .unnamedPerson, !titleKeys.isEmpty, state.clusters[k].titleKeys == titleKeys {
                    match = k
                    break
                }
            }
        }
        // وقال الصباغ after أحمد الصباغ: a bare word of a named person's name is that person.
        if match == nil, bare, !nameKeys.isEmpty {
            match = state.clusters.lastIndex {
                $0.mergedInto == nil && $0.type == .person && $0.clearlyNamed && nameKeys.isSubset(of: $0.keys)
            }
        }
        // Or a family name the text gives in full elsewhere (عثمان المحرج … وقال المحرج).
        var named = false
        if match == nil, bare, let h = view.firstWord(in: phrase.tokens) { named = finder.namedElsewhere(h, view) }
        let c: Int
        if let match {
            c = match
            if alias == nil || state.clusters[c].personLike == personLike {
                state.clusters[c].keys.formUnion(expanded)
                if let nameRange, nameKeys.count > state.clusters[c].canonicalWords || (!state.clusters[c].hasName && phrase.name != nil) {
                    state.clusters[c].canonical = nameRange
                    state.clusters[c].canonicalWords = nameKeys.count
                }
                if phrase.name != nil { state.clusters[c].hasName = true }
                if clearlyNamed { state.clusters[c].clearlyNamed = true }
            }
        } else {
            c = state.clusters.count
            state.clusters.append(Cluster(type: named ? .person : phrase.type, keys: expanded, hasName: phrase.name != nil || named,
                                          canonical: nameRange ?? phrase.tokens, words: nameKeys.count))
            state.clusters[c].bare = bare
            state.clusters[c].clearlyNamed = clearlyNamed
        }
        // The other order (وقال الصباغ …، وأضاف أحمد الصباغ): a bare word's cluster joins the person
        // named clearly, whether this mention started the person's cluster or joined it.
        if clearlyNamed, state.clusters[c].type == .person {
            let keys = state.clusters[c].keys
            for k in state.clusters.indices where k != c && state.clusters[k].bare && state.clusters[k].mergedInto == nil
                && !state.clusters[k].keys.isEmpty && state.clusters[k].keys.isSubset(of: keys) {
                state.clusters[k].mergedInto = c
            }
        }
        if let title = phrase.title {
            state.titles.append((c, title))
            state.clusters[c].titleKeys = titleKeys
            if let titleHead { state.clusters[c].titleHeads.insert(titleHead) }
        }
        if let alias, !state.aliases.contains(where: { $0.cluster == c && $0.range == alias }) { state.aliases.append((c, alias)) }
        return c
    }

    /// A title-only person (قائد "قسد") joins the single named person with that title.
    private func mergeTitleOnly(_ state: inout State) {
        for c in state.clusters.indices where state.clusters[c].personLike && !state.clusters[c].hasName && state.clusters[c].type == .person
            && state.clusters[c].mergedInto == nil {
            var target: Int?, named = 0
            for k in state.clusters.indices where k != c && state.clusters[k].mergedInto == nil && state.clusters[k].hasName
                && !state.clusters[k].titleHeads.isDisjoint(with: state.clusters[c].titleHeads) {
                if named == 0 { target = k }
                named += 1
            }
            guard named == 1, let target else { continue }
            // Its titles go with it: the speaker reads those of every cluster merged into its own.
            state.clusters[c].mergedInto = target
        }
    }

    /// A phrase without a bracketed part (قوات سورية الديمقراطية (قسد) → the name before it).
    private func withoutBrackets(_ r: Range<Int>, _ view: TokenView) -> Range<Int> {
        if let open = r.first(where: { view.punct($0) == 0x28 }), open > r.lowerBound { return r.lowerBound..<open }
        return r
    }

    /// Names the text gives in brackets after another name: `X (Y)` makes X and Y aliases.
    /// In text order; the last one given for a name counts. A few per document at most, so
    /// an array, searched from its end, rather than a dictionary.
    func harvestAliases(_ view: TokenView, _ quotes: QuoteIndex) -> [Alias] {
        var result: [Alias] = []
        var open = 0
        while true {
            open = view.nextPunct(0x28, from: open + 1)
            guard open < view.count else { break }
            guard let close = (open + 1..<min(view.count, open + 5)).first(where: { view.punct($0) == 0x29 }) else { continue }
            let inner = keys(open + 1..<close, view)
            guard (1...3).contains(inner.count) else { continue }
            var s = open - 1
            let closing = Int(quotes.closeAt[s])
            if closing >= 0, let o = quotes.quotes[closing].openTokens {
                s = o.lowerBound
            } else {
                while s > 0, open - s < 4, view.isWord(s - 1), view.definite(s - 1) || !finder.isPreposition(view, s - 1) { s -= 1 }
            }
            let outer = keys(s..<open, view)
            guard !outer.isEmpty, outer != inner else { continue }
            result.append(Alias(key: inner, other: outer, range: s..<open))
            result.append(Alias(key: outer, other: inner, range: open + 1..<close))
        }
        return result
    }
}

extension TokenView {
    /// The original span of a non-empty token range.
    func span(_ r: Range<Int>) -> TextSpan {
        TextSpan(start: tokens[r.lowerBound].span.start, end: tokens[r.upperBound - 1].span.end)
    }
}

/// A small set of word keys (a name's or a title's words), sorted: the sets compared here hold
/// a few keys each, where a linear search beats hashing. Up to six keys are held inline, so
/// most bags allocate nothing; a bag with more keeps them all in an array.
struct KeyBag: Hashable, ExpressibleByArrayLiteral {
    private static let inlineCapacity = 6
    private var inline = InlineArray<6, UInt64>(repeating: 0)
    /// All the keys, once there are more than `inlineCapacity`.
    private var spill: [UInt64] = []
    private(set) var count = 0

    init() {}

    init(arrayLiteral keys: UInt64...) { for k in keys { insert(k) } }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    private subscript(i: Int) -> UInt64 { count <= Self.inlineCapacity ? inline[i] : spill[i] }

    func contains(_ key: UInt64) -> Bool {
        for i in 0..<count where self[i] == key { return true }
        return false
    }

    mutating func insert(_ key: UInt64) {
        var i = count
        while i > 0, self[i - 1] > key { i -= 1 }
        if i > 0, self[i - 1] == key { return }
        if count < Self.inlineCapacity {
            var j = count
            while j > i { inline[j] = inline[j - 1]; j -= 1 }
            inline[i] = key
        } else {
            if count == Self.inlineCapacity {
                spill.reserveCapacity(2 * Self.inlineCapacity)
                for j in 0..<count { spill.append(inline[j]) }
            }
            spill.insert(key, at: i)
        }
        count += 1
    }

    mutating func formUnion(_ other: KeyBag) { for i in 0..<other.count { insert(other[i]) } }

    func subtracting(_ other: KeyBag) -> KeyBag {
        var result = KeyBag()
        for i in 0..<count where !other.contains(self[i]) { result.insert(self[i]) }
        return result
    }

    func isSubset(of other: KeyBag) -> Bool {
        for i in 0..<count where !other.contains(self[i]) { return false }
        return true
    }

    func isDisjoint(with other: KeyBag) -> Bool {
        for i in 0..<count where other.contains(self[i]) { return false }
        return true
    }

    static func == (a: KeyBag, b: KeyBag) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count where a[i] != b[i] { return false }
        return true
    }

    func hash(into h: inout Hasher) {
        h.combine(count)
        for i in 0..<count { h.combine(self[i]) }
    }
}
