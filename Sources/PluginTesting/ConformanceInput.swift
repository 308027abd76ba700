/// A document the conformance check runs a chain over: raw bytes (not necessarily valid UTF-8)
/// and a name for the report.
public struct ConformanceInput: Sendable {
    /// A name for the report (``ConformanceViolation/input``).
    public let name: String
    /// The raw input, not necessarily valid UTF-8.
    public let bytes: [UInt8]
    /// Whether to run it twice and compare (off for the huge input, to keep checks fast).
    public let checksDeterminism: Bool

    /// An input from raw bytes (ill-formed UTF-8 is welcome: the toolkit repairs it).
    public init(name: String, bytes: [UInt8], checksDeterminism: Bool = true) {
        self.name = name
        self.bytes = bytes
        self.checksDeterminism = checksDeterminism
    }

    /// An input from a string.
    public init(name: String, text: String, checksDeterminism: Bool = true) {
        self.init(name: name, bytes: Array(text.utf8), checksDeterminism: checksDeterminism)
    }

    /// A news paragraph with numbers, quotes, an attribution and diacritics.
    public static let arabicNews = ConformanceInput(name: "arabic-news", text: """
        قال مراسل "الحدث" إن 7 عناصر من داعش تسللوا الساعة 16:00 إلى قرية شرق دير الزور، \
        وأفادت مصادر محلية بمقتل ٣ مدنيين وإصابة نحو 20 آخرين. وأضاف: «الوضع خطير جداً». \
        وأعلنت وزارة الصحة ارتفاع حصيلة القتلى إلى 35 شخصاً، بينهم أطفال، ونسبة 12.5% من المصابين نساء.
        ثم وصلت قوات التحالف في 21 آب/أغسطس 2015 وقالت: ”سنبقى هنا“.
        """)

    /// No text at all.
    public static let empty = ConformanceInput(name: "empty", text: "")

    /// Only spaces, line breaks, tabs and wide spaces.
    public static let whitespace = ConformanceInput(name: "whitespace", text: " \n\t\r\n  \u{00A0}\u{2003}")

    /// Arabic, Latin, Hebrew, Cyrillic, CJK, emoji (with ZWJ sequences and skin tones), digits
    /// of three scripts, bidi controls, combining marks on Latin and Arabic letters.
    public static let mixedScript = ConformanceInput(name: "mixed-script", text: """
        Hello مرحبا 123 ١٢٣ ۱۲۳ שלום Привет 中文字 👩‍👩‍👧 👍🏽 e\u{301}te\u{0301} مُصْطَفَى \u{200F}بالـــعربي\u{200E} \
        ﻻ ﷺ كلم2 ب200 #وسم @حساب https://example.com/a?b=1 user@example.com 16:00 ٣٫٥ 20،30 "اقتباس" «نص» ”قول“
        """)

    /// Ill-formed UTF-8: a stray continuation byte, a truncated sequence, an overlong form, a
    /// surrogate and a byte never valid (the toolkit repairs them with U+FFFD).
    public static let invalidUTF8 = ConformanceInput(name: "invalid-utf8", bytes:
        Array("قال ".utf8) + [0x80] + Array(" نص ".utf8) + [0xD9] + Array(" و ".utf8) + [0xC0, 0xAF, 0x20, 0xED, 0xA0, 0x80, 0x20, 0xFF]
        + Array(" 5 أشخاص".utf8))

    /// Control characters, NUL and a lone combining mark at the start.
    public static let controls = ConformanceInput(name: "controls", text: "\u{064E}\u{0}نص\u{1}\u{7F}\u{FEFF} \u{200B}كلمة\u{0007}")

    /// About `bytes` bytes of news text (paragraphs repeated), for offsets past 16 bits and
    /// anything quadratic. Run once.
    public static func huge(bytes: Int = 5_000_000) -> ConformanceInput {
        let paragraph = Array(arabicNews.bytes) + [0x0A, 0x0A]
        var out: [UInt8] = []
        out.reserveCapacity(bytes + paragraph.count)
        while out.count < bytes { out += paragraph }
        return ConformanceInput(name: "huge", bytes: out, checksDeterminism: false)
    }

    /// Every input above, the huge one at about 5 MB.
    public static let standard: [ConformanceInput] = [
        arabicNews, empty, whitespace, mixedScript, invalidUTF8, controls, huge(),
    ]
}
