import FoundationEssentials
import Plugins
import SharedTestData
import Testing
import Toolkit

/// The Arabic numeral and ordinal cases of facebook/duckling (`../shared/fixtures/numbers`), with
/// whole-string semantics: the whole text must come out as exactly one number of that value.
/// Known failures are listed in the documentation of `NumbersPlugin`.
struct DucklingTests {
    struct Case: Decodable {
        struct Expect: Decodable { let value: Double }
        let text: String
        let dim: String
        let expect: [Expect]
        let tier: String
    }

    static func load() -> [Case]? {
        guard let bytes = SharedData.file("fixtures/numbers/duckling-ar.jsonl") else { return nil }
        let decoder = JSONDecoder()
        return bytes.split(separator: 0x0A).compactMap { try? decoder.decode(Case.self, from: Data($0)) }
    }

    /// Whether a case passes: one number covering the whole text, with the expected value.
    static func passes(_ c: Case) -> (Bool, String) {
        let found = NumbersHarness.numbers(c.text)
        let length = c.text.unicodeScalars.count
        let expected = c.expect[0].value
        guard found.count == 1, let m = found.first else {
            return (false, "\(found.count) numbers: " + found.map { "\($0.core) \(String(describing: $0.value))" }.joined(separator: ", "))
        }
        let whole = m.span == TextSpan(start: 0, end: length)
        let value = m.value.map { abs($0 - expected) <= 1e-6 * max(abs(expected), 1e-12) || $0 == expected } ?? false
        return (whole && value, "span \(m.span) of \(length), value \(String(describing: m.value)), kind \(m.kind.rawValue)")
    }

    @Test func passRatePerTier() throws {
        guard let cases = Self.load() else {
            print("DucklingTests: ../shared/fixtures/numbers/duckling-ar.jsonl is absent; skipped")
            return
        }
        #expect(cases.count > 300)
        var byTier: [String: (pass: Int, total: Int)] = [:]
        var failures: [String] = []
        for c in cases {
            let (ok, detail) = Self.passes(c)
            byTier[c.tier, default: (0, 0)].total += 1
            if ok { byTier[c.tier]!.pass += 1 } else { failures.append("[\(c.tier)/\(c.dim)] \(c.text) → \(detail)") }
        }
        for (tier, r) in byTier.sorted(by: { $0.key < $1.key }) {
            print("Duckling \(tier): \(r.pass)/\(r.total) = \(Double(r.pass) / Double(r.total))")
        }
        failures.forEach { print("  fails: \($0)") }
        let hard = try #require(byTier["hard"]), egyptian = try #require(byTier["dialect-eg"])
        #expect(Double(hard.pass) / Double(hard.total) >= 0.95)
        #expect(Double(egyptian.pass) / Double(egyptian.total) >= 0.80)
    }
}
