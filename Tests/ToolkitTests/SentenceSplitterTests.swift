import CToolkitICU
import Foundation
import SharedTestData
import Testing
@testable import Toolkit

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

    @Test("a period after a lone Arabic letter before a name is an abbreviation, after a number it may end the sentence")
    func abbreviations() throws {
        #expect(try sentences("وقال د. عبدالعزيز الغميز إن القبول محدود. وأكد أ.د. محمد علي أن الوضع صعب.")
            == ["وقال د. عبدالعزيز الغميز إن القبول محدود.", "وأكد أ.د. محمد علي أن الوضع صعب."])
        #expect(try sentences("تأسست الجمعية عام 1990 م. وقال رئيسها إنها تنمو.") == ["تأسست الجمعية عام 1990 م.", "وقال رئيسها إنها تنمو."])
        // Two letters (له، به) are words that may end a sentence.
        #expect(try sentences("وهذا ما قاله له. وقال إنه سيعود.") == ["وهذا ما قاله له.", "وقال إنه سيعود."])
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
        let fastSplitter = try SentenceSplitter(fastPath: true), icuSplitter = try SentenceSplitter(fastPath: false)
        let fast = fastSplitter.split(n)
        let icu = icuSplitter.split(n)
        #expect(fast == icu, "\(text.prefix(60))")
        n.utf16.withUnsafeBufferPointer { u in
            #expect(fastSplitter.icuBoundaries(u) == icuSplitter.icuBoundaries(u), "\(text.prefix(60))")
        }
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
        guard let texts = SharedData.corpusTexts(300) else { return }
        var checked = 0
        for text in texts {
            try compare(text)
            checked += 1
        }
        #expect(checked == 300)
    }
}

/// The fast path's boundaries must be ICU's, unit for unit, before trimming and the Arabic news
/// fixes: checked on raw UTF-16 (no normalization) so every Sentence_Break class reaches it.
@Suite("Sentence boundaries equal ICU")
struct SentenceBoundaryTests {
    let fast: SentenceSplitter
    let icu: SentenceSplitter

    init() throws {
        fast = try SentenceSplitter(fastPath: true)
        icu = try SentenceSplitter(fastPath: false)
    }

    func compare(_ units: [UInt16], _ label: @autoclosure () -> String) {
        units.withUnsafeBufferPointer { u in
            let f = fast.icuBoundaries(u), i = icu.icuBoundaries(u)
            #expect(f == i, "\(label()): fast \(f), ICU \(i)")
        }
    }

    /// One window of each kind the scan meets after a terminator, each between Arabic words.
    static let windows = [
        // Terminator, optional Close and Sp, then an Arabic letter.
        "قال. وقال", "قال.وقال", "قال؟ وقال", "قال؟وقال", "قال! وقال", "قال۔ وقال", "قال\u{061D} وقال", "قال\u{061E} وقال",
        "قال.\" وقال", "قال.» وقال", "قال.) وقال", "قال.\"» وقال", "قال؟\" وقال", "قال.  \u{00A0}وقال", "قال. \"وقال",
        "قال. (وقال", "قال.\u{2024} وقال", "قال\u{FF0E} وقال", "قال\u{FE52} وقال",
        // Runs of terminators.
        "قال... وقال", "قال؟! وقال", "قال!؟ وقال", "قال.؟ وقال", "قال؟. وقال", "قال. . وقال", "قال؟ ؟ وقال", "قال.\". وقال",
        // Extend and Format characters inside the run.
        "قال.\u{064E} وقال", "قال.\u{200F} وقال", "قال. \u{200F}وقال", "قال\u{200F}. وقال", "قال.\"\u{064E} وقال", "قال\u{064E}. وقال",
        // Line and paragraph ends, end of text.
        "قال.\nوقال", "قال.\r\nوقال", "قال.\rوقال", "قال. \nوقال", "قال.\" \r\n\nوقال", "قال.\u{2029}وقال", "قال.\u{2028}وقال",
        "قال.\u{0085}وقال", "قال.", "قال. ", "قال.\"", "قال؟", "قال...", "قال.\n", "قال.\r", ".", "؟", ". وقال", "\n. وقال",
        // Digits: SB6 keeps ATerm before a digit, SB8 looks past them for a lower-case letter.
        "ارتفع 1.5 نقطة", "ارتفع ١.٥ نقطة", "الفقرة 3. 4 نقاط", "العدد 3.) 4 نقاط", "قال. 4 نقاط", "قال؟ 4 نقاط", "قال.4 نقاط",
        "قال. 4 a", "قال. 4 A", "قال. 4. a", "قال.4a", "رقم ٣٫٥. ثم", "1.5.3 نقطة", "1.5. وقال",
        // Latin letters around ATerm (SB7, SB8).
        "U.S. policy", "U.S. Policy", "e.g. this", "Mr. Smith", "end. The", "end.The", "قال. the", "قال. The", "A. b", "a.B",
        "قال؟ the", "قال؟ The", "قال.) the", "قال. \"the", "قال. 𝐀", "قال. 𝐚", "x.𝐀",
        // SContinue and other classes after the run (SB8a).
        "قال., وقال", "قال.، وقال", "قال. ، وقال", "قال؟، وقال", "قال.: وقال", "قال. - وقال", "قال. % وقال", "قال. 😀 وقال",
        "قال.- وقال", "قال.\u{2013} وقال", "قال. \"( وقال",
        // Characters beyond the Basic Multilingual Plane.
        "قال𑁇 وقال", "قال.😀 وقال", "قال😀. وقال",
    ]

