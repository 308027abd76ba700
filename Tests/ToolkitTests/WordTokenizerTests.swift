import Testing
import Toolkit

@Suite("WordTokenizer")
struct WordTokenizerTests {
    func texts(_ s: String) throws -> [String] { try tokens(s).map(\.text) }
    func kinds(_ s: String) throws -> [TokenKind] { try tokens(s).map(\.kind) }

    @Test("clock times are one number token, in ASCII and Arabic-Indic digits")
    func clockTimes() throws {
        #expect(try texts("الساعة 16:00 مساء") == ["الساعة", "16:00", "مساء"])
        #expect(try texts("عند ١٠:٣٠ صباحا") == ["عند", "١٠:٣٠", "صباحا"])
        #expect(try tokens("١٠:٣٠").first?.norm == "10:30")
        #expect(try texts("9:05:30") == ["9:05:30"])
        #expect(try kinds("16:00") == [.number])
        // Not a time: a ratio with a long right side, or a colon after a word.
        #expect(try texts("النتيجة 3:125") == ["النتيجة", "3", ":", "125"])
    }

    @Test("the Arabic comma separates numbers")
    func arabicComma() throws {
        #expect(try texts("20،30") == ["20", "،", "30"])
        #expect(try texts("3،5") == ["3", "،", "5"])
        #expect(try kinds("20،30") == [.number, .punct, .number])
        // The Arabic decimal separator keeps a number whole.
        #expect(try texts("٣٫٥") == ["٣٫٥"])
        #expect(try texts("1,000 و1.5") == ["1,000", "و", "1.5"])
    }

    @Test("URLs, e-mails, hashtags and mentions are one token each")
    func webTokens() throws {
        let t = try tokens("زوروا https://www.alarabiya.net/ar/arab?id=1&x=2. أو www.bbc.com/arabic وراسلونا info@sdf-press.org #الباغوز @SDF_Press")
        let special = t.filter { $0.kind != .word && $0.kind != .punct }
        #expect(special.map(\.text) == ["https://www.alarabiya.net/ar/arab?id=1&x=2", "www.bbc.com/arabic", "info@sdf-press.org", "#الباغوز", "@SDF_Press"])
        #expect(special.map(\.kind) == [.url, .url, .email, .hashtag, .mention])
        #expect(try texts("المرتبة #1") == ["المرتبة", "#", "1"])
    }

    @Test("mixed-script runs split; Latin alphanumerics stay whole")
    func scripts() throws {
        #expect(try texts("الـCNN") == ["الـ", "CNN"])
        #expect(try tokens("الـCNN").map(\.norm) == ["ال", "CNN"])
        #expect(try texts("كلم2") == ["كلم", "2"])
        #expect(try texts("ب200 و600") == ["ب", "200", "و", "600"])
        #expect(try kinds("ب200") == [.word, .number])
        #expect(try texts("قمة G20 وMP3") == ["قمة", "G20", "و", "MP3"])
    }

    @Test("clitics glued to quote marks and slashes between month names")
    func punctuation() throws {
        #expect(try texts("لـ\"العربية\"") == ["لـ", "\"", "العربية", "\""])
        #expect(try texts("أيلول/سبتمبر") == ["أيلول", "/", "سبتمبر"])
        #expect(try texts("العراق., إلى") == ["العراق", ".", ",", "إلى"])
        #expect(try kinds("العراق., إلى") == [.word, .punct, .punct, .word])
        #expect(try kinds("100$ و5%") == [.number, .symbol, .word, .number, .punct])
    }

    @Test("invisible controls never become tokens; spans skip them")
    func controls() throws {
        let t = try tokens("\u{200F}قال\u{200F} \u{202B}نعم\u{202C}", profile: .none)
        #expect(t.map(\.text) == ["قال\u{200F}", "\u{202B}نعم\u{202C}"] || t.map(\.text) == ["قال\u{200F}", "نعم\u{202C}"])
        let folded = try tokens("\u{200F}قال\u{200F} \u{202B}نعم\u{202C}")
        #expect(folded.map(\.text) == ["قال", "نعم"])
    }

    @Test("every token span slices the original text, whatever the profile", arguments: NormalizationOptions.Profile.allCases)
    func spansSlice(_ profile: NormalizationOptions.Profile) throws {
        let text = "قالَ مُصطفى بالي لـ\"العربية\" إنّ ٧ عناصر تسلّلوا الساعة ١٠:٣٠ 😀 ﻻ café https://x.co/a"
        let n = Normalizer(options: NormalizationOptions(profile: profile)).normalize(text)
        let toks = try WordTokenizer().tokenize(n)
        #expect(!toks.isEmpty)
        var previousEnd = 0
        for t in toks {
            #expect(t.span.start >= previousEnd && t.span.end > t.span.start)
            #expect(!text.scalarSlice(t.span).contains(" "))
            previousEnd = t.span.end
        }
    }

    @Test("clitic segmentation splits proclitics and spares lexicon words")
    func clitics() throws {
        let text = "وبالقوات للقوات وزير بلد كان والقائد وسيقول"
        let n = Normalizer().normalize(text)
        let tokenizer = try WordTokenizer(options: TokenizerOptions(clitics: true))
        let toks = tokenizer.tokenize(n)
        let segs = tokenizer.segments(of: toks, in: n)
        func pieces(_ i: Int) -> [String]? { segs[i]?.map { text.scalarSlice($0.span) } }
        #expect(pieces(0) == ["و", "ب", "ال", "قوات"])
        #expect(pieces(1) == ["ل", "ل", "قوات"])
        #expect(pieces(2) == nil)
        #expect(pieces(3) == nil)
        #expect(pieces(4) == nil)
        #expect(pieces(5) == ["و", "ال", "قائد"])
        #expect(pieces(6) == ["و", "س", "يقول"])
        #expect(segs[0]?.last?.role == .stem)
    }
}
