/// The number words: cardinals, ordinals, fractions and vague quantities, with their spellings.
///
/// Forms are written as in running text; they are folded (``NumberFolding``) when the lexicon is
/// built, so hamza, ة/ه, ى/ي and diacritic variants need not be listed — only spellings that differ
/// after folding (مائة / مئة, ثمانية / ثماني / ثمان, Egyptian تلاتة). Clitics (و ف ب ل ك ال) are
/// stripped at lookup and are never listed.
enum NumberWords {
    /// Cardinal words: `value class: forms`.
    ///
    /// Classes: `unit` 0–10; `teen` first words that only exist before عشر/عشرة (أحد عشر، اثنا عشر);
    /// `fused` one-word teens (Egyptian حداشر); `ten` 20–90; `hundred` 100–900; `scale` with
    /// `one`, `two` (dual: the word alone counts two) or `many` (plural: needs a count, or is vague).
    /// `weak` forms are common words too (متين "solid", مية "water"): alone, they count only at the
    /// start, after a bound, or before their noun.
    static let cardinals = """
    0 unit: صفر
    1 unit: واحد, واحدة, واحدا
    2 unit: اثنان, اثنين, اثنتان, اثنتين, ثنتان, ثنتين, اتنين, إتنين
    3 unit: ثلاثة, ثلاث, تلاتة, تلات
    4 unit: أربعة, أربع
    5 unit: خمسة, خمس
    6 unit: ستة, ست
    7 unit: سبعة, سبع
    8 unit: ثمانية, ثماني, ثمان, تمانية, تمنية, تمان
    9 unit: تسعة, تسع
    10 unit: عشرة, عشر
    1 teen: أحد, إحدى, حدى
    2 teen: اثنا, اثني, اثنتا, اثنتي, اثنى, اتنا, اتني
    11 fused: حداشر, احداشر, حداشير
    12 fused: اتناشر, اطناشر, اتناشير
    13 fused: تلتاشر, تلاتاشر, تلطاشر
    14 fused: اربعتاشر, اربعطاشر, أربعتاشر
    15 fused: خمستاشر, خمسطاشر
    16 fused: ستاشر, سطاشر
    17 fused: سبعتاشر, سبعطاشر
    18 fused: تمنتاشر, تمانتاشر, تمنطاشر
    19 fused: تسعتاشر, تسعطاشر
    20 ten: عشرون, عشرين
    30 ten: ثلاثون, ثلاثين, تلاتين
    40 ten: أربعون, أربعين
    50 ten: خمسون, خمسين
    60 ten: ستون, ستين
    70 ten: سبعون, سبعين
    80 ten: ثمانون, ثمانين, تمانين
    90 ten: تسعون, تسعين
    100 hundred: مائة, مئة, ماية, مئه
    100 hundred weak: مية
    200 hundred: مائتان, مائتين, مئتان, مئتين, مائتا, مائتي, ميتين
    200 hundred weak: متين
    # مئتا and مئتي are left out: they fold like ميتاً "dead", which news writes far more often.
    300 hundred: ثلاثمائة, ثلاثمئة, ثلثمائة, ثلاثماية, تلتمية, تلاتمية, تلتماية
    400 hundred: أربعمائة, أربعمئة, أربعماية, ربعمية, أربعمية
    500 hundred: خمسمائة, خمسمئة, خمسماية, خمسمية
    600 hundred: ستمائة, ستمئة, ستماية, ستمية
    700 hundred: سبعمائة, سبعمئة, سبعماية, سبعمية
    800 hundred: ثمانمائة, ثمانمئة, ثمانيمائة, ثمانيمئة, ثمنمائة, ثمانماية, تمنمية, تمانمية
    900 hundred: تسعمائة, تسعمئة, تسعماية, تسعمية
    1000 scale one: ألف
    1000 scale tanween: ألفا
    1000 scale two: ألفان, ألفين, ألفي
    1000 scale many: آلاف, ألوف
    1000000 scale one: مليون
    1000000 scale tanween: مليونا
    1000000 scale two: مليونان, مليونين, مليوني
    1000000 scale many: ملايين
    1000000000 scale one: مليار, بليون
    1000000000 scale tanween: مليارا, بليونا
    1000000000 scale two: ملياران, مليارين, ملياري, بليونان, بليونين
    1000000000 scale many: مليارات, بلايين, بليونات
    1000000000000 scale one: تريليون, ترليون
    1000000000000 scale tanween: تريليونا, ترليونا
    1000000000000 scale two: تريليونان, تريليونين, ترليونين
    1000000000000 scale many: تريليونات, ترليونات
    """

    /// Ordinal words (with or without ال): `value [flags]: forms`.
    ///
    /// `compound`: only inside 11th–99th (الحادي عشر، الحادي والعشرين). `definite`: only with ال
    /// (رابعة alone is the Cairo square). `second`: ثانية alone is also "a second" — read as an
    /// ordinal only after a feminine noun (مرة ثانية).
    static let ordinals = """
    1: أول, أولى
    1 compound: حادي, حادية
    2: ثاني, ثان
    2 second: ثانية
    3: ثالث, ثالثة
    4: رابع
    4 definite: رابعة
    5: خامس, خامسة
    6: سادس, سادسة
    7: سابع, سابعة
    8: ثامن, ثامنة
    9: تاسع, تاسعة
    10: عاشر, عاشرة
    """

    /// Fractions: `value [flags]: forms`.
    ///
    /// `ambiguous`: also a cardinal (خمس five / a fifth): a fraction only before a definite noun
    /// or with a pronoun suffix. `denominator`: plural, counted (ثلاثة أرباع = 3 × ¼).
    /// `suffixes`: the forms also take a pronoun suffix (نصفهم، ثلثيها).
    static let fractions = """
    0.5 suffixes: نصف
    0.3333333333333333 suffixes: ثلث
    0.25 suffixes: ربع
    0.16666666666666666 suffixes: سدس
    0.6666666666666666 suffixes: ثلثا, ثلثي
    0.6666666666666666: ثلثين, ثلثان
    0.2 ambiguous: خمس
    0.14285714285714285 ambiguous: سبع
    0.1111111111111111 ambiguous: تسع
    0.1 ambiguous: عشر
    0.25 denominator: أرباع
    0.3333333333333333 denominator: أثلاث
    0.2 denominator: أخماس
    0.1 denominator: أعشار
    """

    /// Pronoun suffixes a fraction or a dual in construct can carry.
    static let pronounSuffixes = """
    suffixes: ه, ها, هم, هما, هن, كم, نا
    """

    /// Vague quantities: `quantity` words stand for an unknown count (مئات hundreds);
    /// `modifier` words make a following quantity vaguer and may stand alone (عدة مئات، بضعة أيام).
    static let vague = """
    quantity: مئات, عشرات, آلاف, ألوف, ملايين, مليارات, بلايين
    modifier: عدة, بضعة, بضع
    """

    /// Forms that look like number words but never are: weekday names (الاثنين Monday; الأحد
    /// Sunday needs no entry, since أحد only counts before عشر) and verbs (لست "I am not").
    static let stops = """
    weekday: الاثنين, الاتنين
    # لست "I am not"; كمية, كميات "quantity" (ك + مئة); الألفي, a family name; الأمرين "great hardship"
    other: لست, كمية, كميات, الألفي, الأمرين
    """
}
