import Testing
import Toolkit

@Suite("Normalizer")
struct NormalizerTests {
    func normalize(_ s: String, _ configure: (inout NormalizationOptions) -> Void = { _ in }) -> String {
        var o = NormalizationOptions(profile: .none)
        configure(&o)
        return Normalizer(options: o).normalize(s).string
    }

    @Test("each Arabic fold does its one job, and only when switched on")
    func switches() {
        let cases: [(String, String, String)] = [
            ("tatweel", "مـــعركة", "معركة"),
            ("diacritics", "مُصْطَفَى قُوَّاتٌ الرَّحْمٰن ۖ", "مصطفى قوات الرحمن "),
            ("alef", "أحمد إلى آخر ٱلله", "احمد الى اخر الله"),
            ("alef_maqsura", "مصطفى على", "مصطفي علي"),
            ("teh_marbuta", "مدينة", "مدينه"),
            ("hamza_seats", "مسؤول رئيس", "مسوول رييس"),
            ("digits", "٢٠١٩ و۱۲۳", "2019 و123"),
            ("separators", "٣٫٥ و١٬٠٠٠", "٣.٥ و١,٠٠٠"),
            ("farsi", "یک", "يك"),
            ("controls", "\u{200F}قال\u{200E} \u{202B}x\u{202C}\u{2066}y\u{2069}\u{061C}", "قال xy"),
        ]
        for (name, input, expected) in cases {
            #expect(normalize(input) { $0.set(name, true) } == expected, "\(name)")
            #expect(normalize(input) == input, "\(name) off must leave the text alone")
        }
    }

    @Test("ZWNJ stays inside Persian words and goes elsewhere")
    func joiners() {
        #expect(normalize("می\u{200C}خواهم") { $0.controls = true } == "می\u{200C}خواهم")
        #expect(normalize("قال\u{200C} نعم \u{200D}") { $0.controls = true } == "قال نعم ")
    }

    @Test("hamza seats are off in the search profile; everything else is on")
    func searchProfile() {
        let o = NormalizationOptions(profile: .search)
        #expect(o.form == .nfkc && !o.hamzaSeats)
        for name in NormalizationOptions.switchNames where name != "hamza_seats" { #expect(o.value(of: name) == true, "\(name)") }
        #expect(Normalizer(options: o).normalize("مسؤولٌ ﻻ ﷲ").string == "مسؤول لا الله")
    }

    @Test("NFKC decomposes presentation forms and lam-alef ligatures")
    func presentationForms() {
        #expect(normalize("ﻻ ﺑﺴﻢ ﻷ") { $0.form = .nfkc } == "لا بسم لأ")
        #expect(normalize("ﻻ") { $0.form = .nfc } == "ﻻ")
    }

    static let icuSamples = [
        "café cafe\u{301} e\u{301}\u{323} Å Ω ﬁ ① ½ ｶ 가각",
        "ا\u{653} ا\u{654} و\u{654} ي\u{654}\u{64E} بِّ بَّ",  // composable hamza/madda, mark order
        "ﻻ ﻷ ﷺ ﷲ ﴾ﻛﻠﻤﺔ﴿ ٣٫٥ 😀 𝐀𝐁 x\u{FE0F}",
        "قال مصطفى بالي: \"قواتنا تتقدم\" في الباغوز. ١٢٣٤",
    ]

    @Test("the fast path equals ICU's own NFC and NFKC", arguments: icuSamples)
    func equalsICU(_ text: String) {
        for form in [NormalizationOptions.Form.nfc, .nfkc] {
            var o = NormalizationOptions(profile: .none)
            o.form = form
            #expect(Normalizer(options: o).normalize(text).string == ICUNormalization.normalize(text, form: form), "\(form)")
        }
    }

    @Test("alignment: every unit maps inside the original, in order, and kept letters map to themselves")
    func alignment() {
        let text = "مُصْطَفَى ـــ أحمدُ\u{200F} ﻻ ٣٫٥ café 😀 e\u{301}"
        let n = Normalizer(options: NormalizationOptions(profile: .search)).normalize(text)
        let scalars = Array(text.unicodeScalars)
        var last = 0
        for i in 0..<n.count {
            let span = n.originalSpan(i..<i + 1)
            #expect(span.start >= last && span.end <= scalars.count && span.start < span.end)
            last = span.start
        }
        // "أحمدُ" → "احمد": the span of the normalized word covers the damma too.
        let norm = n.string
        let wordStart = Array(norm.utf16).firstIndex(of: 0x0627)!
        let span = n.originalSpan(wordStart..<wordStart + 4)
        #expect(text.scalarSlice(span) == "أحمدُ")
        // The emoji's two UTF-16 units map to one scalar.
        let emoji = Array(norm.utf16).firstIndex(of: 0xD83D)!
        #expect(text.scalarSlice(n.originalSpan(emoji..<emoji + 2)) == "😀")
        // The RLM maps to nothing: no unit comes from it.
        let rlm = scalars.firstIndex(of: "\u{200F}")!
        #expect(!(0..<n.count).contains { n.originalSpan($0..<$0 + 1).start == rlm })
    }

    @Test("normalizedRange(covering:) inverts the alignment")
    func inverse() {
        let text = "قالَ الرئيسُ إن ٣ آلاف"
        let n = Normalizer().normalize(text)
        let r = n.normalizedRange(covering: TextSpan(start: 5, end: 12))
        #expect(n.string(r) == "الرئيس")
    }

    @Test("empty and huge inputs")
    func edges() {
        #expect(Normalizer().normalize("").count == 0)
        let big = String(repeating: "قالَ الرئيس ٣٫٥ ﻻ ", count: 20000)
        let n = Normalizer().normalize(big)
        #expect(n.originalLength == big.unicodeScalars.count)
        #expect(n.string.hasPrefix("قال الرئيس 3.5 لا "))
    }
}
