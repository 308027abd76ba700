import Plugins
import Testing

/// Years, dates and clock times.
struct NumberCalendarTests {
    typealias E = NumberExpectation

    @Test func years() {
        expectNumbers("أعلن التنظيم دولته عام 2014 وتوسع في 2015", [
            E(text: "عام 2014", core: "2014", kind: .year, value: 2014),
            E(text: "2015", core: "2015", kind: .year, value: 2015),
        ])
        expectNumbers("منذ ثورة 1919 وحتى 2012م و1436هـ", [
            E(text: "1919", core: "1919", kind: .year, value: 1919),
            E(text: "2012م", core: "2012", kind: .year, value: 2012),
            E(text: "و1436هـ", core: "1436", kind: .year, value: 1436),
        ])
        expectNumbers("في يناير 2015", [E(text: "يناير 2015", core: "2015", kind: .year, value: 2015, date: "2015-01")])
        // A round number that counts people is no year.
        expectNumbers("قتل 2000 شخص", [E(text: "2000 شخص", core: "2000", kind: .cardinal, value: 2000, noun: "شخص")])
        expectNumbers("للعام الدراسي 2013/2014", [E(text: "2013/2014", core: "2013/2014", kind: .range, value: nil, min: 2013, max: 2014)])
    }

    @Test func dates() {
        expectNumbers("منذ 10 أيلول/سبتمبر الماضي", [E(text: "10 أيلول/سبتمبر", core: "10", kind: .date, value: 10, date: "--09-10")])
        expectNumbers("في 21 كانون الثاني/يناير 2015 وفي 21/8/2015", [
            E(text: "21 كانون الثاني/يناير", core: "21", kind: .date, value: 21, date: "2015-01-21"),
            E(text: "2015", core: "2015", kind: .year, value: 2015),
            E(text: "21/8/2015", core: "21/8/2015", kind: .date, value: 21, date: "2015-08-21"),
        ])
        expectNumbers("يبدأ العاشر من رمضان", [E(text: "العاشر من رمضان", core: "العاشر", kind: .date, value: 10)])
        expectNumbers("حكم 15 يونيه 2013", [E(text: "15 يونيه", core: "15", kind: .date, value: 15, date: "2013-06-15"),
                                           E(text: "2013", core: "2013", kind: .year, value: 2013)])
    }

    @Test func clockTimes() {
        expectNumbers("تقدمت القوات في الساعة السادسة مساء بالتوقيت المحلي (16:00 بتوقيت غرينتش)", [
            E(text: "الساعة السادسة مساء", core: "السادسة", kind: .time, value: 6, time: "18:00"),
            E(text: "16:00", core: "16:00", kind: .time, value: 16, time: "16:00"),
        ])
        expectNumbers("في تمام الساعة العاشرة والنصف صباحاً", [
            E(text: "تمام الساعة العاشرة والنصف صباحاً", core: "العاشرة", kind: .time, value: 10.5, time: "10:30"),
        ])
        expectNumbers("بدأ التجمع الساعة الواحدة ظهرا", [E(text: "الساعة الواحدة ظهرا", core: "الواحدة", kind: .time, value: 1, time: "13:00")])
        expectNumbers("وصل الساعة 9.30 مساءً", [E(text: "الساعة 9.30 مساءً", core: "9.30", kind: .time, value: 9.5, time: "21:30")])
        expectNumbers("يفتح من الثامنة صباحاً", [E(text: "الثامنة صباحاً", core: "الثامنة", kind: .time, value: 8, time: "08:00")])
    }
}
