/// The evidence labels a verb cue collects before it becomes a draft, as plain values: most
/// cues turn out to be no attribution, and then no string is stored or released for them.
struct PendingEvidence {
    let form: CueForm
    /// A قائلاً after the source repeats the cue.
    var sayingParticiple = false
    /// How the content opens, once known (for a participle whose object belongs to the
    /// content, واصفاً المعركة بأنها, ``ContentOpening/objectBi``).
    var opening: ContentOpening?
    /// The source is relayed (نقلت وكالة X عن Y).
    var relay = false
    /// How the source was found, once it is.
    var source: SourceEvidence?

    /// The labels, the content's last (a quotation or a clause), with room for the ones added
    /// later (nesting, speakers).
    func labels(directQuote: Bool) -> [String] {
        var labels: [String] = []
        labels.reserveCapacity(12)
        labels.append(form.evidence)
        if sayingParticiple { labels.append("cue:saying_participle") }
        if let opening { labels.append(opening.evidence) }
        if relay { labels.append("source:relay") }
        if let source { labels.append(source.evidence) }
        labels.append(directQuote ? "content:quotation" : "content:clause")
        return labels
    }
}

/// How the source of a verb cue was found, as its evidence records it.
enum SourceEvidence {
    /// The object of عن before a verbal noun cue (… عن X قوله إن).
    case relayObject
    /// After the cue (VSO).
    case vso
    /// Before the cue (SVO).
    case svo
    /// The topic of أما before a cue with ف (أما الوزير فقال).
    case frontedTopic
    /// None: the current speaker's.
    case implicit
    /// The phrase a relative pronoun before the cue stands for (والده، الذي أقر).
    case relativeAntecedent
    /// The issuer of the medium the cue speaks in (أصدرت الجماعة بيانا أكدت فيه).
    case mediumIssuer

    var evidence: String {
        switch self {
        case .relayObject: "source:relay_object"
        case .vso: "source:vso"
        case .svo: "source:svo"
        case .frontedTopic: "source:fronted_topic"
        case .implicit: "source:implicit"
        case .relativeAntecedent: "source:relative_antecedent"
        case .mediumIssuer: "source:medium_issuer"
        }
    }
}

/// How the content of a verb cue opens, as its evidence records it: an introducer, or the
/// rule that found a content without one.
enum ContentOpening {
    case complementizer, colon, quote
    /// إلى/على/عن + noun phrase.
    case prepositionNP
    /// A verbal noun with a pronoun suffix.
    case verbalNoun
    /// Any noun phrase.
    case nounPhrase
    /// Object + بأن/بـ.
    case objectBi
    /// A question after a cue of asking.
    case question

    var evidence: String {
        switch self {
        case .complementizer: "intro:complementizer"
        case .colon: "intro:colon"
        case .quote: "intro:quote"
        case .prepositionNP: "content:preposition_np"
        case .verbalNoun: "content:verbal_noun"
        case .nounPhrase: "content:noun_phrase"
        case .objectBi: "content:object_bi"
        case .question: "content:question"
        }
    }
}
