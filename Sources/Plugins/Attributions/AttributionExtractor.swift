import Toolkit

/// Extracts the attributions of one document (source – cue – content), over its tokens and
/// quotations.
///
/// 1. Cue candidates (``CueMatcher``), and for each verb cue a scan to its introducer or
///    quotation (``ContentFinder``).
/// 2. Cues that start a new clause (participles, conjoined وأضاف with content) mark where the
///    previous content ends.
/// 3. Per verb cue: content opening (complementizer, colon, quotation, or a nominal content
///    allowed by the cue's policy: إلى NP, a verbal noun with a pronoun suffix, …), source
///    (VSO region, where a statement or a page may be the subject: وأكد البيان أن; relay نقل …
///    عن; SVO subject; the topic of أما before a cue with ف; the phrase a relative pronoun
///    stands for; or implicit), addressee and medium, content span.
/// 4. Prepositional cues (بحسب، وفقاً لـ): the object as source, the host clause as content.
/// 5. Nesting (`parent`), implicit sources and speakers (``SpeakerResolver``), kinds.
public struct AttributionExtractor: Sendable {
    let lexicons: QuoteLexicons
    let matcher: CueMatcher
    let finder: SourceFinder
    let contents: ContentFinder
    let resolver: SpeakerResolver
    private let keyIla = ArabicKey.key("إلى"), keyAla = ArabicKey.key("على"), keyAn = ArabicKey.key("عن")
    /// The contents without an introducer that ``nominalContent(_:_:_:_:_:floor:)`` finds.
    static let nominal: ContentPolicy = [.masdar, .ila, .np, .an, .ala, .objbi]
    /// Every content a cue may take without an introducer: the nominal ones and a question.
    static let withoutIntroducer: ContentPolicy = nominal.union(.question)

    public init(lexicons: QuoteLexicons) {
        self.lexicons = lexicons
        matcher = CueMatcher(lexicon: lexicons.cues)
        finder = SourceFinder(lexicons: lexicons)
        contents = ContentFinder(cues: lexicons.cues, sources: lexicons.sources)
        resolver = SpeakerResolver(finder: finder)
    }

    /// The attributions, the speakers, and the quotations with their `attribution` index set.
    public struct Result: Sendable {
        public var attributions: [Attribution]
        public var speakers: [Speaker]
        public var quotes: [QuoteMark]
        /// False when no quotation's `attribution` changed (`quotes` is then the input as is).
        var quotesChanged = true
    }

    /// Extracts from a document's token view and quotations; `source` is the original text
    /// (read only when a word's original ending matters).
    public func extract(_ view: TokenView, quotes marks: [QuoteMark], source: SourceText) -> Result {
        let quotes = QuoteIndex(quotes: marks, tokenCount: view.count)
        var candidates = matcher.candidates(view, quotes)
        guard !candidates.isEmpty else { return Result(attributions: [], speakers: [], quotes: marks, quotesChanged: false) }
        var endings = OriginalEndings(source: source, tokens: view.tokens)
        // The loops below read the candidates in place by index: a candidate holds a string,
        // and binding each one to a name copies it (several times per candidate otherwise).
        var scans: [CueScan?] = []
        scans.reserveCapacity(candidates.count)
        for k in candidates.indices {
            scans.append(candidates[k].form == .preposition ? nil : contents.scan(after: candidates[k].tokens.upperBound, view, quotes))
        }
        // The candidates that open a new clause, in text order (a few per document).
        var boundaries: [Int] = []
        for k in candidates.indices {
            let start = candidates[k].tokens.lowerBound
            let isBoundary: Bool
            if let s = scans[k] {
                let form = candidates[k].form
                let clauseLevel = form == .participle || form == .finiteParticiple || (form == .finite && candidates[k].conjoined)
                // A participle after a comma opens a circumstantial clause whatever follows it
                // (، مطالبين وزير التعليم بإعداد لائحة أخرى); not a feminine one with و, which is
                // as often a verbal noun in a list (، ومتابعة الأوضاع، ومطالبة الجهاز بـ).
                let afterComma = form == .participle && start > 0 && view.isComma(start - 1)
                    && !(candidates[k].conjoined && candidates[k].agreement == .feminine)
                isBoundary = clauseLevel && (s.opening != .none || !candidates[k].policy.isDisjoint(with: Self.withoutIntroducer) || afterComma)
                    && !adjectival(candidates[k], s.opening, view)
                    && contents.meetsMediumRestriction(candidates[k].policy, at: start, view)
            } else {
                isBoundary = start > 0 && view.isComma(start - 1)
            }
            guard isBoundary else { continue }
            // A و written apart (و أضاف) belongs to the new clause, not to the content before it.
            boundaries.append(lexicons.cues.followsDetachedConjunction(view, start) ? start - 1 : start)
        }
        var drafts: [AttributionDraft] = []
        // At most one draft per candidate: room for all at the first (one allocation instead of
        // growing, as a draft is large; none for the many documents whose cues make no draft).
        let room = candidates.count
        // A few entries each: arrays, searched linearly, cost less than sets.
        var consumed: [Int] = []
        var known: [UInt64] = []
        for k in candidates.indices {
            guard let s = scans[k], !consumed.contains(candidates[k].tokens.lowerBound) else { continue }
            verbAttribution(&candidates[k], s, view, quotes, boundaries, &endings, &consumed, &known, into: &drafts, room: room)
        }
        for k in candidates.indices where candidates[k].form == .preposition {
            let c = candidates[k]
            if let host = drafts.indices.first(where: { drafts[$0].region.contains(c.tokens.lowerBound) }) {
                // وأضاف X، بحسب وكالة Y، أن …: the outlet relays the verb's attribution.
                if drafts[host].relay == nil, let objectStart = c.objectStart,
                   let via = finder.prepositionObject(objectStart, limit: drafts[host].content.lowerBound, view, quotes) {
                    drafts[host].relay = (via, c, nil)
                    drafts[host].evidence.append("via:according_to")
                }
                continue
            }
            prepositionAttribution(c, view, quotes, boundaries, &drafts, room: room)
        }
        // No attribution: no speakers, and the quotations stay as they are.
        guard !drafts.isEmpty else { return Result(attributions: [], speakers: [], quotes: marks, quotesChanged: false) }
        drafts.sort { $0.cueStart < $1.cueStart }
        assignParents(&drafts)
        var speakers = resolver.resolve(&drafts, view, quotes)
        dropSourceless(&drafts, &speakers)
        finishKinds(&drafts, quotes)
        // A quotation belongs to the attribution it is the direct content of, else to the
        // outermost attribution whose content holds it (whose speaker the verbatim words are).
        // Copied (each mark holds strings) only when some quotation gets an attribution.
        var updated = marks
        var changed = false
        for i in drafts.indices {
            let direct = drafts[i].directQuote
            for q in drafts[i].quotes where updated[q].attribution == nil || (direct == q && drafts[updated[q].attribution!].directQuote != q) {
                updated[q].attribution = i
                changed = true
            }
        }
        var attributions: [Attribution] = []
        attributions.reserveCapacity(drafts.count)
        // Each draft read in place: a draft is large, and copying it costs more than the rest of
        // making its attribution.
        for i in drafts.indices { attributions.append(record(&drafts[i], view, speakers)) }
        return Result(attributions: attributions, speakers: speakers, quotes: updated, quotesChanged: changed)
    }

