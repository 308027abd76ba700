/// What a number counts or measures: units, time periods, currencies, months and parts of the day.
enum UnitWords {
    /// Units of measure after a number: `code: forms`. The counted noun is the unit itself, so a
    /// measured number has no `noun`. A unit followed by a glued 2 or 3 (كلم2، م3) is squared or cubed.
    static let measures = """
    km: كم, كلم, كيلومتر, كيلومترا, كيلومترات, كيلو متر, كيلو مترا, كيلو مترات, كيلومترًا
    km2: كم مربع, كلم مربع, كيلومتر مربع, كيلومترا مربعا, كيلومترات مربعة, كيلو متر مربع
    m: متر, مترا, أمتار, م
    m2: متر مربع, مترا مربعا, أمتار مربعة, م مربع
    m3: متر مكعب, مترا مكعبا, أمتار مكعبة, م مكعب
    cm: سم, سنتيمتر, سنتيمترا, سنتيمترات, سنتمتر, سنتمترا, سنتمترات
    mm: ملم, مم, مليمتر, مليمترا, مليمترات, ملليمتر
    kg: كغ, كجم, كلغ, كيلوغرام, كيلوغراما, كيلوغرامات, كيلوجرام, كيلوجراما, كيلوجرامات, كيلو
    g: غرام, غراما, غرامات, جرام, جراما, جرامات
    t: طن, طنا, أطنان
    barrel: برميل, برميلا, براميل
    l: لتر, لترا, لترات
    mile: ميل, ميلا, أميال
    ha: هكتار, هكتارا, هكتارات
    feddan: فدان, فدانا, أفدنة
    dunam: دونم, دونما, دونمات
    MW: ميغاواط, ميجاوات, ميغاوات, ميجاواط, ميغاوط
    kW: كيلوواط, كيلووات
    celsius: درجة مئوية, درجات مئوية
    degree: درجة, درجات
    km/h: كم في الساعة, كيلومتر في الساعة
    """

    /// Periods of time: `code: forms`. Unlike measures, the period word stays the counted noun.
    static let periods = """
    second: ثانية, ثوان, ثواني
    minute: دقيقة, دقائق
    hour: ساعة, ساعات
    day: يوم, يوما, أيام
    week: أسبوع, أسبوعا, أسابيع
    month: شهر, شهرا, أشهر, شهور
    year: عام, عاما, أعوام, سنة, سنوات, سنين
    decade: عقد, عقود
    century: قرن, قرنا, قرون
    """

    /// Currencies: `code: forms`, where the code is an ISO 4217 code or, for names several
    /// countries share (دينار، ليرة، درهم), a name whose code the nationality word decides.
    static let currencies = """
    USD: دولار, دولارا, دولارات, دولارًا
    EUR: يورو
    EGP: جنيه, جنيها, جنيهات
    SAR: ريال, ريالا, ريالات
    dirham: درهم, درهما, دراهم
    dinar: دينار, دينارا, دنانير
    lira: ليرة, ليرات
    JPY: ين
    CNY: يوان
    RUB: روبل
    INR: روبية, روبيات
    CHF: فرنك سويسري
    cent: سنت, سنتا, سنتات
    """

    /// `currency code: nationality words` — the adjective after a currency that fixes its code.
    static let nationalities = """
    USD USD: أمريكي, أميركي
    USD CAD: كندي
    USD AUD: أسترالي
    EGP EGP: مصري
    EGP GBP: إسترليني, استرليني, إسترلينيا, إسترلينية
    EGP SDG: سوداني
    SAR SAR: سعودي
    SAR QAR: قطري
    SAR OMR: عماني
    SAR YER: يمني
    SAR IRR: إيراني
    dirham AED: إماراتي
    dirham MAD: مغربي
    dinar KWD: كويتي
    dinar JOD: أردني
    dinar IQD: عراقي
    dinar BHD: بحريني
    dinar LYD: ليبي
    dinar TND: تونسي
    dinar DZD: جزائري
    lira SYP: سوري, سورية
    lira LBP: لبناني, لبنانية
    lira TRY: تركي, تركية
    """

    /// Currency symbols, before or after the amount.
    static let symbols = """
    USD: $
    EUR: €
    GBP: £
    """

    /// Month names: `calendar number: names`. The Levantine (كانون الثاني), Egyptian and Gulf
    /// (يناير) and Maghrebi (جانفي) Gregorian names, and the Hijri months.
    static let months = """
    gregorian 1: يناير, كانون الثاني, جانفي
    gregorian 2: فبراير, شباط, فيفري
    gregorian 3: مارس, آذار
    gregorian 4: أبريل, إبريل, نيسان, أفريل
    gregorian 5: مايو, أيار, ماي
    gregorian 6: يونيو, يونيه, حزيران, جوان
    gregorian 7: يوليو, يوليه, تموز, جويلية
    gregorian 8: أغسطس, آب, أوت
    gregorian 9: سبتمبر, أيلول
    gregorian 10: أكتوبر, تشرين الأول
    gregorian 11: نوفمبر, تشرين الثاني
    gregorian 12: ديسمبر, كانون الأول
    hijri 1: محرم
    hijri 2: صفر
    hijri 3: ربيع الأول
    hijri 4: ربيع الثاني, ربيع الآخر
    hijri 5: جمادى الأولى
    hijri 6: جمادى الآخرة, جمادى الثانية
    hijri 7: رجب
    hijri 8: شعبان
    hijri 9: رمضان
    hijri 10: شوال
    hijri 11: ذو القعدة, ذي القعدة
    hijri 12: ذو الحجة, ذي الحجة
    """

    /// Era marks after a year: 2015م, 1436هـ.
    static let eras = """
    gregorian: م, ميلادي, ميلادية
    hijri: هـ, هجري, هجرية
    """

    /// Parts of the day after a clock time, and how they shift the hour to 24-hour time.
    static let dayParts = """
    am: صباحا, صباح, فجرا, فجر, الفجر, صباح اليوم
    noon: ظهرا, ظهر, الظهر, ظهيرة, بعد الظهر, بعد الظهيرة
    pm: مساء, مساءا, عصرا, عصر, العصر, مساء اليوم
    night: ليلا, ليل, الليل, ليلة
    """
}
