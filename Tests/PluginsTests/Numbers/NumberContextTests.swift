import Plugins
import Testing

/// The words around a number: approximators, bounds, ranges, percent, money, units, nouns.
struct NumberContextTests {
    typealias E = NumberExpectation

    @Test func approximators() {
        expectNumbers("غادر نحو 40 ألف شخص المنطقة", [
            E(text: "نحو 40 ألف شخص", core: "40 ألف", kind: .cardinal, value: 40000, mod: .approx, noun: "شخص"),
        ])
        expectNumbers("يقدر عددهم بنحو 300 شخص", [E(text: "بنحو 300 شخص", core: "300", kind: .cardinal, value: 300, mod: .approx)])
        for approx in ["حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "ما يناهز"] {
            expectNumbers("قتل \(approx) 400 عنصر", [
                E(text: "\(approx) 400 عنصر", core: "400", kind: .cardinal, value: 400, mod: .approx, noun: "عنصر"),
            ])
        }
        expectNumbers("بلغ العدد 500 شخص تقريباً", [E(text: "500 شخص تقريباً", core: "500", kind: .cardinal, value: 500, mod: .approx)])
        // نحو before a noun is "towards", no approximator.
        expectNumbers("توجهوا نحو البادية", [])
    }

    @Test func bounds() {
        expectNumbers("تم إجلاء أكثر من 20 ألف مدني", [
            E(text: "أكثر من 20 ألف مدني", core: "20 ألف", kind: .cardinal, value: 20000, mod: .gt, min: 20000, noun: "مدني"),
        ])
        expectNumbers("تعادل أقل من واحد في المائة من المساحة", [
            E(text: "أقل من واحد في المائة", core: "واحد", kind: .percent, value: 1, mod: .lt, max: 1, unit: "percent"),
        ])
        expectNumbers("لا يقل عن 50 قتيلا", [E(text: "لا يقل عن 50 قتيلا", core: "50", kind: .cardinal, value: 50, mod: .gte, min: 50)])
        expectNumbers("يعتقل ما يزيد عن 12 ألف شخص", [E(text: "ما يزيد عن 12 ألف شخص", core: "12 ألف", kind: .cardinal, value: 12000, mod: .gt)])
        expectNumbers("لا يتجاوز 3 سنوات", [E(text: "لا يتجاوز 3 سنوات", core: "3", kind: .cardinal, value: 3, mod: .lte, max: 3)])
        expectNumbers("تضم ما يصل إلى 100 مقاتل", [E(text: "ما يصل إلى 100 مقاتل", core: "100", kind: .cardinal, value: 100, mod: .lte)])
        expectNumbers("قتل 20 على الأقل", [E(text: "20 على الأقل", core: "20", kind: .cardinal, value: 20, mod: .gte, min: 20)])
        // "to reach" after a change is a result, not a bound.
        expectNumbers("ارتفع السهم لتصل إلى 33 دولارا", [E(text: "33 دولارا", core: "33", kind: .money, value: 33, unit: "USD")])
    }

    @Test func ranges() {
        expectNumbers("لا يزال هناك ما بين 500 و600 إرهابي", [
            E(text: "ما بين 500 و600 إرهابي", core: "500 و600", kind: .range, value: nil, mod: .range, min: 500, max: 600, noun: "إرهابي"),
        ])
        expectNumbers("تتراوح أعمارهم من 18 إلى 44 عاما", [
            E(text: "من 18 إلى 44 عاما", core: "18 إلى 44", kind: .range, value: nil, min: 18, max: 44, unit: "year"),
        ])
        expectNumbers("بلغت الخسائر بين 20 و30 ألف دولار", [
            E(text: "بين 20 و30 ألف دولار", core: "20 و30 ألف", kind: .range, value: nil, min: 20000, max: 30000, unit: "USD"),
        ])
        expectNumbers("يستغرق 10-15 يوما", [E(text: "10-15 يوما", core: "10-15", kind: .range, value: nil, min: 10, max: 15)])
        expectNumbers("بين عشرة وعشرين جنديا", [E(text: "بين عشرة وعشرين جنديا", core: "عشرة وعشرين", kind: .range, value: nil, min: 10, max: 20)])
        // A score and a change are two numbers.
        expectNumbers("فاز الفريق 3-1", [
            E(text: "3", core: "3", kind: .cardinal, value: 3),
            E(text: "1", core: "1", kind: .cardinal, value: 1),
        ])
        expectNumbers("ارتفع عدد القتلى من 20 إلى 30", [
            E(text: "20", core: "20", kind: .cardinal, value: 20),
            E(text: "30", core: "30", kind: .cardinal, value: 30),
        ])
    }

