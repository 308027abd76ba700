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
