/// The evidence labels a verb cue collects before it becomes a draft, as plain values: most
/// cues turn out to be no attribution, and then no string is stored or released for them.
struct PendingEvidence {
    let form: CueForm
    /// A قائلاً after the source repeats the cue.
    var sayingParticiple = false
    /// The participle's object belongs to the content (واصفاً المعركة بأنها).
    var objectBi = false
    /// How the content opens, once known.
    var opening: ContentOpening?

    /// The labels (and `extra`), with room for the ones the draft adds.
    func labels(adding extra: String? = nil) -> [String] {
        var labels: [String] = []
        labels.reserveCapacity(12)
        labels.append(form.evidence)
        if sayingParticiple { labels.append("cue:saying_participle") }
        if objectBi { labels.append("content:object_bi") }
        if let opening { labels.append(opening.evidence) }
        if let extra { labels.append(extra) }
        return labels
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

    var evidence: String {
        switch self {
        case .complementizer: "intro:complementizer"
        case .colon: "intro:colon"
        case .quote: "intro:quote"
        case .prepositionNP: "content:preposition_np"
        case .verbalNoun: "content:verbal_noun"
        case .nounPhrase: "content:noun_phrase"
        case .objectBi: "content:object_bi"
        }
    }
}
