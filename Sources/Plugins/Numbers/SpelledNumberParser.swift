/// One piece of a number expression: a digits token or a number word, and whether و joins it
/// to the piece before (وعشرون، و 600، و600).
struct NumberAtom: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case digits, unit, teen, fused, ten, hundred, scale, fraction }

    var kind: Kind
    var value: Double
    /// For scale words: how many the bare word counts.
    var count: Lexeme.Cardinal.Count = .one
    var joined = false
    /// The written word carries tanween (ألفاً): the accusative singular, not the dual ألفا.
    var tanween = false
}

/// The value of a run of number pieces, and how many of them it used.
struct Composition: Sendable, Equatable {
    var value: Double
    var atoms: Int
    /// The last scale multiplied in (ألف → 1000), nil when none.
    var scale: Double?
}

/// Composes number words and digits into values the way Arabic writes them: hundreds, then
/// units, then tens joined by و (خمسمائة وخمسة وعشرون), teens as unit + عشر (ثلاثة عشر), groups
/// multiplied by a scale (ثلاثة آلاف، 40 ألف، 4.5 مليار) and added to the next smaller group
/// (مليونان و300 ألف), a fraction of a scale (نصف مليون، مليون ونصف المليون); Egyptian usage also lets
/// the units follow the hundreds without و (متين تلاتة وستين).
///
/// Pieces that do not continue the number are left for the next one: 500 و600 are two numbers
/// (a range), عشرين وثلاثين too; a plural scale with no count (آلاف) is no cardinal at all.
enum SpelledNumberParser {
    static func compose(_ a: [NumberAtom]) -> Composition? {
        a.withUnsafeBufferPointer(compose)
    }

    static func compose(_ a: UnsafeBufferPointer<NumberAtom>) -> Composition? {
        guard let first = a.first else { return nil }
        if first.kind == .fraction {
            guard a.count > 1, a[1].kind == .scale, !a[1].joined, a[1].count == .one || a[1].count == .tanween else {
                return nil
            }
            return Composition(value: first.value * a[1].value, atoms: 2, scale: a[1].value)
        }
        var total = 0.0, lastScale = Double.infinity, scale: Double? = nil
        var i = 0
        loop: while i < a.count {
            if i > 0, !a[i].joined { break }
            let g = a[i].kind == .scale ? nil : group(a, at: i)
            if a[i].kind != .scale, g == nil { break }
            let j = g?.next ?? i
            if j < a.count, a[j].kind == .scale, g == nil || !a[j].joined, a[j].value < lastScale,
               let multiplier = multiplier(of: a[j], count: g?.value) {
                total += multiplier * a[j].value
                lastScale = a[j].value
                scale = lastScale
                i = j + 1
                if i < a.count, a[i].kind == .fraction, a[i].joined {
                    total += a[i].value * lastScale
                    i += 1
                    // مليونان ونصف المليون: the scale repeated after the fraction.
                    if i < a.count, a[i].kind == .scale, !a[i].joined, a[i].value == lastScale { i += 1 }
                    break loop
                }
                continue
            }
            guard let g, i == 0 || g.value < lastScale else { break }
            total += g.value
            i = g.next
            if i < a.count, a[i].kind == .fraction, a[i].joined, scale == nil {
                total += a[i].value
                i += 1
            }
            break
        }
        guard i > 0 else { return nil }
        return Composition(value: total, atoms: i, scale: scale)
    }

    /// What a scale word multiplies: the count before it, or what the bare word counts.
    /// Nil when the scale cannot take this count (a plural with none, a dual after a count).
    private static func multiplier(of s: NumberAtom, count: Double?) -> Double? {
        if let count { return s.count == .two ? nil : count }
        switch s.count {
        case .one: return 1
        case .tanween: return s.tanween ? 1 : 2
        case .two: return 2
        case .many: return nil
        }
    }

    /// A group below a thousand starting at `i`: [hundreds] [و units | teen] [و tens], or digits.
    private static func group(_ a: UnsafeBufferPointer<NumberAtom>, at i: Int) -> (value: Double, next: Int)? {
        var j = i, value = 0.0
        if a[j].kind == .hundred {
            value = a[j].value
            j += 1
        } else if a[j].kind == .unit, (1...9).contains(a[j].value), j + 1 < a.count, a[j + 1].kind == .hundred,
                  a[j + 1].value == 100, !a[j + 1].joined {
            value = a[j].value * 100  // ثلاث مائة
            j += 2
        } else {
            return tail(a, at: i, afterHundred: false)
        }
        if j < a.count, let t = tail(a, at: j, afterHundred: true) {
            value += t.value
            j = t.next
        }
        return (value, j)
    }

    /// Units, a teen or tens (and units + tens), after hundreds or alone.
    private static func tail(_ a: UnsafeBufferPointer<NumberAtom>, at j: Int, afterHundred: Bool) -> (value: Double, next: Int)? {
        let x = a[j]
        if afterHundred {
            // و joins, or (Egyptian) the words follow directly; digits only with و and below 100.
            if x.kind == .digits { guard x.joined, x.value < 100 else { return nil } }
            switch x.kind {
            case .unit, .teen, .fused, .ten, .digits: break
            case .hundred, .scale, .fraction: return nil
            }
        }
        switch x.kind {
        case .unit where (1...9).contains(x.value), .teen:
            if j + 1 < a.count, a[j + 1].kind == .unit, a[j + 1].value == 10, !a[j + 1].joined {
                return (10 + x.value, j + 2)
            }
            guard x.kind == .unit else { return nil }
            if j + 1 < a.count, a[j + 1].kind == .ten, a[j + 1].joined {
                return (x.value + a[j + 1].value, j + 2)
            }
            return (x.value, j + 1)
        case .unit, .fused, .ten, .digits:
            return (x.value, j + 1)
        default:
            return nil
        }
    }
}
