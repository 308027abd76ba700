/// Years, dates and clock times: `عام 2014`, `10 أيلول/سبتمبر`, `الساعة السادسة مساء`, `16:00`.
extension NumberScan {
    /// A clock token (16:00).
    func clock(_ i: Int, hour: Int, minute: Int) -> NumberDraft {
        var d = NumberDraft(i, i, kind: .time, value: Double(hour) + Double(minute) / 60)
        d.time = ClockTime(hour: hour, minute: minute)
        return d
    }

    /// A clock time: a clock token, a number after الساعة, or an hour before a part of the day
    /// (السادسة مساء، 10 صباحا); minutes (والنصف، إلا ربع) and the part of the day are read after it.
    func readTime(_ d: inout NumberDraft, cue: Int?) -> Bool {
        var hour: Int, minute = 0
        var j = d.last + 1
        let feminine = lastLetter(d.coreLast) == Letter.heh
        if d.kind == .time, let v = d.value {
            hour = Int(v)
            minute = Int(((v - Double(hour)) * 60).rounded())
        } else if d.kind == .cardinal, !d.spelled, d.coreFirst == d.coreLast, let r = digits(d.coreFirst), r.form == .number,
                  r.fractionDigits == 2, r.value < 25, cue != nil || lex.dayParts.match(from: j, in: words) != nil {
            // 9.30 مساء: hours and minutes written with a point.
            hour = Int(r.value)
            minute = Int(((r.value - Double(hour)) * 100).rounded())
            guard minute < 60 else { return false }
            d.kind = .time
            d.value = Double(hour) + Double(minute) / 60
        } else {
            guard d.kind == .cardinal || d.kind == .ordinal, let v = d.value, v == v.rounded(), v >= 0, v <= 24,
                  d.plain || d.spelled else { return false }
            hour = Int(v)
            if cue == nil {
                guard (d.kind == .ordinal && feminine && hasArticle(d.coreFirst)) || (d.plain && hour <= 12),
                      lex.dayParts.match(from: j, in: words) != nil || minutes(at: j) != nil else { return false }
            }
            if let (m, end) = minutes(at: j) {
                minute = m
                if m < 0 { hour -= 1; minute = 60 + m }
                j = end + 1
                d.last = end
            }
        }
        let written = d.kind == .time ? d.value! : Double(hour) + Double(minute) / 60
        if let part = lex.dayParts.match(from: j, in: words) {
            hour = Self.shift(hour, part.role)
            d.last = part.last
        } else if cue == nil, d.kind != .time {
            return false
        }
        d.kind = .time
        d.value = written
        d.time = ClockTime(hour: hour % 24, minute: minute)
        if let cue { d.first = cue }
        return true
    }

    /// Minutes after an hour: والنصف (30), والربع (15), والثلث (20), إلا ربع (−15), و10 دقائق.
    private func minutes(at j: Int) -> (Int, Int)? {
        if let f = lexeme(j)?.fraction, !f.ambiguous, !f.denominator, !f.suffixed, prefix(j).contains(.conjunction) {
            return (Int((f.value * 60).rounded()), j)
        }
        if let l = lexeme(j), l.marks.contains(.except), let f = lexeme(j + 1)?.fraction, !f.ambiguous, !f.denominator {
            return (-Int((f.value * 60).rounded()), j + 1)
        }
        if let l = lexeme(j), l.marks.contains(.and) || prefix(j).contains(.conjunction) {
            let k = l.marks.contains(.and) ? j + 1 : j
            if let m = cardinal(at: k), let v = m.value, v < 60, v == v.rounded(),
               let u = lex.units.match(from: m.last + 1, in: words), u.role.key == "minute" {
                return (Int(v), u.last)
            }
        }
        return nil
    }

    /// The 24-hour hour of an hour read with a part of the day.
    static func shift(_ h: Int, _ part: NumberLexicon.DayPart) -> Int {
        switch part {
        case .am: return h == 12 ? 0 : h
        case .noon: return h <= 10 ? h + 12 : h
        case .pm: return h < 12 ? h + 12 : h
        case .night: return h == 12 ? 0 : (h >= 6 && h < 12 ? h + 12 : h)
        }
    }

    /// A day before a month name: 10 أيلول/سبتمبر، العاشر من رمضان، 15 يناير 2013. The year after
    /// the month is read into `date` but stays a number of its own.
    func readDate(_ d: inout NumberDraft) -> Bool {
        guard d.kind == .cardinal || d.kind == .ordinal, let v = d.value, v == v.rounded(), (1...31).contains(v),
              d.plain || d.spelled, d.coreLast == d.last else { return false }
        var j = d.last + 1
        if d.kind == .ordinal || hasArticle(d.coreFirst), let l = lexeme(j), l.marks.contains(.partitive), prefix(j).isEmpty {
            j += 1  // العاشر من رمضان، الثلاثين من يناير
        }
        guard let month = lex.months.match(from: j, in: words) else { return false }
        var last = month.last
        if isMark(last + 1, 0x2F), let other = lex.months.match(from: last + 2, in: words) {
            last = other.last
        } else if isMark(last + 1, 0x28), let other = lex.months.match(from: last + 2, in: words), isMark(other.last + 1, 0x29) {
            last = other.last + 1
        }
        var year: Int? = nil
        var k = last + 1
        if let cue = lex.cues.match(from: k, in: words), cue.role == .year { k = cue.last + 1 }
        if let r = digits(k), r.plain, r.digits == 4 { year = Int(r.value) }
        d.kind = .date
        d.date = month.role.calendar == .gregorian ? CalendarDate(year: year, month: month.role.number, day: Int(v)) : nil
        d.last = last
        return true
    }

