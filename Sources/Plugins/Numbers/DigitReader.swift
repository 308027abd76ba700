/// Reads a number token's folded units: plain integers, decimals and thousands in both the
/// Arabic (١٬٠٠٠٫٥ → 1,000.5 after folding) and the European style, clock times and dotted dates.
///
/// Separators: a comma followed by groups of exactly three digits groups thousands (`1,000`,
/// `12,500`); any other single comma is a decimal comma (`4,8` → 4.8). One dot is a decimal
/// point; several dots group thousands (`1.000.000`) unless the token is a date (`21.8.2015`).
struct DigitReading: Sendable, Equatable {
    enum Form: Sendable, Equatable {
        case number
        /// `16:00`, `9:05:30`.
        case clock(hour: Int, minute: Int)
        /// `21.8.2015` (day, month, year as written: day first or year first).
        case date(day: Int, month: Int, year: Int)
    }

    var form: Form
    var value: Double
    /// Digits only: no separator, no fraction (years and days are plain).
    var plain: Bool
    /// Number of integer digits.
    var digits: Int
    /// Digits after the decimal point.
    var fractionDigits = 0
    /// `2.800`: one point followed by three digits may group thousands (2800 عامل) rather than
    /// mark decimals (6.935 مليون، 97.823); this is the grouped reading, which the context decides on.
    var thousands: Double? = nil

    var isInteger: Bool { value == value.rounded() }

    static func read(_ u: UnsafeBufferPointer<UInt16>) -> DigitReading? {
        guard !u.isEmpty else { return nil }
        var commas = 0, dots = 0, colons = 0
        for c in u {
            switch c {
            case 0x30...0x39: break
            case 0x2C: commas += 1
            case 0x2E: dots += 1
            case 0x3A: colons += 1
            default: return nil
            }
        }
        if commas == 0, dots == 0, colons == 0 {
            let value = u.reduce(0.0) { $0 * 10 + Double($1 - 0x30) }
            return DigitReading(form: .number, value: value, plain: true, digits: u.count)
        }
        let groups = u.split(omittingEmptySubsequences: false) { $0 == 0x2C || $0 == 0x2E || $0 == 0x3A }
        guard groups.allSatisfy({ !$0.isEmpty }) || (groups.count == 2 && groups[0].isEmpty && dots == 1) else { return nil }
        if colons > 0 {
            guard commas == 0, dots == 0, (2...3).contains(groups.count), groups[0].count <= 2,
                  groups.dropFirst().allSatisfy({ $0.count == 2 }) else { return nil }
            let h = integer(groups[0]), m = integer(groups[1])
            guard h <= 24, m < 60 else { return nil }
            return DigitReading(form: .clock(hour: h, minute: m), value: Double(h) + Double(m) / 60, plain: false, digits: groups[0].count)
        }
        if dots == 2, commas == 0, groups.count == 3 {
            let a = groups[0], b = groups[1], c = groups[2]
            if a.count <= 2, b.count <= 2, c.count == 4, (1...31).contains(integer(a)), (1...12).contains(integer(b)) {
                return DigitReading(form: .date(day: integer(a), month: integer(b), year: integer(c)),
                                    value: Double(integer(a)), plain: false, digits: a.count)
            }
            if a.count == 4, b.count <= 2, c.count <= 2, (1...12).contains(integer(b)), (1...31).contains(integer(c)) {
                return DigitReading(form: .date(day: integer(c), month: integer(b), year: integer(a)),
                                    value: Double(integer(c)), plain: false, digits: c.count)
            }
        }
        // Decide which separator groups thousands and which one is the decimal point.
        var thousands: UInt16 = 0, point: UInt16 = 0
        if commas > 0, dots > 0 {
            let lastComma = u.lastIndex(of: 0x2C)!, lastDot = u.lastIndex(of: 0x2E)!
            (thousands, point) = lastDot > lastComma ? (0x2C, 0x2E) : (0x2E, 0x2C)
            let pointCount = point == 0x2E ? dots : commas
            guard pointCount == 1 else { return nil }
        } else if commas > 0 {
            (thousands, point) = commas > 1 || groupedByThree(u, 0x2C) ? (0x2C, 0) : (0, 0x2C)
        } else {
            (thousands, point) = dots > 1 ? (0x2E, 0) : (0, 0x2E)
        }
        guard thousands == 0 || groupedByThree(u, thousands, until: point) else { return nil }
        var intValue = 0.0, fraction = 0.0, scale = 1.0, inFraction = false, intDigits = 0, places = 0
        for c in u {
            if c == point { inFraction = true; continue }
            if c == thousands { continue }
            let d = Double(c - 0x30)
            if inFraction {
                fraction = fraction * 10 + d
                scale *= 10
                places += 1
            } else {
                intValue = intValue * 10 + d
                intDigits += 1
            }
        }
        var r = DigitReading(form: .number, value: intValue + fraction / scale, plain: false, digits: intDigits,
                             fractionDigits: places)
        if point == 0x2E, commas == 0, places == 3, (1...3).contains(intDigits), u[0] != 0x30 {
            r.thousands = intValue * 1000 + fraction
        }
        return r
    }

    /// True when every group after the first, up to the decimal point, has three digits and the
    /// first has one to three.
    private static func groupedByThree(_ u: UnsafeBufferPointer<UInt16>, _ sep: UInt16, until point: UInt16 = 0) -> Bool {
        let end = point == 0 ? u.endIndex : (u.firstIndex(of: point) ?? u.endIndex)
        let parts = u[..<end].split(separator: sep, omittingEmptySubsequences: false)
        guard let first = parts.first, (1...3).contains(first.count) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 3 }
    }

    private static func integer(_ s: Slice<UnsafeBufferPointer<UInt16>>) -> Int {
        s.reduce(0) { $0 &* 10 &+ Int($1 - 0x30) }
    }
}
