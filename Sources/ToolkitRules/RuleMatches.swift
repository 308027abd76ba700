import Toolkit

/// The layer of a rule extractor: its matches in text order, as ``RuleMatch`` values.
///
/// ```swift
/// for match in document.layer("casualties", as: RuleMatches.self) ?? RuleMatches() {
///     print(match.label, document.text(of: match.span), match.capture("count")?.value ?? .null)
/// }
/// ```
///
/// Lexicon matches are kept as compact rows (a span and a term number) and become values only
/// when read: a lexicon of frequent words can match a fifth of all tokens.
public struct RuleMatches: SpannedLayer, RandomAccessCollection, Sendable {
    /// A match: its span and, when `ref >= 0`, the term it is (``TermNames``), else the
    /// pattern match `patternMatches[~ref]`.
    struct Row: Sendable {
        var start: Int32
        var end: Int32
        var ref: Int32

        var span: TextSpan { TextSpan(start: Int(start), end: Int(end)) }
    }

    private let names: TermNames
    private let rows: [Row]
    private let patternMatches: [RuleMatch]

    /// No matches.
    public init() { self.init(names: TermNames(labels: [], terms: []), rows: [], patternMatches: []) }

    init(names: TermNames, rows: [Row], patternMatches: [RuleMatch]) {
        self.names = names
        self.rows = rows
        self.patternMatches = patternMatches
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    public subscript(i: Int) -> RuleMatch {
        let row = rows[i]
        if row.ref < 0 { return patternMatches[Int(~row.ref)] }
        return RuleMatch(span: row.span, label: names.labels[Int(row.ref)], term: names.terms[Int(row.ref)])
    }

    public var itemSpans: [TextSpan] { rows.map(\.span) }

    public func write(to json: inout JSONWriter, context: LayerContext) {
        json.beginArray()
        for row in rows {
            if row.ref < 0 {
                patternMatches[Int(~row.ref)].write(to: &json, context: context)
            } else {
                json.beginObject()
                context.writeFields(row.span, to: &json)
                json.field("label", names.labels[Int(row.ref)])
                json.field("term", names.terms[Int(row.ref)])
                json.endObject()
            }
        }
        json.endArray()
    }
}

/// Label and written form of every term of an extractor's lexicons, by term number; shared by
/// all its layers.
final class TermNames: Sendable {
    let labels: [String]
    let terms: [String]

    init(labels: [String], terms: [String]) {
        self.labels = labels
        self.terms = terms
    }
}