    /// A year: after عام/سنة, before an era mark (2015م، 1436هـ), or four digits from 1900 to 2100
    /// that count nothing (في 2014، ثورة 1919; but 2000 شخص counts people). A month before it
    /// goes into `date` (يناير 2015 → 2015-01).
    ///
    /// Read twice: first from the cues alone (a cue or an era mark wins over a unit: 2012م is no
    /// metre), then, once units are known, from the digits and the words around them.
    func readYear(_ d: inout NumberDraft, cue: Int?, bounded: Bool, beforeUnits: Bool) -> Bool {
        guard d.kind == .cardinal, d.plain, d.unit == nil, let v = d.value, v >= 1 else { return false }
        var isYear = false
        if cue != nil, d.digits <= 4 { isYear = true }
        // 2015م، 1436هـ; but 300م2 is an area.
        if let era = lex.eras.match(from: d.last + 1, in: words), d.digits == 4 || cue != nil,
           !(glued(era.last, era.last + 1) && isNumber(era.last + 1)) {
            isYear = true
            d.last = era.last
        }
        let month = lex.months.match(endingAt: d.first - 1, in: words)
        if month != nil, d.digits == 4 { isYear = true }
        if !isYear, beforeUnits { return false }
        if !isYear, !bounded, d.digits == 4, (1900...2100).contains(v) {
            let j = d.last + 1
            var counted = isContentWord(j) && !hasArticle(j) && prefix(j).isEmpty && !isYearContext(d.first - 1)
                && lex.months.match(from: j, in: words) == nil
            // 2000 شخص counts people; 2015 مقارنة is a year: counts of people and things are round.
            if counted, v.truncatingRemainder(dividingBy: 100) != 0, lastLetter(j) != Letter.alef { counted = false }
            isYear = !counted
        }
        guard isYear else { return false }
        d.kind = .year
        if let cue { d.first = cue }
        if let m = month, m.first >= free, m.role.calendar == .gregorian {
            d.date = CalendarDate(year: Int(v), month: m.role.number, day: nil)
            d.first = m.first
        }
        return true
    }

    /// Words after which four digits are a year (في، منذ، مطلع …).
    private func isYearContext(_ i: Int) -> Bool {
        guard let c = lex.cues.match(endingAt: i, in: words) else { return !isWord(i) }
        return c.role == .yearContext || c.role == .year
    }

    /// The ordinal at `i` is part of an idiom (أول أمس، نصف النهائي).
    func inIdiom(_ i: Int) -> Bool {
        for start in Swift.max(0, i - 3)...i {
            if let m = lex.idioms.match(from: start, in: words), m.last >= i { return true }
        }
        return false
    }

    /// The ordinal at `i` ends a month name (كانون الأول، جمادى الأولى).
    func inMonthName(_ i: Int) -> Bool {
        guard let m = lex.months.match(endingAt: i, in: words) else { return false }
        return m.first < i
    }

}

/// A clock time, written `HH:MM` (24-hour). Kept small: it is part of every draft.
struct ClockTime {
    private let hh: Int16
    private let mm: Int16

    init(hour: Int, minute: Int) {
        hh = Int16(hour)
        mm = Int16(minute)
    }

    var hour: Int { Int(hh) }
    var minute: Int { Int(mm) }

    var text: String {
        ascii { w in
            w.number(hour, width: 2)
            w.byte(UInt8(ascii: ":"))
            w.number(minute, width: 2)
        }
    }
}

/// A date, written in ISO 8601: 2015-08-21, --09-10 (no year), 2015-01 (no day). Kept small:
/// it is part of every draft (a month is 1…12, a day 1…31).
struct CalendarDate {
    let year: Int?
    private let mm: Int8
    private let dd: Int8

    init(year: Int?, month: Int, day: Int?) {
        self.year = year
        mm = Int8(month)
        dd = day.map(Int8.init) ?? 0
    }

    var month: Int { Int(mm) }
    var day: Int? { dd == 0 ? nil : Int(dd) }

    var iso: String {
        ascii { w in
            if let year { w.number(year, width: 4) } else { w.byte(UInt8(ascii: "-")) }
            w.byte(UInt8(ascii: "-"))
            w.number(month, width: 2)
            if let day {
                w.byte(UInt8(ascii: "-"))
                w.number(day, width: 2)
            }
        }
    }
}

/// A short ASCII string written into a stack buffer and made a String once: building it from
/// String(n) and concatenations cost more than the rest of a number's record.
private func ascii(_ write: (inout ASCIIWriter) -> Void) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 96) { buf in
        var w = ASCIIWriter(buf: buf)
        write(&w)
        return String(decoding: UnsafeBufferPointer(rebasing: buf[..<w.count]), as: UTF8.self)
    }
}

private struct ASCIIWriter {
    let buf: UnsafeMutableBufferPointer<UInt8>
    var count = 0

    mutating func byte(_ b: UInt8) {
        buf[count] = b
        count += 1
    }

    /// `n` as String(n) writes it, with zeros in front up to `width` characters.
    mutating func number(_ n: Int, width: Int) {
        var digits = 1
        var rest = n.magnitude
        while rest >= 10 { rest /= 10; digits += 1 }
        for _ in 0..<Swift.max(0, width - digits - (n < 0 ? 1 : 0)) { byte(UInt8(ascii: "0")) }
        if n < 0 { byte(UInt8(ascii: "-")) }
        rest = n.magnitude
        for k in stride(from: digits - 1, through: 0, by: -1) {
            buf[count + k] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        count += digits
    }
}
