import Foundation
import Testing
import Toolkit

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    func sentences(_ text: String) throws -> [String] {
        let n = Normalizer().normalize(text)
        return try SentenceSplitter().split(n).map { text.scalarSlice($0) }
    }

    @Test("Arabic question and exclamation marks and periods end sentences")
    func terminators() throws {
        #expect(try sentences("هل انتهت المعركة؟ نعم! انتهت. وقال القائد ذلك") ==
                ["هل انتهت المعركة؟", "نعم!", "انتهت.", "وقال القائد ذلك"])
    }

    @Test("'., ' ends a sentence (scraped news separators)")
    func periodComma() throws {
        #expect(try sentences("على الحدود مع العراق., إلى ذلك، أفاد مراسل") == ["على الحدود مع العراق.,", "إلى ذلك، أفاد مراسل"])
    }

    @Test("no split inside numbers such as 1.5 or ٣٫٥")
    func numbers() throws {
        #expect(try sentences("ارتفع بنسبة 1.5 في المائة. ثم تراجع ٣٫٥ نقطة.") == ["ارتفع بنسبة 1.5 في المائة.", "ثم تراجع ٣٫٥ نقطة."])
    }

    @Test("a quotation spanning sentence ends stays in one sentence")
    func quotes() throws {
        let text = "وقال بالي: \"المعارك مستمرة. قواتنا تتقدم\". وأضاف أن المعركة طويلة."
        #expect(try sentences(text) == ["وقال بالي: \"المعارك مستمرة. قواتنا تتقدم\".", "وأضاف أن المعركة طويلة."])
        let arabicMarks = "قال: ”المعارك مستمرة. قواتنا تتقدم“. وأضاف"
        #expect(try sentences(arabicMarks).count == 2)
        let guillemets = "قال: «المعارك مستمرة. قواتنا تتقدم». وأضاف"
        #expect(try sentences(guillemets).count == 2)
    }

    @Test("paragraph breaks always split, and an unclosed quote does not swallow the text")
    func paragraphs() throws {
        #expect(try sentences("عنوان الخبر\n\nنص الخبر هنا") == ["عنوان الخبر", "نص الخبر هنا"])
        #expect(try sentences("قال \"شيء. ثم انتهى\nفقرة. أخرى").count == 4)
    }
}

/// The sentence fast path must give exactly ICU's boundaries.
@Suite("Sentence fast path equals ICU")
struct SentenceFastPathTests {
    func compare(_ text: String) throws {
        let n = Normalizer().normalize(text)
        let fast = try SentenceSplitter(fastPath: true).split(n)
        let icu = try SentenceSplitter(fastPath: false).split(n)
        #expect(fast == icu, "\(text.prefix(60))")
    }

    static let edgeCases = [
        "قال. وقال! هل؟ نعم؟! انتهى... ثم Mr. Smith said. e.g. this one. 1.5 و3. 4 \"جملة.\" (قوس.) آخر",
        "U.S. policy. The end.\r\nNext line\u{2029}para. x.Y z.  a\n\nb. ٣٫٥. ۔ اردو۔ اور",
        "end.\u{064E} next. 😀. 𝐀. ok", ".", "...", "", "a.\u{200F} b", "١. ٢. ٣.",
    ]

    @Test("edge cases", arguments: edgeCases)
    func edges(_ text: String) throws { try compare(text) }

    @Test("the seeds and 300 real articles (skipped without ../shared)")
    func corpus() throws {
        for id in SeedGoldenTests.ids {
            try compare(try String(contentsOfFile: TestPaths.samples + "/\(id).txt", encoding: .utf8))
        }
        guard let texts = try corpusTexts(300) else { return }
        var checked = 0
        for text in texts {
            try compare(text)
            checked += 1
        }
        #expect(checked == 300)
    }
}
