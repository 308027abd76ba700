import Toolkit

/// Resolves implicit sources and groups mentions into speakers.
///
/// - A pro-drop cue (وأضاف، وتابع with no subject) takes the current speaker: the source of the
///   last main-level attribution; inside another attribution's content, the outer source.
/// - A participle cue (مشيراً، قائلاً) shares the source of the main attribution of its
///   sentence, or else the subject of the sentence's first verb (رحبت الإدارة …، قائلة).
/// - Explicit mentions are grouped into speakers: a name contained in another (بالي ⊂ مصطفى
///   بالي), the same organization under an alias the text gives in brackets (قوات سوريا
///   الديمقراطية (قسد)), a title-only mention (قائد "قسد") with the one named speaker bearing
///   that title.
/// Pro-drop and shared sources point at the nearest earlier explicit mention.
public struct SpeakerResolver: Sendable {
    let finder: SourceFinder

    public init(finder: SourceFinder) { self.finder = finder }

    final class Cluster {
        var type: SourceType
        var personLike: Bool
        var keys: KeyBag
        var hasName: Bool
        var canonical: Range<Int>
        var canonicalWords: Int
        var mentions: [Range<Int>] = []
        var titles: [Range<Int>] = []
        var titleHeads: KeyBag = []
        var titleKeys: KeyBag = []
        var aliases: [Range<Int>] = []
        var mergedInto: Cluster?
        /// The speaker's number, once the speakers are numbered.
        var speaker: Int?

        init(type: SourceType, keys: KeyBag, hasName: Bool, canonical: Range<Int>, words: Int) {
            self.type = type
            self.personLike = type == .person || type == .unnamedPerson
            self.keys = keys
            self.hasName = hasName
            self.canonical = canonical
            self.canonicalWords = words
        }

        var root: Cluster { mergedInto?.root ?? self }
    }