    @Test func percentMoneyAndUnits() {
        expectNumbers("نمو بنسبة 6% و7 ٪ و8 في المئة و9 بالمائة", [
            E(text: "6%", core: "6", kind: .percent, value: 6, unit: "percent"),
            E(text: "و7 ٪", core: "7", kind: .percent, value: 7, unit: "percent"),
            E(text: "و8 في المئة", core: "8", kind: .percent, value: 8, unit: "percent"),
            E(text: "و9 بالمائة", core: "9", kind: .percent, value: 9, unit: "percent"),
        ])
        expectNumbers("سجل التضخم ناقص 2.1 في المائة", [E(text: "ناقص 2.1 في المائة", core: "2.1", kind: .percent, value: -2.1)])
        expectNumbers("دفع 15 دولارا و$20 و500 ليرة سورية و300 دينار كويتي", [
            E(text: "15 دولارا", core: "15", kind: .money, value: 15, unit: "USD"),
            E(text: "$20", core: "20", kind: .money, value: 20, unit: "USD"),
            E(text: "و500 ليرة سورية", core: "500", kind: .money, value: 500, unit: "SYP"),
            E(text: "و300 دينار كويتي", core: "300", kind: .money, value: 300, unit: "KWD"),
        ])
        expectNumbers("أنتج 715 ألف برميل وقطع 250 ميلا و12 كيلوغراما", [
            E(text: "715 ألف برميل", core: "715 ألف", kind: .cardinal, value: 715_000, unit: "barrel"),
            E(text: "250 ميلا", core: "250", kind: .cardinal, value: 250, unit: "mile"),
            E(text: "و12 كيلوغراما", core: "12", kind: .cardinal, value: 12, unit: "kg"),
        ])
        expectNumbers("مساحتها ٣٠٠م٢", [E(text: "٣٠٠م٢", core: "٣٠٠", kind: .cardinal, value: 300, unit: "m2")])
        expectNumbers("استمر ساعة ونصف", [E(text: "ساعة ونصف", core: "ساعة ونصف", kind: .cardinal, value: 1.5, unit: "hour")])
        expectNumbers("ينجز خلال سنتين ونصف", [E(text: "سنتين ونصف", core: "سنتين ونصف", kind: .cardinal, value: 2.5, unit: "year")])
    }

    @Test func countedNouns() {
        // 3–10 take a plural, 11–99 an accusative singular, hundreds and thousands a genitive.
        expectNumbers("أسرت 157 مقاتلا و7 عناصر و300 شخص", [
            E(text: "157 مقاتلا", core: "157", kind: .cardinal, value: 157, noun: "مقاتلا"),
            E(text: "و7 عناصر", core: "7", kind: .cardinal, value: 7, noun: "عناصر"),
            E(text: "و300 شخص", core: "300", kind: .cardinal, value: 300, noun: "شخص"),
        ])
        expectNumbers("أصيب 3 من مقاتلي القوات", [E(text: "3 من مقاتلي", core: "3", kind: .cardinal, value: 3, noun: "مقاتلي")])
        expectNumbers("بقي يوم واحد", [E(text: "يوم واحد", core: "واحد", kind: .cardinal, value: 1, noun: "يوم")])
        // واحد من "one of" is not a count.
        expectNumbers("هو واحد من أكبر المشاريع", [])
    }

    @Test func identifiersAndListMarkersAreSkipped() {
        expectNumbers("حرر المحضر رقم 2587 لسنة 2013", [E(text: "لسنة 2013", core: "2013", kind: .year, value: 2013)])
        expectNumbers("طبقا للمادة 10 من القانون", [])
        expectNumbers("المطالب هي:\n1- رفع الأجور\n2- خفض الأسعار", [])
    }
}
