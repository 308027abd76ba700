/// The words around a number that qualify it: approximators, bounds, range words, cues for years
/// and clock times, and the function words that are never a counted noun.
///
/// Items are phrases, matched token by token on folded forms. The first word of a phrase may
/// carry clitics (بنحو، وأكثر من); later words are matched as written (ال included).
enum ContextPhrases {
    /// Before a number: `approx` (نحو 40 ألف) or a bound `gt` `gte` `lt` `lte` (أكثر من 20).
    static let before = """
    approx: نحو, حوالي, حوالى, قرابة, زهاء, ما يقارب, يقارب, تقارب, ما يناهز, يناهز, تناهز, ما يقرب من, يقرب من, تقريبا, في حدود, بحدود
    gt: أكثر من, أزيد من, ما يزيد عن, ما يزيد على, يزيد عن, يزيد على, تزيد عن, تزيد على, ما يربو على, ما يربو عن, يربو على, يربو عن, ما يفوق, يفوق, تفوق, فوق, ما فوق, ما يتجاوز, أكثر من
    gte: لا يقل عن, لا يقل على, ما لا يقل عن, ما لا يقل على, لا تقل عن, لا تقل على, ما لا تقل عن, على الأقل
    lt: أقل من, دون, ما دون, ما يقل عن, يقل عن, تقل عن, أدنى من
    lte: لا يتجاوز, لا تتجاوز, ما لا يتجاوز, لا يزيد عن, لا يزيد على, لا تزيد عن, لا تزيد على, ما لا يزيد عن, ما لا يزيد على, حتى, ما يصل إلى, ما يصل الى, لغاية
    """

    /// After a number (and its noun): `approx` (نصفهم تقريبا) or a bound (20 على الأقل).
    static let after = """
    approx: تقريبا, أو نحو ذلك
    gte: على الأقل, كحد أدنى, بحد أدنى, فأكثر, أو أكثر, فما فوق, وما فوق
    lte: كحد أقصى, بحد أقصى, أو أقل, فأقل
    """

    /// Ranges: `between` opens "بين X و Y", `from` opens "من X إلى Y"; `to` joins the second
    /// number of a from-range (the between-range is joined by و).
    static let ranges = """
    between: بين, ما بين
    from: من
    to: إلى, الى, حتى, لغاية
    """

    /// Verbs and nouns of change: "ارتفع من 20 إلى 30" states two numbers, not a range.
    static let change = """
    change: ارتفع, ارتفعت, يرتفع, ترتفع, ارتفاع, انخفض, انخفضت, ينخفض, تنخفض, انخفاض, زاد, زادت, يزيد, تزيد, زيادة, تراجع, تراجعت, يتراجع, قفز, قفزت, هبط, هبطت, هبوط, صعد, صعدت, نزل, نزلت, رفع, رفعت, خفض, خفضت, تخفيض, تحول, تغير, تضاعف, ارتفاعه, زيادته
    """

    /// Cues that make the next number a `year` (عام 2014), a clock `time` (الساعة السادسة) or an
    /// `identifier`, which is not a quantity (القرار رقم 5). After a `year-context` word, four
    /// digits are a year even when a word follows (في 2014 دخلت), and the word stays outside.
    /// An `age` follows a definite number (في العشرين من عمرها).
    static let cues = """
    year: عام, سنة, العام, السنة
    year-context: في, منذ, حتى, قبل, بعد, خلال, مطلع, نهاية, أواخر, أوائل, بداية, منتصف, ربيع, صيف, شتاء, خريف, عامي
    time: الساعة, تمام الساعة
    identifier: رقم, الرقم, رقمه, رقمها, المادة, البند, الفقرة, الكيلو
    age: من العمر, من عمره, من عمرها, من عمرهم
    """

    /// Phrases a number word is part of without counting anything: أول أمس "the day before
    /// yesterday", نصف نقل "a pickup truck", نصف النهائي "the semi-final", اليوم السابع (a newspaper).
    static let idioms = """
    idiom: أول أمس, أول من أمس, الأول من أمس, أمس الأول, أولا بأول, من جهة ثانية, من ناحية ثانية, في المقام الأول, نصف نقل, ربع نقل, نصف النهائي, ربع النهائي, نصف نهائي, ربع نهائي, اليوم السابع, صفا واحدا, صف واحد, المحامي العام الأول
    """

    /// Words written after a number that decide its reading: `point` (واحد فاصلة خمسة),
    /// `partitive` (3 من مقاتلي), `percent` (في المائة, after which المائة follows), `and` (و alone),
    /// `over` (3 على 4), `except` (السادسة إلا ربعا), `minus` (ناقص 2.1),
    /// `of-them` (واحدا منهم "one of them"), `that` (الأولى أن، الأولى به "it is more fitting").
    static let markers = """
    point: فاصلة, فاصل, فاصله
    partitive: من
    percent: في
    and: و
    over: على
    except: إلا
    minus: ناقص, سالب
    of-them: منهم, منها, منهن, منكم, منا, منهما
    that: أن, بأن, به, بها, بهم, بهما, بنا, بك, بكم
    """

    /// Words that are never the counted noun after a number.
    static let function = """
    word: في, من, إلى, الى, على, عن, مع, أو, ثم, أن, إن, أنه, إنه, أنها, إنها, أنهم, إنهم, قد, لا, لم, لن, ما, هذا, هذه, ذلك, تلك, هؤلاء, التي, الذي, الذين, اللذين, اللتين, اللذان, كان, كانت, كانوا, يكون, تكون, هو, هي, هم, هما, بعد, قبل, خلال, منذ, حتى, بين, عند, لدى, حيث, كما, لما, بما, مما, عما, فيما, بينما, أي, كل, بعض, غير, فقط, أيضا, ضد, حول, نحو, عبر, دون, تحت, فوق, لكن, لكنه, لكنها, لكنهم, بل, إذا, إذ, لو, كي, لأن, وفق, وفقا, حسب, بحسب, مقابل, أمام, وراء, خلف, ليس, ليست, هناك, هنا, الآن, أمس, غدا, سوى, إلا, جميع, كافة, نفس, ذات, مثل, منها, منهم, منهن, فيها, فيه, عليها, عليه, له, لها, لهم, وهو, وهي, تم, يتم, قال, قالت, وقال, وقالت, حوالي, لكل, كل, أمس, اليوم, يذكر, أخرى, آخر, آخرين, آخرون, الأخيرة, الأخير, الماضي, الماضية, المقبل, المقبلة, القادم, القادمة, السابق, السابقة, الحالي, الحالية, الجاري, الجارية, التالي, التالية, المنتهي, المنتهية
    """
}