    /// Fills source, mention and speaker of every draft; returns the speakers.
    func resolve(_ drafts: inout [AttributionDraft], _ view: TokenView, _ quotes: QuoteIndex) -> [Speaker] {
        let aliases = harvestAliases(view, quotes)
        var clusters: [Cluster] = []
        var byDraft = [Cluster?](repeating: nil, count: drafts.count)
        var current: Int?
        /// Main-level attributions with explicit sources, one per change of speaker.
        var recent: [Int] = []

        func register(_ phrase: SourcePhrase) -> Cluster {
            let c = cluster(for: phrase, &clusters, aliases, view, quotes)
            c.mentions.append(phrase.head)
            return c
        }
        /// Takes a phrase found outside any attribution as the source of draft `i`.
        func adopt(_ subject: SourcePhrase, into i: Int, _ rule: String, penalty: Double = 0) {
            drafts[i].source = subject
            drafts[i].mention = subject.head
            byDraft[i] = register(subject)
            drafts[i].evidence.append(rule)
            drafts[i].confidence -= penalty
            if drafts[i].parent == nil { current = i }
        }
        func copy(_ from: Int, into i: Int, _ realization: Realization) {
            drafts[i].source = drafts[from].source
            drafts[i].mention = drafts[from].mention
            drafts[i].realization = realization
            byDraft[i] = byDraft[from]
        }

        for i in drafts.indices {
            // The fields read below, not the whole draft: copying a draft costs more than the
            // rest of this loop (copy() and adopt() change none of them).
            let parent = drafts[i].parent, cueStart = drafts[i].cueStart
            switch drafts[i].realization {
            case .explicit:
                guard let source = drafts[i].source else { continue }
                drafts[i].mention = source.head
                byDraft[i] = register(source)
                let personal = source.type == .person || source.type == .unnamedPerson
                if parent == nil, drafts[i].cue.form != .preposition || personal {
                    current = i
                    if let last = recent.last, byDraft[last]?.root === byDraft[i]?.root { recent.removeLast() }
                    recent.append(i)
                }
            case .shared:
                let sentence = view.sentence[cueStart]
                if let main = (0..<i).reversed().first(where: {
                    view.sentence[drafts[$0].cueStart] == sentence && drafts[$0].parent == parent && drafts[$0].source != nil
                        && (drafts[$0].cue.form != .preposition || drafts[$0].source?.type == .person)
                }) {
                    copy(main, into: i, .shared)
                    if drafts[i].medium == nil, let m = drafts[main].medium { drafts[i].medium = (nil, m.type, true) }
                    if drafts[i].addressee == nil { drafts[i].addressee = drafts[main].addressee }
                    drafts[i].evidence.append("shared:main_clause")
                } else if let subject = finder.mainSubject(sentenceStart(cueStart, view)..<cueStart, view, quotes),
                          subject.strength == .strong {
                    adopt(subject, into: i, "shared:clause_subject")
                } else if let c = current {
                    copy(c, into: i, .shared)
                    drafts[i].evidence.append("shared:current_speaker")
                    drafts[i].confidence -= 0.1
                } else if let subject = previousSubject(cueStart, view, quotes) {
                    adopt(subject, into: i, "shared:previous_subject", penalty: 0.2)
                }
            case .proDrop:
                if let p = parent, drafts[p].source != nil {
                    copy(p, into: i, .proDrop)
                    drafts[i].evidence.append("pro_drop:outer_speaker")
                } else if let c = current {
                    // The speaker whose verb agreed like this one, among the last few; else the current one.
                    let agreement = drafts[i].cue.agreement
                    let agreeing = recent.reversed().prefix(3).first { agrees(drafts[$0].cue.agreement, agreement) }
                    copy(agreeing ?? c, into: i, .proDrop)
                    drafts[i].evidence.append(agreeing == nil || agreeing == c ? "pro_drop:current_speaker" : "pro_drop:agreeing_speaker")
                    if parent == nil { current = i }
                } else if let subject = previousSubject(cueStart, view, quotes) {
                    // Nobody quoted yet: the person the text was about.
                    adopt(subject, into: i, "pro_drop:previous_subject", penalty: 0.2)
                }
            }
        }
        mergeTitleOnly(clusters)
        // Number the speakers in order of first mention and write them back.
        var speakers: [Speaker] = []
        for i in drafts.indices {
            guard let c = byDraft[i]?.root else { continue }
            let id = c.speaker ?? {
                let id = speakers.count
                c.speaker = id
                func span(_ r: Range<Int>) -> TextSpan { view.span(r) }
                var mentions: [Range<Int>] = []
                // Each title once (a handful: a linear search beats hashing).
                var titles: [Range<Int>] = []
                for member in clusters where member.root === c {
                    mentions.append(contentsOf: member.mentions)
                    for t in member.titles where !titles.contains(t) { titles.append(t) }
                }
                mentions.sort { $0.lowerBound < $1.lowerBound }
                titles.sort { $0.lowerBound < $1.lowerBound }
                speakers.append(Speaker(id: id, canonical: span(c.canonical), type: c.type, mentions: mentions.map { span($0) },
                                        titles: titles.map { span($0) }, aliases: c.aliases.map { span($0) }, attributions: []))
                return id
            }()
            drafts[i].speaker = id
            speakers[id].attributions.append(i)
        }
        return speakers
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

    func agrees(_ a: Agreement, _ b: Agreement) -> Bool { a == b || a == .unknown || b == .unknown }

    func sentenceStart(_ t: Int, _ view: TokenView) -> Int {
        let s = view.sentence[t]
        var start = s >= 0 ? view.sentenceRanges[Int(s)].lowerBound : t
        while start < t, view.paragraph(start) != view.paragraph(t) { start += 1 }
        return start
    }

    /// Keys of the content words of a range (clitics and article removed).
    func keys(_ r: Range<Int>, _ view: TokenView) -> KeyBag {
        var set = KeyBag()
        for t in r where view.kind(t) == .word && view.length(t) > 1 && !finder.context.isPreposition(view, t) {
            set.insert(view.base(t))
        }
        return set
    }

    private func cluster(for phrase: SourcePhrase, _ clusters: inout [Cluster], _ aliases: [KeyBag: (KeyBag, Range<Int>)],
                         _ view: TokenView, _ quotes: QuoteIndex) -> Cluster {
        let personLike = phrase.type == .person || phrase.type == .unnamedPerson
        let nameRange = phrase.name ?? (personLike ? nil : withoutBrackets(phrase.tokens, view))
        let nameKeys = nameRange.map { keys($0, view) } ?? []
        let titleKeys = phrase.title.map { keys($0, view) } ?? []
        let titleHead = phrase.title.flatMap { r in r.first(where: { view.kind($0) == .word }) }.map { view.base($0) }
        var expanded = nameKeys
        var alias: Range<Int>?
        if let (other, range) = aliases[nameKeys] { expanded.formUnion(other); alias = range }

        var match: Cluster?
        // A name the text gives in brackets links to its long form, whatever the mention looked like.
        if alias != nil, let c = clusters.last(where: { $0.mergedInto == nil && !$0.keys.isDisjoint(with: expanded.subtracting(nameKeys)) }) {
            match = c
        }
        for c in clusters.reversed() where match == nil && c.mergedInto == nil && c.personLike == personLike {
            if !nameKeys.isEmpty, !c.keys.isEmpty, nameKeys.isSubset(of: c.keys) || c.keys.isSubset(of: nameKeys)
                || (!personLike && (expanded.isSubset(of: c.keys) || c.keys.isSubset(of: expanded))) {
                match = c
                break
            }
            if nameKeys.isEmpty, phrase.type == .person, let titleHead, c.titleHeads.contains(titleHead) { match = c; break }
            if nameKeys.isEmpty, phrase.type == .unnamedPerson, !titleKeys.isEmpty, c.titleKeys == titleKeys { match = c; break }
        }
        let c = match ?? {
            let c = Cluster(type: phrase.type, keys: expanded, hasName: phrase.name != nil, canonical: nameRange ?? phrase.tokens,
                            words: nameKeys.count)
            clusters.append(c)
            return c
        }()
        if match != nil, alias == nil || c.personLike == personLike {
            c.keys.formUnion(expanded)
            if let nameRange, nameKeys.count > c.canonicalWords || (!c.hasName && phrase.name != nil) {
                c.canonical = nameRange
                c.canonicalWords = nameKeys.count
            }
            if phrase.name != nil { c.hasName = true }
        }
        if let title = phrase.title {
            c.titles.append(title)
            c.titleKeys = titleKeys
            if let titleHead { c.titleHeads.insert(titleHead) }
        }
        if let alias, !c.aliases.contains(alias) { c.aliases.append(alias) }
        return c
    }

    /// A title-only person (قائد "قسد") joins the single named person with that title.
    private func mergeTitleOnly(_ clusters: [Cluster]) {
        for c in clusters where c.personLike && !c.hasName && c.type == .person && c.mergedInto == nil {
            let named = clusters.filter { $0 !== c && $0.mergedInto == nil && $0.hasName && !$0.titleHeads.isDisjoint(with: c.titleHeads) }
            guard named.count == 1, let target = named.first else { continue }
            c.mergedInto = target
            target.titles.append(contentsOf: c.titles)
        }
    }

    /// A phrase without a bracketed part (قوات سورية الديمقراطية (قسد) → the name before it).
    private func withoutBrackets(_ r: Range<Int>, _ view: TokenView) -> Range<Int> {
        if let open = r.first(where: { view.punct($0) == 0x28 }), open > r.lowerBound { return r.lowerBound..<open }
        return r
    }

    /// Names the text gives in brackets after another name: `X (Y)` makes X and Y aliases.
    func harvestAliases(_ view: TokenView, _ quotes: QuoteIndex) -> [KeyBag: (KeyBag, Range<Int>)] {
        var result: [KeyBag: (KeyBag, Range<Int>)] = [:]
        var open = 0
        while true {
            open = view.nextPunct(0x28, from: open + 1)
            guard open < view.count else { break }
            guard let close = (open + 1..<min(view.count, open + 5)).first(where: { view.punct($0) == 0x29 }) else { continue }
            let inner = keys(open + 1..<close, view)
            guard (1...3).contains(inner.count) else { continue }
            var s = open - 1
            if quotes.closeAt[s] >= 0, let q = Optional(Int(quotes.closeAt[s])), let o = quotes.quotes[q].openTokens {
                s = o.lowerBound
            } else {
                while s > 0, open - s < 4, view.isWord(s - 1), view.definite(s - 1) || !finder.context.isPreposition(view, s - 1) { s -= 1 }
            }
            let outer = keys(s..<open, view)
            guard !outer.isEmpty, outer != inner else { continue }
            result[inner] = (outer, s..<open)
            result[outer] = (inner, open + 1..<close)
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

/// A small set of word keys (a name's or a title's words), as a sorted array: the sets compared
/// here hold a few keys each, where an array beats hashing each key into a `Set`.
struct KeyBag: Hashable, ExpressibleByArrayLiteral {
    private var keys: [UInt64] = []

    init() {}

    init(arrayLiteral keys: UInt64...) { for k in keys { insert(k) } }

    var isEmpty: Bool { keys.isEmpty }
    var count: Int { keys.count }

    func contains(_ key: UInt64) -> Bool { keys.contains(key) }

    mutating func insert(_ key: UInt64) {
        var i = keys.endIndex
        while i > 0, keys[i - 1] > key { i -= 1 }
        if i > 0, keys[i - 1] == key { return }
        keys.insert(key, at: i)
    }

    mutating func formUnion(_ other: KeyBag) { for k in other.keys { insert(k) } }

    func subtracting(_ other: KeyBag) -> KeyBag {
        var result = KeyBag()
        result.keys = keys.filter { !other.contains($0) }
        return result
    }

    func isSubset(of other: KeyBag) -> Bool { keys.allSatisfy { other.contains($0) } }

    func isDisjoint(with other: KeyBag) -> Bool { !keys.contains { other.contains($0) } }
}
