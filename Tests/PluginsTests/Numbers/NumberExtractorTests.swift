import Plugins
import Testing

/// Number cores in running text: digits, words, ordinals, fractions, duals, vague quantities, and
/// the look-alikes that must stay out.
struct NumberExtractorTests {
    typealias E = NumberExpectation

    @Test func digitsInAllScriptsAndStyles() {
        expectNumbers("أصيب ٣ جنود و۴ مدنيين", [
            E(text: "٣ جنود", core: "٣", kind: .cardinal, value: 3, noun: "جنود"),
            // The conjunction split off the digits stays in the expression (proclitics stay inside).
            E(text: "و۴ مدنيين", core: "۴", kind: .cardinal, value: 4, noun: "مدنيين"),
        ])
        expectNumbers("بلغ الإنتاج ١٬٠٠٠ طن والنمو ٣٫٥ بالمئة", [
            E(text: "١٬٠٠٠ طن", core: "١٬٠٠٠", kind: .cardinal, value: 1000, unit: "t"),
            E(text: "٣٫٥ بالمئة", core: "٣٫٥", kind: .percent, value: 3.5, unit: "percent"),
        ])
        expectNumbers("سجل المؤشر 4,8 نقطة", [E(text: "4,8 نقطة", core: "4,8", kind: .cardinal, value: 4.8)])
    }

    @Test func cliticsGluedToDigits() {
        expectNumbers("احتفظت واشنطن ب200 جندي", [E(text: "ب200 جندي", core: "200", kind: .cardinal, value: 200, noun: "جندي")])
        expectNumbers("المساحة 4 كلم2 فقط", [E(text: "4 كلم2", core: "4", kind: .cardinal, value: 4, unit: "km2")])
    }

    @Test func spelledCardinals() {
        expectNumbers("قتل ثلاثة مدنيين وأصيب خمسة وعشرون آخرون", [
            E(text: "ثلاثة مدنيين", core: "ثلاثة", kind: .cardinal, value: 3, noun: "مدنيين"),
            E(text: "خمسة وعشرون", core: "خمسة وعشرون", kind: .cardinal, value: 25),
        ])
        expectNumbers("استخدم المهاجمون ثلاث دراجات", [E(text: "ثلاث دراجات", core: "ثلاث", kind: .cardinal, value: 3)])
        expectNumbers("وصل إحدى عشرة سيدة و اثنا عشر رجلا", [
            E(text: "إحدى عشرة سيدة", core: "إحدى عشرة", kind: .cardinal, value: 11, noun: "سيدة"),
            E(text: "اثنا عشر رجلا", core: "اثنا عشر", kind: .cardinal, value: 12, noun: "رجلا"),
        ])
        expectNumbers("تضم خمسة و عشرين عضوا", [E(text: "خمسة و عشرين عضوا", core: "خمسة و عشرين", kind: .cardinal, value: 25)])
    }

    @Test func hundredsAndScales() {
        expectNumbers("شارك ثلاثمائة وخمسون متطوعا", [E(text: "ثلاثمائة وخمسون متطوعا", core: "ثلاثمائة وخمسون", kind: .cardinal, value: 350)])
        expectNumbers("نزح ثلاث مائة شخص", [E(text: "ثلاث مائة شخص", core: "ثلاث مائة", kind: .cardinal, value: 300)])
        expectNumbers("خصصت الحكومة 3 مليارات دولار", [E(text: "3 مليارات دولار", core: "3 مليارات", kind: .money, value: 3e9, unit: "USD")])
        expectNumbers("بلغ العجز 4.5 مليار ريال", [E(text: "4.5 مليار ريال", core: "4.5 مليار", kind: .money, value: 4.5e9, unit: "SAR")])
        expectNumbers("يقيم في المخيم ألفا شخص", [E(text: "ألفا شخص", core: "ألفا", kind: .cardinal, value: 2000)])
        expectNumbers("وصل عددهم إلى 20 ألفاً", [E(text: "20 ألفاً", core: "20 ألفاً", kind: .cardinal, value: 20000)])
        expectNumbers("يعيش في المدينة مليونان و300 ألف نسمة", [
            E(text: "مليونان و300 ألف نسمة", core: "مليونان و300 ألف", kind: .cardinal, value: 2_300_000),
        ])
        expectNumbers("تكلف المشروع نصف مليون جنيه", [E(text: "نصف مليون جنيه", core: "نصف مليون", kind: .money, value: 500_000, unit: "EGP")])
        expectNumbers("خصص مائتا مليون درهم إماراتي", [
            E(text: "مائتا مليون درهم إماراتي", core: "مائتا مليون", kind: .money, value: 2e8, unit: "AED"),
        ])
    }

    @Test func weakFormsNeedTheirContext() {
        expectNumbers("قتل أكثر من مئة", [E(text: "أكثر من مئة", core: "مئة", kind: .cardinal, value: 100, mod: .gt)])
        expectNumbers("حصل على مية جنيه", [E(text: "مية جنيه", core: "مية", kind: .money, value: 100, unit: "EGP")])
        expectNumbers("متين", [E(text: "متين", core: "متين", kind: .cardinal, value: 200)])
        expectNumbers("اقتصاد متين وشرب مية", [])
    }

    @Test func egyptianSpellings() {
        expectNumbers("دفع تلتمية وخمسين جنيه", [E(text: "تلتمية وخمسين جنيه", core: "تلتمية وخمسين", kind: .money, value: 350, unit: "EGP")])
        expectNumbers("اتناشر", [E(text: "اتناشر", core: "اتناشر", kind: .cardinal, value: 12)])
    }