    // MARK: Verb cues

    /// True when the content opens with بأن or بـ: after a cue of describing (وصف X بأن), the
    /// words before it hold the verb's object.
    private func opensWithBi(_ opening: Opening, _ view: TokenView) -> Bool {
        guard case .complementizer(let r) = opening else { return false }
        return view.first(r.lowerBound) == 0x0628
    }

    /// Appends the attribution of a verb cue to `drafts` (reserving `room` at the first), if it
    /// has one. (Appending here rather than returning an optional draft saves copying the large
    /// draft; the cue is `inout` only so that it is read in place, not copied.)
    private func verbAttribution(_ c: inout CueCandidate, _ s: CueScan, _ view: TokenView, _ quotes: QuoteIndex, _ boundaries: [Int],
                                 _ endings: inout OriginalEndings, _ consumed: inout [Int], _ known: inout [UInt64],
                                 into drafts: inout [AttributionDraft], room: Int) {
        var region = s.region
        var introducer = s.opening.introducer
        var contentStart = s.contentStart
        var opening = s.opening
        var evidence = PendingEvidence(form: c.form)
        var confidence = 0.9
        // Where the content must end at the latest, when a rule knows it (see prepositionBeforeComma).
        var contentLimit: Int?
        // Where nominal content may open at the latest.
        var nominalStop = s.contentStart
        let sentenceFloor = resolver.sentenceStart(c.tokens.lowerBound, view)
        // بين is far more often "between" than بيّن "showed" (تنقلوا بين 3 دول، بينه وبين), also
        // right after a comma (، بين سيارة نقل وأخرى) unless that comma closes a phrase fronted
        // before the main clause (من جانبه، بين عبدالله العتيبي أن).
        if c.form == .finite, lexicons.cues.isBetween(view, c.tokens.lowerBound) {
            let t = c.tokens.lowerBound
            let opens = c.conjoined || finder.clauseInitial(t, floor: sentenceFloor, view)
                && (t == 0 || !view.isComma(t - 1) || finder.closesFrontedPhrase(t - 1, floor: sentenceFloor, view))
            if lexicons.cues.readsAsBetween(view, t, opensClause: opens, floor: sentenceFloor) { return }
        }
        // A perfect written with the passive's damma (وكُتب عليها «…»، ونُقل عن …) has no agent.
        // (Only a word with marks is looked up in the original text, which costs a walk to it.)
        if c.form == .finite, !c.imperfect, view.hasDroppedCharacters(c.tokens.lowerBound), endings.passiveVowel(c.tokens.lowerBound) {
            return
        }
        // ويتوقع أن …: "it is expected that", with nothing between the verb and أن, opening its
        // clause or describing an indefinite noun (جسم غريب يرجح أن يكون صاروخا); after its
        // subject it is a cue (لكن البعض يتوقع أن).
        if c.form == .finite, c.imperfect, case .complementizer(let r) = s.opening, r.lowerBound == c.tokens.upperBound,
           lexicons.cues.isImpersonalImperfect(view, c.tokens.lowerBound), c.conjoined || finder.describesIndefinite(c.tokens.lowerBound, view) {
            return
        }
        // ورد … قائلاً is ردّ "replied", not ورد "it was stated": the participle is the cue.
        if c.policy.contains(.medium), s.sayingParticiple != nil { return }
        if let saying = s.sayingParticiple {
            consumed.append(saying)
            evidence.sayingParticiple = true
        }

        // A cue of asking: a question word after its subject opens the question, which is the
        // content (وتساءل بكار هل يمكن …؛ وتساءل كيف …), whatever the scan found after it.
        if c.policy.contains(.question), let k = firstQuestionWord(in: region, view) {
            opening = .question(k)
            region = region.lowerBound..<k
            introducer = nil
            contentStart = k
        }
        // The opening must be one the cue takes (اتهم takes no quotation, أعرب only عن …); a relay
        // whose verbal noun ends the region takes the quotation its noun opens (ونقلت الصحيفة عن
        // مسؤول قوله: «…»).
        switch opening {
        case .complementizer where !c.policy.contains(.intro):
            opening = .none
        // ، على أن after a cue of announcing or asking is "provided that" (أعلن المحافظ عن شغل
        // 270 وظيفة، على أن تكون لأبناء القاهرة؛ طالبت الجبهة بالقصاص، على أن يتم التحقيق): a
        // clause of its own, which ends the words the cue's content may open in. (After a cue of
        // speech it is more often a misspelt إلى أن: وأشار الزيات، رئيس الاتحاد، على أن …)
        case .complementizer(let r) where r.count == 2 && view.key(r.lowerBound) == keyAla
                && (c.cueClass == .announcement || c.cueClass == .directive) && view.isComma(r.lowerBound - 1):
            opening = .none
            nominalStop = r.lowerBound - 1
        case .colon where !c.policy.contains(.colon), .quote where !c.policy.contains(.quote) && c.form != .finiteParticiple:
            if !relaysQuotation(c, region, view) { opening = .none }
        default: break
        }
        // A byline (كتب محمد صبري:) is not an attribution.
        if c.cueClass == .writing, case .colon = opening, finder.clauseInitial(c.tokens.lowerBound, floor: sentenceFloor, view),
           sentenceFloor == c.tokens.lowerBound || c.tokens.lowerBound == 0
            || view.paragraph(c.tokens.lowerBound - 1) != view.paragraph(c.tokens.lowerBound),
           finder.region(region, view, quotes, relayAllowed: false, endings: &endings).medium == nil {
            return
        }
        // واصفاً المعركة بأنها …: the object belongs to the content.
        if c.policy.contains(.objbi), c.form == .participle, opensWithBi(opening, view), view.firstWord(in: region) != nil {
            region = region.lowerBound..<region.lowerBound
            introducer = nil
            contentStart = c.tokens.upperBound
            evidence.opening = .objectBi
        }
        switch opening {
        case .complementizer:
            if introducer != nil { evidence.opening = .complementizer }
            if let (nominal, comma) = prepositionBeforeComma(c, s, view, quotes, &endings, floor: sentenceFloor) {
                opening = .none
                contentLimit = comma
                region = nominal.region
                introducer = nominal.introducer
                contentStart = nominal.start
                evidence.opening = nominal.rule
                confidence = 0.7
            }
        case .colon: evidence.opening = .colon; confidence = 0.95
        case .quote: evidence.opening = .quote; confidence = 0.95
        case .question: evidence.opening = .question; confidence = 0.85
        case .none:
            var scan = s
            scan.stop = min(s.stop, nominalStop)
            guard let nominal = nominalContent(c, scan, view, quotes, &endings, floor: sentenceFloor) else { return }
            region = nominal.region
            introducer = nominal.introducer
            contentStart = nominal.start
            evidence.opening = nominal.rule
            confidence = 0.7
        }
        let strongOpening: Bool
        switch opening {
        case .complementizer, .colon, .question: strongOpening = true
        default: strongOpening = false
        }
        if adjectival(c, opening, view) { return }
        // أهمية before أن belongs to what was said, not to the subject (وأكد الرئيس أهمية أن), and
        // so does the preposition the cue takes before it (وشدد الوزير على ضرورة أن).
        if case .complementizer = opening, let last = view.lastWord(in: region), lexicons.cues.isComplementNoun(view, last) {
            var end = last
            if let p = view.lastWord(in: region.lowerBound..<end), finder.isPreposition(view, p) { end = p }
            region = region.lowerBound..<end
        }
        // بقوله «…»: the verbal noun with ب opens the quotation of its clause and shares the
        // clause's subject, as a participle does (وعلق باسم يوسف بقوله "…"), unless the clause's
        // cue took that quotation already (وعلقت الصحيفة بقولها: "…").
        let manner = c.form == .masdar && introducesOwnQuotation(c, opening, region, view)
        if manner, let last = drafts.last, last.content.lowerBound == contentStart { return }
        if c.form == .masdar, !manner {
            // A verbal noun is a cue only in a relay whose verb is not itself a cue (… عن X قوله إن،
            // ونقل عن كاسترو قوله "…").
            guard strongOpening || opening.isQuote, region.allSatisfy({ !view.isWord($0) || finder.isTime(view, $0) }),
                  let connector = (max(sentenceFloor, c.tokens.lowerBound - 10)..<c.tokens.lowerBound).last(where: { view.key($0) == keyAn }),
                  let phrase = finder.describe(connector + 1..<c.tokens.lowerBound, view, quotes, cut: true, afterPreposition: true),
                  let content = content(from: contentStart, opening, view, quotes, boundaries) else { return }
            evidence.source = .relayObject
            if drafts.isEmpty { drafts.reserveCapacity(room) }
            drafts.append(AttributionDraft(cue: c, content: content.tokens, directQuote: content.directQuote, introducer: introducer,
                                           source: phrase, realization: .explicit, confidence: confidence,
                                           evidence: evidence.labels(directQuote: content.directQuote != nil)))
            return
        }

        // The draft's parts as plain values until all are known: the draft is then built in the
        // append call, which copies nothing (a draft built first would be copied in).
        var masdarCue: CueCandidate?
        var source: SourcePhrase?
        var realization = Realization.explicit
        var addressee: Range<Int>?
        var medium: (tokens: Range<Int>?, type: String, inherited: Bool)?
        var relay: (via: SourcePhrase, cue: CueCandidate, connector: Int?)?
        if c.form == .participle || manner {
            realization = .shared
            // Its clause's subject is read right (about two in three on the 50 MB slice) less
            // often than a participle's.
            if manner { confidence -= 0.2 }
            let info = finder.region(region, view, quotes, relayAllowed: false, endings: &endings)
            addressee = info.addressee
            medium = info.medium.map { ($0.tokens, $0.type, false) }
        } else {
            // Asked here, of the cues that got this far, rather than of every cue.
            let initial = finder.clauseInitial(c.tokens.lowerBound, floor: sentenceFloor, view)
            // A relay: نقلت وكالة X عن Y قوله إن …; the verbal noun, when present, is the cue.
            let masdar = firstVerbalNoun(in: region, view)
            if let m = masdar { region = region.lowerBound..<m }
            // ونقلت الوكالة قول مصادر رسمية إن: after a relaying verb's subject, a noun of saying
            // whose genitive is who said it.
            let relays = lexicons.cues.entry(view, c.tokens.lowerBound)?.relay == true
            var agent: SourcePhrase?
            if masdar == nil, relays, let n = finder.sayingNounAfterSubject(in: region, view),
               let phrase = finder.describe(n + 1..<region.upperBound, view, quotes, cut: true) {
                agent = phrase
                region = region.lowerBound..<n
            }
            // وصف X بأن: the object X stands right after the subject, before بأن (ووصف «العشري»
            // أحداث بورسعيد بأنها …): the source is the clause's subject alone.
            let describing = c.policy.contains(.objbi) && c.form == .finite && opensWithBi(opening, view)
            // Whether the clause gives the verb its subject before it (الذي وصف، لكنه وصف): the
            // phrase after it is then its object.
            let givenSubject = c.policy.contains(.objbi) && c.form == .finite && !c.conjoined
                && finder.subjectGiven(before: c.tokens.lowerBound, agreement: c.agreement, floor: sentenceFloor, view)
            // Whether the words before بأن may be the object alone: no subject was found before one.
            var loneObject = describing
            if describing, !givenSubject, let end = finder.subjectEnd(beforeObjectIn: region, after: c.tokens.lowerBound, view, quotes) {
                region = region.lowerBound..<end
                loneObject = false
            }
            // So does whom a directive cue addresses (ودعا الرئيس المواطنين إلى أن).
            if c.form == .finite, c.cueClass == .directive, case .complementizer = opening,
               let end = finder.subjectEnd(beforeAddresseeIn: region, view) {
                region = region.lowerBound..<end
            }
            let relayAllowed = c.form == .finite && (masdar != nil || relays)
            let info = finder.region(region, view, quotes, relayAllowed: relayAllowed, names: known, agreement: c.agreement, endings: &endings)
            // جاء / ورد report only through a medium, in a prepositional phrase right after them
            // (وجاء في البيان أن، وجاء في التقرير الذي نشرته عبر موقعها أن، بيانا ورد فيه أن; not
            // جاء ذلك خلال المؤتمر، جاء قرار); after a relative pronoun, only through one that
            // points back (الذي جاء فيه أن, not التي وردت بحسابه); never after ما (نفت ما جاء على
            // لسانها). A subject is then the issuer the medium's phrase names (في بيان لوزارة
            // الخارجية، في البيان الصادر عن الوزارة), or none.
            // A verb that carries its plural subject (وقالوا، وعلقوا) has none after it: the phrase
            // there is its object or an adverbial, and the subject is the one before it or the
            // suffix's, resolved as a pro-drop cue's (وأكدوا أمام النيابة أن).
            let carriesSubject = c.form == .finite && c.agreement == .plural
            // After a word that gives it its subject, or in mid-clause after one, a describing
            // verb's subject stands before it and the phrase after it is the object (الذي وصف
            // الأحكام بأنها، القزاز وصف ضرب التلاميذ بأنه، 21 منظمة وصفت القمع بأنه). Asked only
            // where it decides.
            func objectAfter() -> Bool {
                describing && !c.conjoined && (givenSubject || (!initial && !finder.afterFrontedClause(c.tokens.lowerBound, floor: sentenceFloor, view)
                    && finder.subjectBefore(c.tokens.lowerBound, floor: sentenceFloor, view, quotes, names: known) != nil))
            }
            var issuer: SourcePhrase?
            if c.policy.contains(.medium) {
                if let m = info.medium { issuer = finder.issuer(inMedium: m.tokens, limit: region.upperBound, view, quotes) }
                if (info.source != nil && issuer == nil) || info.relay != nil
                    || !lexicons.sources.opensMediumPhrase(view, region.lowerBound) || (info.medium == nil && !info.pronounsOnly)
                    || lexicons.cues.followsNominalizer(view, c.tokens.lowerBound)
                    || (!info.pronounsOnly && contents.relativeBefore(c.tokens.lowerBound, view)) {
                    return
                }
            }
            addressee = info.addressee
            medium = info.medium.map { ($0.tokens, $0.type, false) }
            if info.relay != nil || (agent != nil && info.source != nil) {
                var relayCue = c
                if let m = masdar, let e = lexicons.cues.entry(view, m) {
                    masdarCue = CueCandidate(tokens: m..<m + 1, lemma: e.lemma, cueClass: e.cueClass, form: .masdar, agreement: e.agreement,
                                             policy: e.policy, conjoined: false, imperfect: false, objectStart: nil)
                    consumed.append(m)
                    relayCue.cueClass = .transmission
                }
                if let r = info.relay {
                    relay = (r.via, relayCue, r.connector)
                    source = info.source
                } else if let via = info.source {
                    relay = (via, relayCue, nil)
                    source = agent
                }
                evidence.relay = true
            } else if let issuer {
                source = issuer
                evidence.source = .mediumIssuer
            } else if carriesSubject, info.source != nil, !strongOpening {
                // Before a quotation, the phrase after such a verb is what was written or hung
                // (وعلقوا لافتة تحمل «…»): no attribution.
                return
            } else if !carriesSubject, let phrase = info.source,
                      // وصف هذه الخطوة بأنها: a demonstrative phrase is the object of a verb that takes one.
                      !(c.policy.contains(.objbi) && finder.opensWithDemonstrative(phrase, view)),
                      // So is the only phrase before بأن when nothing marks it as a speaker (ووصف
                      // الأحداث بأنها، ووصف تعزيز الوجود العسكري بأنه): the verb needs an object there.
                      !(loneObject && phrase.tokens.upperBound == region.upperBound && phrase.strength < .strong && phrase.name == nil),
                      !objectAfter() {
                guard acceptable(phrase, strongOpening: strongOpening && (initial || c.conjoined), nominal: opening == .none, known, view,
                                 beforeSpeech: opening.isQuote && oneWordSpeaker(c))
                else { return }
                source = phrase
                evidence.source = .vso
            } else if info.junk {
                // Words between cue and content that are no source, medium, addressee or adverbial.
                return
            } else if c.conjoined, !info.pronounsOnly,
                      let phrase = finder.frontedTopic(before: c.tokens.lowerBound, floor: sentenceFloor, view, quotes),
                      acceptable(phrase, strongOpening: strongOpening, nominal: opening == .none, known, view) {
                // أما X فقال: the topic is the subject.
                source = phrase
                evidence.source = .frontedTopic
            } else if !c.conjoined, !info.pronounsOnly, !c.policy.contains(.medium),
                      let phrase = finder.subjectBefore(c.tokens.lowerBound, floor: sentenceFloor, view, quotes, names: known),
                      acceptable(phrase, strongOpening: strongOpening && (phrase.strength >= .medium || finder.afterKana(phrase.tokens, view)
                                                                            || finder.opensClause(phrase.tokens, floor: sentenceFloor, view)),
                                 nominal: opening == .none, known, view) {
                source = phrase
                evidence.source = .svo
                confidence -= 0.05
            }
            if source == nil {
                // No subject: the current speaker, for a cue that opens its clause or is followed
                // at most by a pronoun preposition (قال فيه إن); an imperfect form without و is
                // read as impersonal or passive (يُعتبر، يُقدَّر). After a relative pronoun that is
                // its subject, the phrase the pronoun stands for (والده، الذي أقر أن …؛ الخبراء
                // الذين يرون أن …). So for a describing verb whose subject a pronoun gives
                // (لكنه وصف ذلك بأنه): the words after it are its object.
                guard initial || c.conjoined || givenSubject
                    || (strongOpening && !c.imperfect && (region.isEmpty || info.pronounsOnly
                        || (finder.adverbialsOnly(region, info, view) && !finder.followsRelative(c.tokens.lowerBound, view)))) else { return }
                // (A pronoun preposition right after the cue is read by relativeSubject: it
                // stands for the relative, or for whom the cue spoke to.)
                let relative = !initial && !givenSubject ? nil
                    : finder.relativeSubject(before: c.tokens, agreement: c.agreement, floor: sentenceFloor, view, quotes)
                // An imperfect one only right before its introducer (المتظاهرون الذين يقولون إن),
                // not before a noun phrase (البيانات التي تشير إلى ارتفاع، الذي يبلغ من العمر).
                if c.imperfect, !c.conjoined, relative == nil || !strongOpening || !region.isEmpty { return }
                realization = .proDrop
                evidence.source = .implicit
                confidence -= 0.1
                if let relative {
                    source = relative
                    evidence.source = .relativeAntecedent
                } else if info.pronounsOnly,
                          let owned = finder.mediumOwner(ofRelativeBefore: c.tokens, floor: sentenceFloor, view, quotes) {
                    // تصريحات الوزير التي قال فيها إن: the owner of the statement the cue is in.
                    source = owned.source
                    evidence.source = .mediumIssuer
                    if medium == nil { medium = (owned.medium, owned.type, false) }
                } else if info.pronounsOnly, !c.conjoined,
                          let issued = finder.mediumIssuer(before: c.tokens.lowerBound, floor: sentenceFloor, view, quotes) {
                    // أصدرت الجماعة بيانا أكدت فيه أن: the issuer of the statement the cue is in.
                    source = issued.source
                    evidence.source = .mediumIssuer
                    if medium == nil { medium = (issued.medium, issued.type, false) }
                }
            } else if !initial, !c.conjoined, evidence.source == .vso,
                      !strongOpening || !(describing || lexicons.cues.mayOpenClause(view, c.tokens.lowerBound))
                        || !finder.afterFrontedClause(c.tokens.lowerBound, floor: sentenceFloor, view) {
                // A verb in mid-clause with a subject after it: rarely a report (بين فريقي …),
                // unless a fronted subordinate clause stands before it (وفيما يتعلق بالانتخابات
                // قال الوزير إن …) and an introducer after it; a describing verb with its object
                // and بأن after it is no noun there (وفيما يتعلق بالسويس وصف المنسق الوضع بأنه).
                return
            }
        }
        guard var content = content(from: contentStart, opening, view, quotes, boundaries) else { return }
        if let limit = contentLimit, limit < content.tokens.upperBound {
            content.tokens = content.tokens.lowerBound..<limit
            guard content.tokens.contains(where: { view.isWord($0) }) else { return }
        }
        if let source, realization == .explicit {
            if known.isEmpty { known.reserveCapacity(16) }
            for t in source.head where view.kind(t) == .word && !known.contains(view.base(t)) { known.append(view.base(t)) }
        }
        if drafts.isEmpty { drafts.reserveCapacity(room) }
        drafts.append(AttributionDraft(cue: masdarCue ?? c, content: content.tokens, region: region, directQuote: content.directQuote,
                                       introducer: introducer, source: source, realization: realization, addressee: addressee,
                                       medium: medium, relay: relay, confidence: confidence,
                                       evidence: evidence.labels(directQuote: content.directQuote != nil)))
    }

