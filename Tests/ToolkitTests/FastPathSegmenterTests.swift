import Foundation
import SharedTestData
import Testing
import Toolkit

/// The fast path must give exactly ICU's tokens: checked on crafted edge cases, the seeds, and
/// (when ../shared is present) thousands of real articles, for every normalization profile.
@Suite("FastPathSegmenter equals ICU")
struct FastPathSegmenterTests {
    static let edgeCases = [
        "قال \"قسد\" إن (٧) عناصر، و«الحدث»: 1,000 و1.5 و٣٫٥ و20،30 16:00 U.S. l'arabe a_b G20 ب200",
        "\u{200F}قال\u{200F} \u{064E}نعم ”قريباً“ … — ؟! ٪5 5٪ $100 #وسم @user a@b.co http://x.y/z",
        "ـــ كذا.وقال ١٢٣ ۱۲۳ 😀 👍🏽 中文 русский ﻻ café e\u{301} x\u{202F}y \u{00A0}z\t\r\nw",
        "\"ُقسد\" '٥' (1) [2] {3} <4> |5| ~6~ ^7^ `8` +9+ =10=",
        // Arabic letters run straight into characters the fast path does not classify.
        "ال😀 نص中文 كتاب👍🏽 قال\u{FFFD}",
    ]

    func compare(_ text: String, profile: NormalizationOptions.Profile) throws {
        let n = Normalizer(options: NormalizationOptions(profile: profile)).normalize(text)
        let fast = try WordTokenizer(options: TokenizerOptions(fastPath: true)).tokenize(n)
        let icu = try WordTokenizer(options: TokenizerOptions(fastPath: false)).tokenize(n)
        #expect(fast == icu, "\(profile): \(text.prefix(80))")
        if fast != icu {
            for (a, b) in zip(fast, icu) where a != b {
                Issue.record("first difference: fast \(n.string(a.normRange))/\(a.kind) vs ICU \(n.string(b.normRange))/\(b.kind)")
                break
            }
        }
    }

    @Test("edge cases", arguments: edgeCases)
    func edges(_ text: String) throws {
        for p in NormalizationOptions.Profile.allCases { try compare(text, profile: p) }
    }

    @Test("the seed articles")
    func seeds() throws {
        for id in SeedGoldenTests.ids {
            let text = try String(contentsOfFile: TestPaths.samples + "/\(id).txt", encoding: .utf8)
            for p in NormalizationOptions.Profile.allCases { try compare(text, profile: p) }
        }
    }

    @Test("600 real articles (skipped without ../shared)")
    func corpus() throws {
        guard let texts = SharedData.corpusTexts(600) else { return }
        var checked = 0
        for text in texts {
            try compare(text, profile: checked % 2 == 0 ? .search : .none)
            checked += 1
        }
        #expect(checked == 600)
    }
}