    @Test func ordinals() {
        expectNumbers("للمرة الأولى منذ الحادي عشر من سبتمبر", [
            E(text: "الأولى", core: "الأولى", kind: .ordinal, value: 1),
            E(text: "الحادي عشر من سبتمبر", core: "الحادي عشر", kind: .date, value: 11, date: "--09-11"),
        ])
        expectNumbers("احتل المركز الثالثة والعشرين", [E(text: "الثالثة والعشرين", core: "الثالثة والعشرين", kind: .ordinal, value: 23)])
        expectNumbers("جرت جولة ثانية", [E(text: "ثانية", core: "ثانية", kind: .ordinal, value: 2)])
    }

    @Test func fractions() {
        expectNumbers("سيطر التنظيم على ثلث مساحة البلاد", [E(text: "ثلث مساحة", core: "ثلث", kind: .fraction, value: 1.0 / 3, noun: "مساحة")])
        expectNumbers("خرج 60 ألفا نصفهم تقريبا من النساء", [
            E(text: "60 ألفا", core: "60 ألفا", kind: .cardinal, value: 60000),
            E(text: "نصفهم تقريبا", core: "نصفهم", kind: .fraction, value: 0.5, mod: .approx),
        ])
        expectNumbers("أنجز ثلاثة أرباع المشروع", [
            E(text: "ثلاثة أرباع المشروع", core: "ثلاثة أرباع", kind: .fraction, value: 0.75, noun: "المشروع"),
        ])
        expectNumbers("يشكلون خمس السكان", [E(text: "خمس السكان", core: "خمس", kind: .fraction, value: 0.2)])
        expectNumbers("استمر خمس سنوات", [E(text: "خمس سنوات", core: "خمس", kind: .cardinal, value: 5, unit: "year")])
    }

    @Test func dualsAsTheOnlyNumberWord() {
        expectNumbers("تقدمت القوات على جبهتين وسيطرت على قريتين", [
            E(text: "جبهتين", core: "جبهتين", kind: .dual, value: 2, noun: "جبهة"),
            E(text: "قريتين", core: "قريتين", kind: .dual, value: 2, noun: "قرية"),
        ])
        expectNumbers("خلال الشهرين الأخيرين", [E(text: "الشهرين", core: "الشهرين", kind: .dual, value: 2, unit: "month", noun: "شهر")])
        expectNumbers("الحكومة وحليفتيها", [E(text: "وحليفتيها", core: "وحليفتيها", kind: .dual, value: 2, noun: "حليفة")])
        // Sound plurals, nisba plurals and the weekday look dual and are not.
        expectNumbers("أجلي المدنيين والمقاتلين يوم الاثنين", [])
    }

    @Test func vagueQuantities() {
        expectNumbers("خرج عدة مئات من الأشخاص وعشرات الآلاف من اللاجئين", [
            E(text: "عدة مئات", core: "مئات", kind: .vague, value: nil),
            E(text: "وعشرات الآلاف", core: "وعشرات الآلاف", kind: .vague, value: nil),
        ])
        expectNumbers("نفذت بضعة غارات", [E(text: "بضعة غارات", core: "بضعة", kind: .vague, value: nil)])
    }

    @Test func definiteNumbersAfterTheirNoun() {
        expectNumbers("غادروا في الشهور الثلاثة الماضية", [E(text: "الشهور الثلاثة", core: "الثلاثة", kind: .cardinal, value: 3, noun: "الشهور")])
        expectNumbers("خلال الأيام العشرة الأخيرة", [E(text: "الأيام العشرة", core: "العشرة", kind: .cardinal, value: 10, noun: "الأيام")])
    }

    @Test func lookAlikesThatAreNoNumbers() {
        let sentences = [
            "أعلنت قسد السبت سيطرتها على آخر جيب للتنظيم",  // آخر
            "وهي المعركة الأخيرة",  // الأخيرة
            "قال أحد مسؤولي العلاقات الخارجية",  // أحد "one of"
            "ولا أحد يعرف عدد المقاتلين",  // أحد "anyone"
            "أظهرت لقطات أخذت الاثنين والثلاثاء",  // weekdays
            "التحالف الدولي شرق الفرات",  // the letters الف
            "تم نقل كمية كبيرة من الأدوية",  // كمية folds like ك + مئة
            "عثر عليه ميتاً في منزله",  // ميتاً folds like مئتا
            "وأحد الخبراء المعروفين",  // وأحد folds like واحد
            "وقال بعده إن الوضع هادئ",  // بعده folds like بعدة
            "اقتحم الطلاب الصف في ثانية",  // a second
            "صرح وكيل أول الوزارة",  // a rank
        ]
        for s in sentences { expectNumbers(s, []) }
    }

    @Test func worksWithoutNormalization() {
        let sentence = "نحو ٤٠ ألف شخص غادروا خلال الأشهُر الثلاثة، وأكثر من ثلاثـــة آلاف مدني"
        let normalized = NumbersHarness.numbers(sentence)
        let raw = NumbersHarness.numbers(sentence, normalized: false)
        #expect(normalized.count == 3)
        #expect(raw.map(\.span) == normalized.map(\.span))
        #expect(raw.map(\.core) == normalized.map(\.core))
        #expect(raw.map(\.value) == normalized.map(\.value))
    }
}