    /// The first question word of `region` (a loop rather than `first(where:)`, whose closure
    /// would copy the extractor and the view for each cue).
    private func firstQuestionWord(in region: Range<Int>, _ view: TokenView) -> Int? {
        for t in region where lexicons.sources.isQuestionWord(view, t) { return t }
        return nil
    }

    /// The first verbal noun cue of `region` (the noun of a relay: نقلت وكالة X عن Y قوله).
    private func firstVerbalNoun(in region: Range<Int>, _ view: TokenView) -> Int? {
        for t in region where lexicons.cues.entry(view, t)?.form == .masdar { return t }
        return nil
    }

    /// True when verbal noun cue `c` carries a glued ب and a quotation or a colon follows it at
    /// once (بقوله «…»، بقولها: …): it says how its clause's subject spoke.
    private func introducesOwnQuotation(_ c: CueCandidate, _ opening: Opening, _ region: Range<Int>, _ view: TokenView) -> Bool {
        guard lexicons.cues.verbalNounWithBi(view, c.tokens.lowerBound) != nil, view.firstWord(in: region) == nil else { return false }
        switch opening {
        case .quote, .colon: return true
        default: return false
        }
    }

    /// True when finite cue `c` relays (``CueTable`` marks it) and the last word of its region is
    /// a verbal noun cue, as in نقلت الصحيفة عن مسؤول قوله: the quotation after it is what was said.
    private func relaysQuotation(_ c: CueCandidate, _ region: Range<Int>, _ view: TokenView) -> Bool {
        guard c.form == .finite, lexicons.cues.entry(view, c.tokens.lowerBound)?.relay == true,
              let last = view.lastWord(in: region) else { return false }
        return lexicons.cues.entry(view, last)?.form == .masdar
    }

