import Plugins
import Testing
import Toolkit

/// What a test expects of one number: its text and core as sliced from the original string by
/// Unicode scalars, and the fields that matter for the case (nil fields are not checked).
struct NumberExpectation {
    var text: String
    var core: String
    var kind: NumberMention.Kind
    var value: Double?
    var mod: NumberMention.Mod? = nil
    var min: Double? = nil
    var max: Double? = nil
    var unit: String? = nil
    var noun: String? = nil
    var time: String? = nil
    var date: String? = nil
}

/// Runs the numbers chain over `sentence` and checks the numbers found, in order, against the
/// expectations; the spans are sliced out of the original text by scalars.
func expectNumbers(_ sentence: String, _ expected: [NumberExpectation], normalized: Bool = true,
                   sourceLocation: SourceLocation = #_sourceLocation) {
    let found = NumbersHarness.numbers(sentence, normalized: normalized)
    let described = found.map { "\(NumbersHarness.slice(sentence, $0.span)) [\($0.kind.rawValue) \(String(describing: $0.value))]" }
    #expect(found.count == expected.count, "found \(described)", sourceLocation: sourceLocation)
    for (m, e) in zip(found, expected) {
        #expect(NumbersHarness.slice(sentence, m.span) == e.text, sourceLocation: sourceLocation)
        #expect(NumbersHarness.slice(sentence, m.core) == e.core, sourceLocation: sourceLocation)
        #expect(m.kind == e.kind, "\(e.text)", sourceLocation: sourceLocation)
        #expect(close(m.value, e.value), "\(e.text): value \(String(describing: m.value))", sourceLocation: sourceLocation)
        if let mod = e.mod { #expect(m.mod == mod, "\(e.text)", sourceLocation: sourceLocation) }
        if let min = e.min { #expect(close(m.min, min), "\(e.text): min \(String(describing: m.min))", sourceLocation: sourceLocation) }
        if let max = e.max { #expect(close(m.max, max), "\(e.text): max \(String(describing: m.max))", sourceLocation: sourceLocation) }
        if let unit = e.unit { #expect(m.unit == unit, "\(e.text)", sourceLocation: sourceLocation) }
        if let time = e.time { #expect(m.time == time, "\(e.text)", sourceLocation: sourceLocation) }
        if let date = e.date { #expect(m.date == date, "\(e.text)", sourceLocation: sourceLocation) }
        if let noun = e.noun {
            let written: String? = switch m.noun {
            case .span(let s)?: NumbersHarness.slice(sentence, s)
            case .lemma(let l)?: l
            case nil: nil
            }
            #expect(written == noun, "\(e.text)", sourceLocation: sourceLocation)
        }
    }
}

/// Equal within 1e-9 relative; nil only equals nil.
func close(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case let (a?, b?): abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1)
    default: false
    }
}
