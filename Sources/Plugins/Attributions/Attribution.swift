import Toolkit

/// How the content is rendered (OUTPUT.md `kind`).
public enum AttributionKind: String, Sendable {
    /// The content is exactly one verbatim quotation, marks included.
    case direct
    /// A paraphrase.
    case indirect
    /// A paraphrase with verbatim parts.
    case mixed
}

/// What kind of entity a source is (OUTPUT.md `source.type`).
public enum SourceType: String, Sendable {
    case person
    case unnamedPerson = "unnamed_person"
    case anonymous, organization, media, group
}

/// How the source is expressed (OUTPUT.md `source.realization`).
public enum Realization: String, Sendable {
    /// Named in the clause of the cue.
    case explicit
    /// Not expressed (وأضاف with no subject): the current speaker.
    case proDrop = "pro_drop"
    /// A participle cue (مشيراً) sharing the main clause's source.
    case shared
}

/// The cue of an attribution: the word(s) that report the act.
public struct AttributionCue: Sendable, Hashable {
    public var span: TextSpan
    public var tokens: Range<Int>
    public var lemma: String
    public var cueClass: CueClass
    public var form: CueForm

    public init(span: TextSpan, tokens: Range<Int>, lemma: String, cueClass: CueClass, form: CueForm) {
        self.span = span
        self.tokens = tokens
        self.lemma = lemma
        self.cueClass = cueClass
        self.form = form
    }

    func write(to json: inout JSONWriter, context: LayerContext) {
        json.beginObject()
        context.writeFields(span, to: &json)
        json.field("lemma", lemma)
        json.field("class", cueClass.rawValue)
        json.field("form", form.rawValue)
        json.endObject()
    }
}

/// The source of an attribution. For pro-drop and shared sources the span is the nearest
/// earlier explicit mention of the speaker.
public struct AttributionSource: Sendable, Hashable {
    public var span: TextSpan
    public var tokens: Range<Int>
    public var type: SourceType
    public var realization: Realization
    /// The speaker's name as the document gives it most fully (a span of the text); written,
    /// without quotation marks and brackets, as `normalized`.
    public var canonical: TextSpan
    public var title: TextSpan?
    public var affiliation: TextSpan?
    /// Index into the document's `speakers` list.
    public var speaker: Int?

    public init(span: TextSpan, tokens: Range<Int>, type: SourceType, realization: Realization, canonical: TextSpan? = nil,
                title: TextSpan? = nil, affiliation: TextSpan? = nil) {
        self.span = span
        self.tokens = tokens
        self.type = type
        self.realization = realization
        self.canonical = canonical ?? span
        self.title = title
        self.affiliation = affiliation
    }

    /// The `normalized` name: the canonical mention without quotation marks, brackets and a
    /// leading clitic لـ.
    public func normalizedName(_ context: LayerContext) -> String {
        Self.cleanName(context.text(canonical))
    }

    /// Characters a name is written without: quotation marks, brackets and tatweel.
    static let nameDrops: Set<Character> = ["\"", "“", "”", "«", "»", "„", "'", "(", ")", "ـ", "‹", "›"]
    /// The same, as scalars (each is one).
    private static let nameDropScalars = Set(nameDrops.flatMap { $0.unicodeScalars.map(\.value) })

    /// A name without quotation marks, brackets, tatweel and doubled spaces.
    public static func cleanName(_ text: String) -> String {
        if let clean = cleanNameByScalars(text) { return clean }
        let kept = String(text.filter { !nameDrops.contains($0) })
        return kept.split(separator: " ").joined(separator: " ")
    }

    /// ``cleanName(_:)`` read scalar by scalar, which is the same when no scalar joins a
    /// neighbour into one character (a mark after a space or tatweel, a prepended sign); nil
    /// when one may. Characters made the encoder spend more on names than on all the tokens.
    private static func cleanNameByScalars(_ text: String) -> String? {
        var out = String.UnicodeScalarView()
        var space = false
        for s in text.unicodeScalars {
            let v = s.value
            if v >= 0x0300 {
                guard v < 0x10000, v != 0x200D, !(0x0600...0x0605).contains(v), v != 0x06DD, v != 0x070F, v != 0x08E2,
                      !s.properties.isGraphemeExtend, s.properties.generalCategory != .spacingMark else { return nil }
            }
            if nameDropScalars.contains(v) { continue }
            if v == 0x20 {
                space = !out.isEmpty
            } else {
                if space { out.append(" "); space = false }
                out.append(s)
            }
        }
        return String(out)
    }

    func write(to json: inout JSONWriter, context: LayerContext) {
        json.beginObject()
        context.writeFields(span, to: &json)
        json.field("type", type.rawValue)
        json.field("normalized", normalizedName(context))
        json.field("realization", realization.rawValue)
        if let title { json.key("title"); context.write(title, to: &json) }
        if let affiliation { json.key("affiliation"); context.write(affiliation, to: &json) }
        if let speaker { json.field("speaker", speaker) }
        json.endObject()
    }
}