    /// True when a participle cue reads as an adjective (كما كان متوقعاً، غير متوقعة): after a
    /// word of ``CueTable/predicateHeads`` and with no complementizer or colon opening its
    /// content, or after a noun it agrees with and with nominal content (see
    /// ``followsFeminineNoun(_:_:)``); or as a noun (في متابعة للحدث إن): after a word of
    /// ``CueTable/nominalHeads``.
    private func adjectival(_ c: CueCandidate, _ opening: Opening, _ view: TokenView) -> Bool {
        guard c.form == .participle else { return false }
        if lexicons.cues.followsNominalHead(view, c.tokens.lowerBound) { return true }
        switch opening {
        case .complementizer, .colon: return false
        case .none: return lexicons.cues.followsPredicateHead(view, c.tokens.lowerBound) || followsFeminineNoun(c, view)
        default: return lexicons.cues.followsPredicateHead(view, c.tokens.lowerBound)
        }
    }

    /// Whether feminine participle `c` stands right after an indefinite noun in ة or ات (see
    /// ``SourceFinder/describesIndefinite(_:_:)``), which it then describes (حراسة مشددة، معلومات
    /// مؤكدة، استعدادات معلنة): a noun's adjective agrees with it, and plurals of things take the
    /// feminine.
    private func followsFeminineNoun(_ c: CueCandidate, _ view: TokenView) -> Bool {
        let t = c.tokens.lowerBound
        return c.agreement == .feminine && finder.describesIndefinite(t, view) && view.length(t - 1) >= 3
            && finder.endsAsFeminineOrPlural(t - 1, view)
    }