    @Test("each kind of terminator window", arguments: windows)
    func window(_ text: String) {
        compare(Array(text.utf16), text)
    }

    /// Windows `TerminatorRun` decides without ICU.
    static let decidedWindows = [
        "قال. وقال", "قال.وقال", "قال؟ وقال", "قال! وقال", "قال۔ وقال", "قال.\" وقال", "قال.» وقال", "قال.) وقال",
        "قال... وقال", "قال؟! وقال", "قال.\u{200F} وقال", "قال.\nوقال", "قال.\r\nوقال", "قال. \u{2029}وقال", "قال.",
        "ارتفع 1.5 نقطة", "قال. 4 نقاط", "قال؟ 4 نقاط", "قال. 4 a", "قال.) 4 A", "قال. 4", "قال؟4",
    ]

    @Test("common windows are decided without ICU", arguments: decidedWindows)
    func decided(_ text: String) {
        // compare() runs the fast path's boundary pass, which counts its ICU windows.
        compare(Array(text.utf16), text)
        #expect(fast.icuWindows == 0, "\(text)")
    }

    @Test("the units passed eight at a time are exactly the plain ones, and none stops the scan")
    func plainBlocks() {
        typealias SB = SentenceBreakClass
        let table = SentenceBreakTable()
        var wrong: [UInt16] = []
        for v in 0...0xFFFF as ClosedRange<UInt32> {
            let unit = UInt16(v)
            let plain = unit == SB.plainSpace || SB.plainArabic.contains(unit)
            if plain && table.stopClass(unit) != 0 { wrong.append(unit) }
            for lane in 0..<8 {
                var block = SIMD8<UInt16>(repeating: 0x0628)
                block[lane] = unit
                if SB.arePlain(block) != plain { wrong.append(unit); break }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test("the table read page by page gives ICU's class of every unit")
    func table() {
        typealias SB = SentenceBreakClass
        let table = SentenceBreakTable()
        var wrong: [UInt16] = []
        // Units in a scattered order, so pages are read from any of their units.
        for k in 0..<0x10000 {
            let unit = UInt16(truncatingIfNeeded: k &* 40_503)
            let expected = UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit)
                ? SB.surrogate : UInt8(truncatingIfNeeded: tk_sentence_break(UInt32(unit)))
            if table[unit] != expected || table.stopClass(unit) != (SB.stopsScan(expected) ? expected : 0) { wrong.append(unit) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test("lone surrogates around terminators")
    func loneSurrogates() {
        let u: [UInt16] = [0x0642, 0x002E, 0xD800, 0x0020, 0x0628, 0xDC00, 0x002E, 0x0020, 0x0628, 0x061F, 0xDBFF]
        for end in 1...u.count { compare(Array(u[..<end]), "\(u[..<end])") }
    }

    /// Representatives of every Sentence_Break class (and a few classes twice).
    static let alphabet: [[UInt16]] = [
        "ب", "A", "a", "1", ".", "؟", "!", "\"", "(", " ", "\u{2029}", "\r", "\n", "\u{064E}", "\u{200F}", "،", "%",
    ].map { Array($0.utf16) }

    @Test("every string of up to four classes")
    func exhaustive() {
        let k = Self.alphabet.count
        for length in 1...4 {
            var total = 1
            for _ in 0..<length { total *= k }
            for code in 0..<total {
                var units: [UInt16] = [], c = code
                for _ in 0..<length { units += Self.alphabet[c % k]; c /= k }
                compare(units, "\(units)")
            }
        }
    }

    @Test("random strings of up to sixteen characters, surrogates included")
    func random() {
        let extra: [[UInt16]] = ["😀", "𝐀", "𑁇", "\u{00A0}", "»", ")", "۔", "٣", "\u{2024}", ",", "\u{0085}", "x"].map { Array($0.utf16) }
            + [[0xD800], [0xDC00]]
        let alphabet = Self.alphabet + extra
        var rng = SplitMix(seed: 29)
        for _ in 0..<20_000 {
            var units: [UInt16] = []
            for _ in 0..<(1 + Int(rng.next() % 16)) {
                // Arabic letters and spaces half the time, as in news text.
                let r = rng.next()
                units += r % 2 == 0 ? (r % 4 == 0 ? [0x20] : [0x0628]) : alphabet[Int((r >> 8) % UInt64(alphabet.count))]
            }
            compare(units, "\(units)")
        }
    }
}