/// The channel of a statement (في بيان، عبر "تويتر"، في تسجيل صوتي).
public struct StatementMedium: Sendable, Hashable {
    /// Where it is named; nil when inherited from the main clause.
    public var span: TextSpan?
    /// `statement`, `remarks`, `interview`, `twitter`, `audio_recording`, `website`, …
    public var type: String
    public var inherited: Bool

    public init(span: TextSpan?, type: String, inherited: Bool = false) {
        self.span = span
        self.type = type
        self.inherited = inherited
    }
}

/// A relay: an outlet that transmits someone else's words (نقلت وكالة X عن Y قوله).
public struct Relay: Sendable, Hashable {
    public var source: AttributionSource
    public var cue: AttributionCue
    /// The preposition عن linking relay and speaker.
    public var connector: TextSpan?
}

/// One attribution: who (source) reported what (content) by which words (cue).
public struct Attribution: Sendable, Hashable, LayerItem {
    public var kind: AttributionKind
    public var content: TextSpan
    public var contentTokens: Range<Int>
    public var cue: AttributionCue
    public var source: AttributionSource?
    /// The complementizer or colon before the content.
    public var introducer: TextSpan?
    /// Whom the statement was made to (لـ"العربية"، لوكالة "رويترز").
    public var addressee: TextSpan?
    public var medium: StatementMedium?
    public var via: Relay?
    /// Index of the attribution whose content contains this one.
    public var parent: Int?
    public var confidence: Double
    /// The rules that fired, in order (`cue:finite`, `intro:complementizer`, `source:vso`, …).
    public var evidence: [String]
    /// Indices of the quotations inside the content.
    public var quotes: [Int] = []

    public init(kind: AttributionKind, content: TextSpan, contentTokens: Range<Int>, cue: AttributionCue,
                source: AttributionSource?, introducer: TextSpan?, confidence: Double, evidence: [String]) {
        self.kind = kind
        self.content = content
        self.contentTokens = contentTokens
        self.cue = cue
        self.source = source
        self.introducer = introducer
        self.confidence = confidence
        self.evidence = evidence
    }

    public func write(to json: inout JSONWriter, context: LayerContext) {
        json.beginObject()
        json.field("kind", kind.rawValue)
        json.key("content"); context.write(content, to: &json)
        json.key("cue"); cue.write(to: &json, context: context)
        json.key("source")
        if let source { source.write(to: &json, context: context) } else { json.null() }
        json.key("introducer")
        if let introducer { context.write(introducer, to: &json) } else { json.null() }
        json.field("confidence", (confidence * 100).rounded() / 100)
        json.field("evidence", evidence.joined(separator: " "))
        json.key("addressee")
        if let addressee { context.write(addressee, to: &json) } else { json.null() }
        json.key("medium")
        if let medium {
            json.beginObject()
            if let span = medium.span { context.writeFields(span, to: &json) }
            json.field("type", medium.type)
            if medium.inherited { json.field("inherited", true) }
            json.endObject()
        } else {
            json.null()
        }
        json.key("via")
        if let via {
            json.beginObject()
            json.key("source"); via.source.write(to: &json, context: context)
            json.key("cue"); via.cue.write(to: &json, context: context)
            json.key("connector")
            if let c = via.connector { context.write(c, to: &json) } else { json.null() }
            json.endObject()
        } else {
            json.null()
        }
        json.field("parent", parent)
        if !quotes.isEmpty {
            json.key("quotes"); json.beginArray(); quotes.forEach { json.int($0) }; json.endArray()
        }
        json.endObject()
    }
}

/// A speaker of the document: one entity quoted one or more times, with all its mentions.
public struct Speaker: Sendable, Hashable, LayerItem {
    public var id: Int
    /// The fullest mention (written without quotation marks as `name`).
    public var canonical: TextSpan
    public var type: SourceType
    /// Explicit mentions as sources, in text order.
    public var mentions: [TextSpan]
    /// Titles given to the speaker (المسؤول الإعلامي).
    public var titles: [TextSpan]
    /// Other names for it from the text (`قوات سوريا الديمقراطية (قسد)`).
    public var aliases: [TextSpan]
    /// Attributions with this speaker as source, in text order.
    public var attributions: [Int]

    public func write(to json: inout JSONWriter, context: LayerContext) {
        json.beginObject()
        json.field("id", id)
        json.field("name", AttributionSource.cleanName(context.text(canonical)))
        json.field("type", type.rawValue)
        json.field("count", attributions.count)
        json.key("mentions"); json.beginArray(); mentions.forEach { context.write($0, to: &json) }; json.endArray()
        json.key("titles"); json.beginArray(); titles.forEach { json.string(context.text($0)) }; json.endArray()
        json.key("aliases"); json.beginArray(); aliases.forEach { json.string(AttributionSource.cleanName(context.text($0))) }; json.endArray()
        json.key("attributions"); json.beginArray(); attributions.forEach { json.int($0) }; json.endArray()
        json.endObject()
    }
}