    /// Whether one word between cue `c` and a speech quotation may be its speaker (see
    /// ``acceptable(_:strongOpening:nominal:_:_:beforeSpeech:)``): not after a plural verb,
    /// whose subject is in its ending (كتبوا عبارة «…»), nor after a cue that takes a verbal
    /// noun or a noun phrase as its content (أكد أهمية "…"، أكد فيه قيام "…").
    private func oneWordSpeaker(_ c: CueCandidate) -> Bool {
        c.agreement != .plural && !c.policy.contains(.masdar) && !c.policy.contains(.np)
    }

    /// Whether word `w`, alone between a cue and a speech quotation, reads as the speaker: not
    /// when it ends in ا as an accusative of manner does (وقال ساخرا "…"; see
    /// ``SourceFinder/endsLikeName(_:_:)``), starts with ل, which
    /// is there far more often the preposition than a name (وقال لى «…»، قال لصحافيين "…"; ليون
    /// is lost with them), or is ب + a word with a pronoun suffix (تابع بقوله «…»). A cue word
    /// alone never gets here: the region reads it as no subject (see
    /// ``SourceFinder/region(_:_:_:relayAllowed:names:)``).
    private func speakerAlone(_ w: Int, _ view: TokenView) -> Bool {
        let first = view.first(w), last = view.last2(w) & 0xFFFF
        return (last != 0x0627 || finder.endsLikeName(w, view)) && first != 0x0644 && !(first == 0x0628 && last == 0x0647)
    }

