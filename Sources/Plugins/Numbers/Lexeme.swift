/// What one folded word form can be in a number expression. A form may play several roles
/// (خمس: five or a fifth; ثانية: second or "a second"); the extractor decides from context.
struct Lexeme: Sendable {
    /// A cardinal number word.
    struct Cardinal: Sendable, Equatable {
        enum Class: String, Sendable {
            /// 0–10.
            case unit
            /// أحد/إحدى/اثنا/اثني: a first word that only exists before عشر/عشرة.
            case teen
            /// One-word teens (حداشر).
            case fused
            /// 20–90.
            case ten
            /// 100–900.
            case hundred
            /// ألف، مليون، مليار، تريليون (``value`` is the multiplier).
            case scale
        }

        /// How many the bare scale word counts.
        enum Count: UInt8, Sendable {
            /// ألف: one, or a multiplier after a count.
            case one
            /// ألفا: "ألفاً" (one, accusative) after a count; alone, the construct dual (two).
            case tanween
            /// ألفان/ألفين: two.
            case two
            /// آلاف: plural, needs a count; alone it is vague.
            case many
        }

        var value: Double
        var cls: Class
        var count: Count = .one
        /// A common word too (متين، مية): a number alone only where no word precedes it.
        var weak = false
    }

    /// An ordinal word (الثالث، الثالثة).
    struct Ordinal: Sendable, Equatable {
        enum Use: UInt8, Sendable {
            case any
            /// Only inside 11th–99th (الحادي).
            case compound
            /// Only with ال (الرابعة; رابعة alone is a name).
            case definite
            /// Also "a second": an ordinal only after a feminine noun.
            case second
        }

        var value: Int
        var use: Use
    }

    /// A fraction word (نصف، ثلث، ثلثي، أرباع).
    struct Fraction: Sendable, Equatable {
        var value: Double
        /// Also a cardinal: a fraction only before a definite noun or with a suffix.
        var ambiguous = false
        /// Plural denominator, counted (ثلاثة أرباع).
        var denominator = false
        /// The form carries a pronoun suffix (نصفهم).
        var suffixed = false
    }

    enum Vague: String, Sendable {
        /// مئات، عشرات: an unknown count.
        case quantity
        /// عدة، بضعة: before a quantity, or alone.
        case modifier
    }

    /// Flags of a form.
    struct Marks: OptionSet, Sendable {
        let rawValue: UInt16
        /// Never a counted noun (prepositions, particles, pronouns…).
        static let function = Marks(rawValue: 1 << 0)
        /// Never a number (الاثنين).
        static let stop = Marks(rawValue: 1 << 1)
        /// Decimal point word (فاصلة).
        static let point = Marks(rawValue: 1 << 2)
        /// من, opening a partitive noun (3 من مقاتلي) or a from-range.
        static let partitive = Marks(rawValue: 1 << 3)
        /// في before المائة (percent).
        static let percentIn = Marks(rawValue: 1 << 4)
        /// The conjunction و standing alone.
        static let and = Marks(rawValue: 1 << 5)
        /// A word of change (ارتفع من 20 إلى 30 is no range).
        static let change = Marks(rawValue: 1 << 6)
        /// على between two numbers (3 على 4: a fraction).
        static let over = Marks(rawValue: 1 << 7)
        /// إلا in a clock time (السادسة إلا ربعا).
        static let except = Marks(rawValue: 1 << 8)
        /// ناقص، سالب before a number: negative.
        static let minus = Marks(rawValue: 1 << 9)
        /// منهم، منها: after واحد, "one of them".
        static let ofThem = Marks(rawValue: 1 << 10)
        /// أن after الأولى: "it is more fitting that".
        static let that = Marks(rawValue: 1 << 11)
        /// The marks by the names the tables use.
        static let byName: [String: Marks] = [
            "word": .function, "change": .change, "point": .point, "partitive": .partitive, "percent": .percentIn,
            "and": .and, "over": .over, "except": .except, "minus": .minus, "of-them": .ofThem, "that": .that,
        ]
        /// Marks of words that are never a counted noun.
        static let notContent: Marks = [.function, .stop, .point, .partitive, .percentIn, .and, .over, .except, .minus, .ofThem, .that]
    }

    var cardinal: Cardinal?
    var ordinal: Ordinal?
    var fraction: Fraction?
    var vague: Vague?
    /// Index into ``NumberLexicon/dualLemmas`` when the form is the dual of a listed noun.
    var dual: Int32 = -1
    var marks: Marks = []

    /// True when the word can open a number expression.
    var opensNumber: Bool {
        !marks.contains(.stop) && (cardinal != nil || ordinal != nil || fraction != nil || vague != nil || dual >= 0)
    }
}

/// The clitics found in front of a word: a conjunction (و ف), a preposition (ب ل ك), the article.
struct Prefix: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let conjunction = Prefix(rawValue: 1 << 0)
    static let preposition = Prefix(rawValue: 1 << 1)
    static let article = Prefix(rawValue: 1 << 2)
}
