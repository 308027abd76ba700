import Toolkit

/// One number found in a document: the `Number` record of OUTPUT.md.
///
/// `span` covers the whole expression (approximator or bound words, the number, its unit and
/// counted noun); `core` only the digits or number words. Both are spans of the original text.
public struct NumberMention: Sendable, Hashable, LayerItem {
    public enum Kind: String, Sendable, CaseIterable {
        case cardinal, ordinal, fraction, percent, range, year, date, time, money, dual, vague
    }

    /// How the number is qualified: approximately, a bound, or a range.
    public enum Mod: String, Sendable, CaseIterable {
        case approx, gt, lt, gte, lte, range
    }

    /// The counted noun: a span of the text (`7 عناصر`), or a lemma the number word implies
    /// (the dual قريتين counts قرية).
    public enum Noun: Sendable, Hashable {
        case span(TextSpan)
        case lemma(String)
    }

    public var span: TextSpan
    public var core: TextSpan
    public var kind: Kind
    /// The magnitude as written; nil for vague quantities and ranges.
    public var value: Double?
    public var min: Double?
    public var max: Double?
    public var mod: Mod?
    /// `percent`, a unit (`km`, `km2`, `month`) or an ISO 4217 currency code.
    public var unit: String?
    public var noun: Noun?
    /// A clock time as `HH:MM` (24-hour).
    public var time: String?
    /// A date as ISO 8601 (`2015-08-21`, `--09-10` without a year, `2015-01` without a day).
    public var date: String?

    public init(span: TextSpan, core: TextSpan, kind: Kind, value: Double?, min: Double? = nil, max: Double? = nil,
                mod: Mod? = nil, unit: String? = nil, noun: Noun? = nil, time: String? = nil, date: String? = nil) {
        self.span = span
        self.core = core
        self.kind = kind
        self.value = value
        self.min = min
        self.max = max
        self.mod = mod
        self.unit = unit
        self.noun = noun
        self.time = time
        self.date = date
    }

    public func write(to json: inout JSONWriter, context: LayerContext) {
        json.beginObject()
        context.writeFields(span, to: &json)
        json.key("core")
        context.write(core, to: &json)
        json.field("kind", kind.rawValue)
        json.field("value", value)
        json.field("min", min)
        json.field("max", max)
        json.field("mod", mod?.rawValue)
        json.field("unit", unit)
        json.key("noun")
        switch noun {
        case .span(let s)?: json.string(context.text(s))
        case .lemma(let l)?: json.string(l)
        case nil: json.null()
        }
        if let time { json.field("time", time) }
        if let date { json.field("date", date) }
        json.endObject()
    }
}