    /// Whether a phrase is clear enough as a source for how the content opens: any phrase
    /// before a complementizer or colon; for a bare quotation a known role, a quoted name, a
    /// longer name, or (`beforeSpeech`: the subject right before the speech quotation) one word
    /// that reads as a speaker (``speakerAlone(_:_:)``); for nominal content a strong phrase or a
    /// name seen before.
    private func acceptable(_ p: SourcePhrase, strongOpening: Bool, nominal: Bool, _ known: [UInt64], _ view: TokenView,
                            beforeSpeech: Bool = false) -> Bool {
        let seen = p.head.allSatisfy { !view.isWord($0) || known.contains(view.base($0)) }
        if nominal { return p.strength == .strong || seen }
        if strongOpening { return true }
        // One unknown word between the cue and a speech quotation is its speaker (وقال مورينيو "…").
        if beforeSpeech, p.head.count == 1, speakerAlone(p.head.lowerBound, view) { return true }
        return p.strength >= .medium || seen
    }

    private func draft(_ cue: CueCandidate, phrase: SourcePhrase?, _ evidence: [String], _ confidence: Double) -> AttributionDraft {
        AttributionDraft(cue: cue, content: 0..<0, directQuote: nil, introducer: nil, source: phrase, mention: nil,
                         realization: .explicit, addressee: nil, medium: nil, relay: nil, parent: nil, speaker: nil,
                         confidence: confidence, evidence: evidence)
    }

    /// The content from `start`: the quotation when it is the whole content, else the clause;
    /// nil when it holds no word.
    private func content(from start: Int, _ opening: Opening, _ view: TokenView, _ quotes: QuoteIndex, _ boundaries: [Int])
        -> (tokens: Range<Int>, directQuote: Int?)? {
        guard start < view.count else { return nil }
        var direct: Int?
        if case .quote(let q) = opening {
            direct = q
        } else if let q = quotes.opened(at: start), let cls = quotes.quotes[q].quoteClass, cls.isSpeech,
                  contents.clauseEnds(at: quotes.end(of: q), view, boundaries: boundaries, sentence: view.sentence[start]) {
            direct = q
        }
        let tokens = direct.map { start..<quotes.end(of: $0) } ?? start..<contents.end(from: start, view, quotes, boundaries: boundaries)
        guard !tokens.isEmpty, tokens.contains(where: { view.isWord($0) }) else { return nil }
        return (tokens, direct)
    }

    /// Content without an introducer, as the cue's policy allows: إلى/على/عن + noun phrase, a
    /// verbal noun with a pronoun suffix after the subject (أكد مظلوم سعيه), any noun phrase
    /// after an SVO subject (قائد "قسد" يتوقع الحسم), object + بأن (واصفاً المعركة بأنها).
    private func nominalContent(_ c: CueCandidate, _ s: CueScan, _ view: TokenView, _ quotes: QuoteIndex, _ endings: inout OriginalEndings,
                                floor: Int)
        -> (region: Range<Int>, introducer: Range<Int>?, start: Int, rule: ContentOpening)? {
        let p = c.policy
        guard !p.isDisjoint(with: Self.nominal) else { return nil }
        let from = c.tokens.upperBound
        let window = from..<min(s.stop, from + 16)
        guard !window.isEmpty else { return nil }
        // Whether a finite cue has its subject before it (SVO): asked at most once, and only where
        // it decides.
        func subjectBefore() -> Bool {
            c.form == .finite && !c.conjoined && finder.subjectBefore(c.tokens.lowerBound, floor: floor, view, quotes) != nil
        }
        // Whether the cue has a subject for content opening at `start`: a word other than a time
        // word between the cue and it, or one the cue's clause gives otherwise.
        func hasSubject(before start: Int) -> Bool {
            (from..<start).contains { view.isWord($0) && !finder.isTime(view, $0) } || c.conjoined || subjectBefore()
        }
        // The first preposition (إلى، على، عن) or verbal noun after the subject opens the content.
        var k = window.lowerBound
        while k < window.upperBound {
            if let q = quotes.opened(at: k) { k = quotes.end(of: q); continue }
            // A governing verbal noun opens it with all it governs (وأكد صلاح معوض ضرورة
            // استيراد كمية منها، وأكد عمرو موسى ضرورة الاتفاق على …، وأعلن البيان عدم مسؤولية
            // أعضائه), not the first suffixed word or preposition after it; not after another
            // cue, whose content it opens (ونفى الطبيب التقرير الذي أشار إلى وجود آثار). A
            // participle's subject is its main clause's: the noun is enough (مؤكدا عدم تورطه).
            // After a relative pronoun that agrees with the cue, the pronoun is the subject and
            // the noun right after the cue its object (الخبير، الذي أكد صحة الاتهام).
            if p.contains(.masdar), k - from < 10, lexicons.sources.isBareObjectNoun(view, k) {
                if c.form == .participle || hasSubject(before: k)
                    || (k == from && finder.followsAgreeingRelative(c.tokens.lowerBound, agreement: c.agreement, floor: floor, view)) {
                    guard !(from..<k).contains(where: { lexicons.cues.entry(view, $0) != nil }) else { return nil }
                    return (from..<k, nil, k, .verbalNoun)
                }
            }
            // A participle has no subject of its own: a verbal noun right after it is its object
            // and opens the content (مؤكدا تضامن التيار معها: not معها).
            if p.contains(.masdar), k == from, c.form == .participle, finder.bareVerbalNoun(k, view) {
                return (from..<k, nil, k, .verbalNoun)
            }
            let key = view.key(k)
            if (p.contains(.ila) && key == keyIla) || (p.contains(.ala) && key == keyAla) || (p.contains(.an) && key == keyAn) {
                guard k + 1 < window.upperBound, view.isWord(k + 1) || quotes.opened(at: k + 1) != nil else { return nil }
                if key == keyAn, c.lemma == "أعرب", !finder.pronounSuffixed(k + 1, view, &endings) { return nil }
                return (from..<k, k..<k + 1, k + 1, .prepositionNP)
            }
            if p.contains(.masdar), k - from < 10, finder.pronounSuffixed(k, view, &endings) {
                // A plain verbal noun between a subject with the article and the suffixed word
                // governs it (وأعلنت الشركة تراجع أرباحها: not "its profits"). Not after a title,
                // which a name follows (وأكد الرئيس مرسي دعمه), nor a word that ends as a perfect
                // verb does, in ت or ا (اختتمت أعمالها، أعلنا نيتهما).
                let governed = k - 2 >= from && view.definite(k - 2) && !namedAfter(k - 2, view)
                    && finder.bareVerbalNoun(k - 1, view) && view.last2(k - 1) & 0xFFFF != 0x062A && view.last2(k - 1) & 0xFFFF != 0x0627
                let start = governed ? k - 1 : k
                guard hasSubject(before: start) else { return nil }
                return (from..<start, nil, start, .verbalNoun)
            }
            k += 1
        }
        if p.contains(.np), c.conjoined || c.form == .participle || subjectBefore(), view.isWord(from) {
            // A conjoined verb may have its subject after it: a run of words with the article
            // and then a plain word, which opens the object (وتوقعت الأرصاد تأثر الرؤية →
            // الأرصاد; not وتوقع المزيد من …, nor a title's name: وتوقع الرئيس مرسي).
            if c.form == .finite, c.conjoined {
                var e = from
                while e < window.upperBound, view.isWord(e), view.definite(e) { e += 1 }
                if e > from, e < window.upperBound, !namedAfter(e - 1, view), finder.bareVerbalNoun(e, view) {
                    return (from..<e, nil, e, .nounPhrase)
                }
            }
            return (from..<from, nil, from, .nounPhrase)
        }
        // (A conjoined cue is never asked for its subject before it.) A ب that opens a verbal
        // noun cue (ووصف أحد السكان حالة الرعب بقوله:) is that cue's, whose attribution it is.
        // An imperfect right after an indefinite noun describes it (شعر يصف حال مصر، بكلمة مسجلة
        // يصف فيها): no cue.
        if p.contains(.objbi), c.form == .participle || c.form == .finite,
           !(c.imperfect && !c.conjoined && finder.describesIndefinite(c.tokens.lowerBound, view)),
           let bi = window.first(where: { view.kind($0) == .word && view.first($0) == 0x0628 && $0 > from }),
           lexicons.cues.verbalNounWithBi(view, bi) == nil {
            if c.form == .finite, !c.conjoined, !finder.subjectGiven(before: c.tokens.lowerBound, agreement: c.agreement, floor: floor, view),
               let end = finder.subjectEnd(beforeObjectIn: from..<bi, after: c.tokens.lowerBound, view, quotes) {
                return (from..<end, nil, end, .objectBi)
            }
            return (from..<from, nil, from, .objectBi)
        }
        return nil
    }

