import Toolkit

/// `numbers`: every stated quantity of an Arabic news text — counts, ordinals, fractions,
/// percentages, ranges and bounds, years, dates, clock times, money, measures, duals and vague
/// quantities — as `Number` records (OUTPUT.md) with spans into the original text.
///
/// ## Reading
/// Runs on the `tokens` layer and reads each token's normalized units through its own fold
/// (``NumberFolding``), so it gives the same results with or without `normalize` in the chain.
/// The linguistic knowledge is in data tables, one concept per file: ``NumberWords`` (cardinals
/// with their spellings, ordinals, fractions, vague words), ``ContextPhrases`` (approximators,
/// bounds, range words, cues), ``UnitWords`` (units, currencies, months, parts of the day) and
/// ``DualNouns`` (nouns whose dual counts two). ``NumberLexicon`` compiles them once per run.
///
/// - Digits: ASCII, Arabic-Indic, Persian; decimals (`1.5`, `٣٫٥`, `4,8`), thousands (`1,000`,
///   `١٬٠٠٠`), clitics glued to digits (`ب200`), signs (`-1.2`).
/// - Words: صفر … تريليون in both genders, teens, tens, hundreds fused or apart, duals and plurals
///   of scales, construct and tanween forms (ألفا، ألفاً، مئتا), Egyptian forms (تلاتة، اتناشر، متين),
///   mixed digits and words (`40 ألف`, `4.5 مليار`).
/// - Around the number: approximators (نحو، حوالي، قرابة، تقريبا after it), bounds (أكثر من، لا يقل
///   عن، أقل من، حتى …) giving `min`/`max`/`mod`, ranges (بين X و Y، من X إلى Y، X-Y), percent,
///   currencies and units, and the counted noun.
///
/// ## Known failures and limits
/// Duckling's Arabic numeral and ordinal cases (`Tests/PluginsTests/Numbers/DucklingTests.swift`,
/// whole-string semantics) pass but for one case in each tier:
/// - `١١/١٠` (1.1 in Duckling, `hard` and `dialect-eg`) reads as the date 11 October: in news a
///   day/month pair is far more common than a fraction written with a slash. Pairs that cannot be
///   a date (`٧٧/١٠٠`, `-١٢/١٠`) are fractions.
///
/// In running text, found by reading extractions over the news corpus:
/// - Duals come from a closed list (``DualNouns``): the dual of an unlisted noun is missed, and
///   nouns whose -ين form is mostly a plural (المصدرين exporters) are left out on purpose.
/// - Identifiers are skipped only after a cue (رقم، المادة، البند) or in a case-number shape
///   (353/2); model and channel numbers (Q5، مصر 25، إف 16) still come out as cardinals.
/// - Four digits from 1900 to 2100 are a year unless a bound or a unit says otherwise or a round
///   number is followed by its noun (2000 شخص); an unround count (2013 شخصا) needs the noun's
///   tanween to be read as a count.
/// - Ordinals in titles are dropped only for the listed ones (وكيل أول، المحامي العام الأول، ملازم
///   ثان); others (الفريق أول) may come out as ordinals.
/// - `1.500` before a counted noun reads as 1500 (thousands grouped with a point), elsewhere as 1.5.
/// - Without `normalize`, a tatweel after digits is a token of its own and stays outside the span
///   (`13ـ`); with it, the normalizer attaches it to the digits.
public struct NumbersPlugin: Plugin {
    public static let name = "numbers"
    public static let summary = "Numbers: counts, ordinals, fractions, percents, ranges and bounds, years, dates, times, money, duals"
    public static let requires = ["tokens"]
    public static let produces = "numbers"

    public static func prepare(_ options: PluginOptions) throws -> Lexicon { Lexicon() }

    /// The compiled tables, shared by all workers. A class, so that the per-document scan holds
    /// one reference to them rather than a copy of every table.
    public final class Lexicon: Sendable {
        let tables = NumberLexicon()
    }

    private var extractor: NumberExtractor

    public init(shared: Lexicon, options: PluginOptions) {
        extractor = NumberExtractor(lexicon: shared)
    }

    public mutating func process(_ document: inout Document) throws {
        let tokens = document.tokens ?? []
        let text = document.normalizedOrIdentity()
        document.setLayer(Self.produces, extractor.extract(tokens: tokens, text: text))
    }
}
