import Toolkit

/// An item of a rule extractor's layer: a lexicon term or a pattern match, with its span in
/// the original text.
///
/// ```json
/// {"start":120,"end":131,"text":"مقتل 40 شخصا","label":"killed","rule":"killed-count",
///  "captures":{"count":{"start":125,"end":127,"text":"40","value":40}}}
/// ```
/// Lexicon matches carry `term` (as written in the lexicon) instead of `rule` and `captures`.
public struct RuleMatch: SpannedItem, Sendable, Equatable {
    public var span: TextSpan
    public var label: String
    /// The pattern that matched; nil for a lexicon match.
    public var rule: String?
    /// The lexicon term that matched, as written; nil for a pattern match.
    public var term: String?
    public var captures: [RuleCapture]

    public init(span: TextSpan, label: String, rule: String? = nil, term: String? = nil, captures: [RuleCapture] = []) {
        self.span = span
        self.label = label
        self.rule = rule
        self.term = term
        self.captures = captures
    }

    /// The capture named `name`.
    public func capture(_ name: String) -> RuleCapture? { captures.first { $0.name == name } }

    public func write(to json: inout JSONWriter, context: LayerContext) {
        json.beginObject()
        context.writeFields(span, to: &json)
        json.field("label", label)
        if let rule { json.field("rule", rule) }
        if let term { json.field("term", term) }
        if !captures.isEmpty {
            json.key("captures")
            json.beginObject()
            for c in captures {
                json.key(c.name)
                json.beginObject()
                context.writeFields(c.span, to: &json)
                if let v = c.value { json.key("value"); v.write(to: &json) }
                json.endObject()
            }
            json.endObject()
        }
        json.endObject()
    }
}

/// A named part of a pattern match: its span and, for a layer item's field or a number
/// token, a value.
public struct RuleCapture: Sendable, Equatable {
    public var name: String
    public var span: TextSpan
    public var value: JSONNode?

    public init(name: String, span: TextSpan, value: JSONNode? = nil) {
        self.name = name
        self.span = span
        self.value = value
    }
}