    /// True when the word at `i` is a title, a person's description or a part of a name, which
    /// a name may follow (الرئيس مرسي، المتحدث أحمد).
    private func namedAfter(_ i: Int, _ view: TokenView) -> Bool {
        switch lexicons.sources.role(view, i) {
        case .title?, .unnamedPerson?, .givenName?, .namePart?: return true
        default: return false
        }
    }

    /// The content that a preposition the cue takes opens right after its subject, when a comma
    /// and a word with و (not وأن) stand between it and the complementizer the scan found, which
    /// then belongs to a clause of its own (وأكد أبو مرزوق على وقوف حماس على مسافة متساوية من
    /// الجميع، ونسأل الله أن يحفظ مصر); with that comma, where the content ends.
    private func prepositionBeforeComma(_ c: CueCandidate, _ s: CueScan, _ view: TokenView, _ quotes: QuoteIndex,
                                        _ endings: inout OriginalEndings, floor: Int)
        -> ((region: Range<Int>, introducer: Range<Int>?, start: Int, rule: ContentOpening), comma: Int)? {
        guard !c.policy.isDisjoint(with: Self.prepositional) else { return nil }
        var comma = s.region.lowerBound
        while comma < s.region.upperBound, !view.isComma(comma) { comma += 1 }
        let next = comma + 1
        guard next < s.region.upperBound, view.isWord(next), view.first(next) == 0x0648,
              !lexicons.cues.isComplementizerWord(view, next) else { return nil }
        var scan = s
        scan.stop = comma
        guard let nominal = nominalContent(c, scan, view, quotes, &endings, floor: floor), nominal.rule == .prepositionNP else { return nil }
        return (nominal, comma)
    }

    /// The contents a preposition opens (أكد على، أشار إلى، أعرب عن).
    private static let prepositional: ContentPolicy = [.ala, .ila, .an]

    // MARK: Prepositional cues

    private func prepositionAttribution(_ c: CueCandidate, _ view: TokenView, _ quotes: QuoteIndex, _ boundaries: [Int],
                                        _ drafts: inout [AttributionDraft], room: Int) {
        guard c.hasPronounObject || (c.objectStart ?? view.count) < view.count else { return }
        let sentenceStart = resolver.sentenceStart(c.tokens.lowerBound, view)
        let sentence = view.sentence[c.tokens.lowerBound]
        var sentenceEnd = c.tokens.upperBound
        while sentenceEnd < view.count, view.paragraph(sentenceEnd) == view.paragraph(c.tokens.lowerBound),
              sentence < 0 || view.sentence[sentenceEnd] == sentence { sentenceEnd += 1 }
        // No object phrase after حسب قوله: the source is whom the pronoun stands for.
        var object: SourcePhrase?
        if let objectStart = c.objectStart {
            guard let phrase = finder.prepositionObject(objectStart, limit: sentenceEnd, view, quotes) else { return }
            object = phrase
        }
        let afterObject = object?.tokens.upperBound ?? c.tokens.upperBound
        // The host clause: after the phrase when it opens the sentence, else before it.
        var first = sentenceStart
        while first < c.tokens.lowerBound, !view.isWord(first) || finder.isConnector(view, first) { first += 1 }
        var content: Range<Int>
        if first >= c.tokens.lowerBound {
            var start = afterObject
            while start < sentenceEnd, !view.isWord(start) || lexicons.cues.isComplementizerStem(view, start)
                    || lexicons.cues.isComplementizerWord(view, start), quotes.opened(at: start) == nil { start += 1 }
            guard start < sentenceEnd else { return }
            content = start..<contents.end(from: start, view, quotes, boundaries: boundaries)
        } else {
            content = first..<contents.trimEnd(first, c.tokens.lowerBound, view, quotes)
            // A short aside between commas after the first words of a clause (وشكر كيري، بحسب
            // البيان، لنظيره التركي …؛ وتسببت الاشتباكات، وفق عبدالرحمن، بمقتل 10 عناصر): the clause
            // goes on after it, and its content is all of the clause. Not when a clause of its own
            // may stand before the aside (more than a few words), nor before a cue or a word with و
            // (a new clause), a relative pronoun or a title (the object's relative clause or apposition).
            let after = afterObject, next = after + 1
            if next < sentenceEnd, c.tokens.lowerBound > first, view.isComma(c.tokens.lowerBound - 1),
               view.isComma(after), (object?.tokens.count ?? 0) <= 5, view.isWord(next), !boundaries.contains(next),
               (first..<c.tokens.lowerBound).count(where: { view.isWord($0) }) <= Self.asideHostWords,
               view.first(next) != 0x0648, !finder.followsRelative(next + 1, view), lexicons.cues.entry(view, next) == nil,
               !finder.sources.describesPerson(view, next) {
                let end = contents.end(from: next, view, quotes, boundaries: boundaries)
                if end > next { content = first..<end }
            }
        }
        guard content.contains(where: { view.isWord($0) }) else { return }
        // ووفقاً لشبكة X، قال Y: … — the outlet relays the attribution its clause opens with
        // (the speaker of a clause that ends حسب قوله says it again).
        if let host = drafts.indices.first(where: { content.contains(drafts[$0].cueStart) && drafts[$0].cueStart <= content.lowerBound + 1 }) {
            if drafts[host].relay == nil, let object {
                drafts[host].relay = (object, c, nil)
                drafts[host].evidence.append("via:according_to")
            }
            return
        }
        if drafts.contains(where: { $0.content.iou(content) >= 0.5 }) { return }
        // مؤكداً أن …، على حد قوله: a cue in the clause has attributed it already, to the same speaker.
        if object == nil, drafts.contains(where: { content.contains($0.cueStart) }) { return }
        var d: AttributionDraft
        if object == nil {
            // Resolved with the pro-drop cues, by the suffix's agreement.
            d = draft(c, phrase: nil, ["cue:preposition", "source:implicit", "content:host_clause"], 0.7)
            d.realization = .proDrop
        } else {
            d = draft(c, phrase: object, ["cue:preposition", "source:object", "content:host_clause"], 0.8)
        }
        d.content = content
        if let q = quotes.opened(at: content.lowerBound), quotes.end(of: q) == content.upperBound { d.directQuote = q }
        if drafts.isEmpty { drafts.reserveCapacity(room) }
        drafts.append(d)
    }

    // MARK: Structure

    /// The most words a clause may have before an according-to aside for the aside to be read
    /// as inside it (see ``prepositionAttribution(_:_:_:_:_:room:)``).
    static let asideHostWords = 8

    /// The parent of an attribution: the smallest other content containing its cue.
    private func assignParents(_ drafts: inout [AttributionDraft]) {
        for i in drafts.indices {
            var best: Int?
            for j in drafts.indices where j != i && drafts[j].content.contains(drafts[i].cueStart)
                && !drafts[i].content.contains(drafts[j].cueStart) {
                if best == nil || drafts[j].content.count < drafts[best!].content.count { best = j }
            }
            drafts[i].parent = best
            if best != nil { drafts[i].confidence -= 0.05; drafts[i].evidence.append("nested") }
        }
    }

    /// Removes attributions whose source could not be resolved, renumbering parents and the
    /// speakers' attribution lists.
    private func dropSourceless(_ drafts: inout [AttributionDraft], _ speakers: inout [Speaker]) {
        // A few at most, in ascending order.
        let dropped = drafts.indices.filter { drafts[$0].source == nil }
        guard !dropped.isEmpty else { return }
        // A kept draft moves down by the number of drafts dropped before it.
        func newIndex(_ i: Int) -> Int? { dropped.contains(i) ? nil : i - dropped.count { $0 < i } }
        // From the end: each removal moves the later drafts down, where compacting by swaps would
        // copy the large drafts.
        for i in dropped.reversed() { drafts.remove(at: i) }
        for k in drafts.indices { drafts[k].parent = drafts[k].parent.flatMap(newIndex) }
        // In place. A speaker's attributions have sources, so none should be dropped; one that
        // is goes from the list rather than pointing at another draft.
        for s in speakers.indices {
            speakers[s].attributions.removeAll { dropped.contains($0) }
            for a in speakers[s].attributions.indices { speakers[s].attributions[a] = newIndex(speakers[s].attributions[a])! }
        }
    }

    /// Kinds and quotations: direct when the content is one quotation; mixed when a top-level
    /// paraphrase holds speech quotations that are not a nested attribution's direct content.
    private func finishKinds(_ drafts: inout [AttributionDraft], _ quotes: QuoteIndex) {
        // A few at most: an array, not a set.
        var nestedDirect: [Int] = []
        for d in drafts.indices where drafts[d].parent != nil { if let q = drafts[d].directQuote { nestedDirect.append(q) } }
        for i in drafts.indices {
            let content = drafts[i].content
            drafts[i].quotes = quotes.quotes.indices.filter { q in
                guard let open = quotes.quotes[q].openTokens else { return false }
                return content.contains(open.lowerBound) && (quotes.end(of: q) <= content.upperBound)
            }
            if drafts[i].directQuote != nil {
                drafts[i].kind = .direct
            } else if drafts[i].parent == nil, drafts[i].quotes.contains(where: {
                quotes.quotes[$0].quoteClass?.isSpeech == true && !nestedDirect.contains($0)
            }) {
                drafts[i].kind = .mixed
            } else {
                drafts[i].kind = .indirect
            }
        }
    }

    /// The attribution of a draft (`inout` only so that the draft is read in place).
    @inline(__always)
    private func record(_ d: inout AttributionDraft, _ view: TokenView, _ speakers: [Speaker]) -> Attribution {
        func span(_ r: Range<Int>) -> TextSpan { view.span(r) }
        let cue = AttributionCue(span: span(d.cue.tokens), tokens: d.cue.tokens, lemma: d.cue.lemma, cueClass: d.cue.cueClass, form: d.cue.form)
        var source: AttributionSource?
        if let s = d.source {
            let mention = d.mention ?? s.head
            source = AttributionSource(span: span(mention), tokens: mention, type: s.type, realization: d.realization,
                                       canonical: d.speaker.map { speakers[$0].canonical }, title: s.title.map { span($0) },
                                       affiliation: s.affiliation.map { span($0) })
            source?.speaker = d.speaker
        }
        var a = Attribution(kind: d.kind, content: span(d.content), contentTokens: d.content, cue: cue, source: source,
                            introducer: d.introducer.map { span($0) }, confidence: max(0.05, min(1, d.confidence)), evidence: d.evidence)
        a.addressee = d.addressee.map { span($0) }
        a.medium = d.medium.map { StatementMedium(span: $0.tokens.map { span($0) }, type: $0.type, inherited: $0.inherited) }
        if let r = d.relay {
            let via = AttributionSource(span: span(r.via.tokens), tokens: r.via.tokens, type: r.via.type, realization: .explicit)
            let relayCue = AttributionCue(span: span(r.cue.tokens), tokens: r.cue.tokens, lemma: r.cue.lemma, cueClass: r.cue.cueClass,
                                          form: r.cue.form)
            a.via = Relay(source: via, cue: relayCue, connector: r.connector.map { span($0..<$0 + 1) })
        }
        a.parent = d.parent
        a.quotes = d.quotes
        return a
    }
}

extension Range where Bound == Int {
    /// Intersection over union of two token ranges.
    func iou(_ other: Range<Int>) -> Double {
        let inter = Swift.max(0, Swift.min(upperBound, other.upperBound) - Swift.max(lowerBound, other.lowerBound))
        let union = Swift.max(upperBound, other.upperBound) - Swift.min(lowerBound, other.lowerBound)
        return union > 0 ? Double(inter) / Double(union) : 0
    }
}
