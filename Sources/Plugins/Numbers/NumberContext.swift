/// Reading a number's context: the words before it (cues, approximators, bounds, range openers)
/// and after it (range ends, percent, units and currencies, the counted noun, post-posed
/// approximators and bounds).
extension NumberScan {
    /// Completes a draft from its context; false when the context shows it is no number.
    func decorate(_ d: inout NumberDraft) -> Bool {
        if d.lone12, lexeme(d.coreFirst)?.cardinal?.value == 1, oneOf(after: d.coreLast)
            || (isContentWord(d.coreLast + 1) && !isContentWord(d.coreFirst - 1)) {
            return false  // واحد من، وأحد الخبراء، وأحد أصحاب: "one of"; واحد قالوا "someone"
        }
        includeClitics(&d)
        var edge = d.first
        var yearCue: Int? = nil, timeCue: Int? = nil
        if let cue = lex.cues.match(endingAt: edge - 1, in: words), cue.first >= free {
            switch cue.role {
            case .identifier: return false
            case .year: yearCue = cue.first; edge = cue.first
            case .time: timeCue = cue.first; edge = cue.first
            case .yearContext, .age: break
            }
        }
        let before = lex.before.match(endingAt: edge - 1, in: words).flatMap { $0.first >= free ? $0 : nil }
        let opener = before == nil ? lex.ranges.match(endingAt: edge - 1, in: words).flatMap { $0.first >= free ? $0 : nil } : nil

        if readTime(&d, cue: timeCue) || readDate(&d) {
            if before?.role == .approx { apply(.approx, to: &d, first: before!.first) }
            return true
        }
        if d.onlyTime { return false }
        if d.needsHead {
            if readAge(&d) {
                if let before { apply(before.role, to: &d, first: before.first) }
                return true
            }
            guard readHeadNoun(&d) || isNoun(d.last + 1, article: false) else { return false }
        }
        readDecimalsAndFractions(&d)
        readRange(&d, opener: opener.map { ($0.role, $0.first) })
        if readYear(&d, cue: yearCue, bounded: before != nil, beforeUnits: true) { return true }
        readUnit(&d)
        if readYear(&d, cue: yearCue, bounded: before != nil, beforeUnits: false) { return true }
        if yearCue != nil, d.kind == .cardinal { d.first = yearCue! }
        readNoun(&d)
        if let before { apply(before.role, to: &d, first: before.first) }
        if let after = lex.after.match(from: d.last + 1, in: words) {
            apply(after.role, to: &d, first: nil)
            d.last = after.last
        }
        return true
    }

    /// Sets a mod and the bound it implies (أكثر من 20 → min 20).
    private func apply(_ mod: NumberMention.Mod, to d: inout NumberDraft, first: Int?) {
        guard d.mod == nil, d.kind != .range else { return }
        // حتى ثالث أيام العيد: bounds qualify quantities, not ordinals or dates.
        if mod != .approx, !d.kind.isQuantity { return }
        d.mod = mod
        switch mod {
        case .gt, .gte: d.min = d.value
        case .lt, .lte: d.max = d.value
        case .approx, .range: break
        }
        if let first { d.first = first }
    }

    /// واحد من / واحدة من, or واحد before a definite noun (وأحد الخبراء folds to واحد): "one of",
    /// not a count.
    private func oneOf(after i: Int) -> Bool {
        if isContentWord(i + 1), prefix(i + 1) == .article { return true }
        if let l = lexeme(i + 1), l.marks.contains(.ofThem) { return true }
        guard let l = lexeme(i + 1), l.marks.contains(.partitive), prefix(i + 1).isEmpty else { return false }
        return isWord(i + 2)
    }

    /// Clitics written apart from the digits (ب200 → ب + 200, الـ 100) belong to the expression.
    private func includeClitics(_ d: inout NumberDraft) {
        let i = d.first - 1
        guard i >= free, isWord(i), tokens[i].normRange.count <= 4 else { return }
        let apart = !glued(i, d.first)
        let t = tokens[i]
        let clitics = withUnsafeTemporaryAllocation(of: UInt16.self, capacity: t.normRange.count) { buf -> Prefix? in
            let form = words.fold(t, into: buf.baseAddress!)
            return form.isEmpty ? nil : WordIndex.clitics(form, length: form.count)
        }
        guard let p = clitics else { return }
        if apart, !p.contains(.article) { return }  // a lone و before a number is the conjunction
        d.first = i
    }

    // MARK: - Decimals, fractions, ranges

    /// 1 فاصلة 5 (1.5), ثلاثة أرباع (¾), 3 على 4 (¾) after a cardinal.
    private func readDecimalsAndFractions(_ d: inout NumberDraft) {
        guard d.kind == .cardinal, let x = d.value else { return }
        let j = d.coreLast + 1
        guard let l = lexeme(j) else { return }
        if l.marks.contains(.point), let y = cardinal(at: j + 1), let yv = y.value, yv >= 0, yv == yv.rounded() {
            var places = y.plain ? y.digits : 1
            if !y.plain { var v = yv; while v >= 10 { v /= 10; places += 1 } }
            var scale = 1.0
            for _ in 0..<places { scale *= 10 }
            d.value = x + yv / scale
            d.coreLast = y.coreLast
            d.last = y.last
        } else if let f = l.fraction, f.denominator, (1...10).contains(x), x == x.rounded(), prefix(j).isEmpty {
            d.kind = .fraction
            d.value = x * f.value
            d.coreLast = j
            d.last = j
        } else if l.marks.contains(.over), prefix(j).isEmpty, x == x.rounded(), x >= 1, let y = cardinal(at: j + 1),
                  let yv = y.value, yv == yv.rounded(), yv > x, yv <= 100, y.scale == nil {
            d.kind = .fraction
            d.value = x / yv
            d.coreLast = y.coreLast
            d.last = y.last
        }
    }

    /// بين X و Y، ما بين X و Y، من X إلى Y، X-Y، X إلى Y. A second number that is not larger
    /// (a score 3-1) or a change (ارتفع من 20 إلى 30) leaves two numbers.
    private func readRange(_ d: inout NumberDraft, opener: (role: NumberLexicon.RangeWord, first: Int)?) {
        guard d.kind == .cardinal, let x = d.value else { return }
        let j = d.coreLast + 1
        var yStart: Int? = nil
        switch opener?.role {
        case .between?:
            if let l = lexeme(j), l.marks.contains(.and), prefix(j).isEmpty {
                yStart = j + 1
            } else if isWord(j), prefix(j).contains(.conjunction), lexeme(j)?.cardinal != nil {
                yStart = j
            }
        case .from?:
            if !changeBefore(opener!.first), let to = lex.ranges.match(from: j, in: words), to.role == .to { yStart = to.last + 1 }
        default:
            if isMark(j, 0x2D, 0x2013, 0x2014), isNumber(j + 1), !d.spelled {
                yStart = j + 1
            } else if let to = lex.ranges.match(from: j, in: words), to.role == .to, to.last == j, prefix(j).isEmpty,
                      !changeBefore(d.first) {
                yStart = j + 1
            }
        }
        guard let ys = yStart, let y = cardinal(at: ys), y.kind == .cardinal, let yv = y.value else { return }
        var xv = x
        if d.scale == nil, let s = y.scale, xv * s <= yv { xv *= s }
        guard xv < yv else { return }
        d.kind = .range
        d.min = xv
        d.max = yv
        d.value = nil
        d.mod = .range
        d.coreLast = y.coreLast
        d.last = y.last
        if let opener { d.first = opener.first }
    }

    /// A verb or noun of change shortly before: ارتفع العدد من 20 إلى 30.
    private func changeBefore(_ i: Int) -> Bool {
        var k = i - 1
        while k >= Swift.max(free, i - 4) {
            if lexeme(k)?.marks.contains(.change) == true { return true }
            k -= 1
        }
        return false
    }

    // MARK: - Units

    /// The unit word at a token (for كلم2).
    func unitAt(_ i: Int) -> NumberLexicon.UnitRole? { lex.units.match(from: i, in: words)?.role }

    /// Percent (% ٪، في المائة، بالمئة), a currency (word or symbol, with its nationality), a unit
    /// of measure (squared by a glued 2) or a period of time.
    private func readUnit(_ d: inout NumberDraft) {
        guard d.kind.isCount else { return }
        let j = d.last + 1
        if d.kind != .vague, isMark(j, 0x25, 0x066A) {
            setPercent(&d, last: j)
            return
        }
        if d.kind != .vague, let l = lexeme(j), l.marks.contains(.percentIn), prefix(j).isEmpty, isHundredPercent(j + 1, [.article]) {
            setPercent(&d, last: j + 1)
            return
        }
        if d.kind != .vague, isHundredPercent(j, [.preposition, .article]) {
            setPercent(&d, last: j)
            return
        }
        if let m = mark(j), let code = lex.symbol(m) {
            setMoney(&d, code: code, last: j)
            return
        }
        if let m = mark(d.first - 1), let code = lex.symbol(m), d.first - 1 >= free {
            d.first -= 1
            setMoney(&d, code: code, last: d.last)
            return
        }
        if d.kind == .range, let hi = d.max, hi >= 1000, let era = lex.eras.match(from: j, in: words) {
            d.last = era.last  // 1517 - 1648م
            return
        }
        guard let u = lex.units.match(from: j, in: words, anyArticle: d.kind == .vague) else { return }
        switch u.role.category {
        case .measure:
            var code = u.role.code
            var last = u.last
            if let p = u.role.powers, glued(last, last + 1), let r = digits(last + 1), r.plain, r.value == 2 || r.value == 3 {
                code = r.value == 2 ? p.square : p.cube
                last += 1
            }
            d.unit = code
            d.last = last
        case .period:
            d.unit = u.role.code
            if d.kind != .vague { d.noun = .tokens(j, u.last) }
            d.last = u.last
        case .currency:
            var code = u.role.code
            var last = u.last
            if let n = lex.nationalities.match(from: last + 1, in: words), n.role.base == u.role.key {
                code = n.role.code
                last = n.last
            }
            setMoney(&d, code: code, last: last)
        }
    }

    /// المائة (with the given clitics) as the hundred of a percent.
    private func isHundredPercent(_ i: Int, _ clitics: Prefix) -> Bool {
        guard let c = lexeme(i)?.cardinal, c.cls == .hundred, c.value == 100 else { return false }
        return prefix(i).subtracting(.conjunction) == clitics
    }

    private func setPercent(_ d: inout NumberDraft, last: Int) {
        if d.kind == .cardinal || d.kind == .fraction { d.kind = .percent }
        d.unit = NumberLexicon.percent
        d.last = last
    }

    private func setMoney(_ d: inout NumberDraft, code: NumberLexicon.UnitCode?, last: Int) {
        if d.kind == .cardinal || d.kind == .fraction { d.kind = .money }
        d.unit = code
        d.last = last
    }

    // MARK: - Nouns

    /// The counted noun: after the number (7 عناصر، 3 من مقاتلي), before a definite number
    /// (الشهور الثلاثة), or before واحد/اثنان (يوم واحد). Vague quantities take it into their text only.
    private func readNoun(_ d: inout NumberDraft) {
        let measured = d.unit != nil && d.unit != NumberLexicon.percent && d.kind != .vague
        guard d.noun == nil, !measured, d.kind.isCount else {
            extendByHalf(&d)
            return
        }
        if d.needsHead, d.noun != nil { return }
        let p = d.first - 1
        if d.lone12, p >= free, isContentWord(p), prefix(p).isEmpty, prefix(d.coreFirst).isEmpty, d.coreFirst == d.first {
            d.noun = .tokens(p, p)
            d.first = p
            return
        }
        let allowArticle = d.kind == .fraction || d.kind == .vague
        var n: Int? = nil
        let j = d.last + 1
        if isNoun(j, article: allowArticle) {
            n = j
        } else if let l = lexeme(j), l.marks.contains(.partitive), prefix(j).isEmpty, d.scale == nil, isNoun(j + 1, article: false) {
            n = j + 1
        }
        if let n {
            if d.kind != .vague { d.noun = .tokens(n, n) }
            d.last = n
        }
        extendByHalf(&d)
    }

    /// The definite noun before a definite number (الشهور الثلاثة، بالمراحل الأربع، مراحلها الأربع):
    /// a noun with the article or with a pronoun suffix of two letters (ها، هم، كم، نا…; a lone ه
    /// cannot be told from ة).
    private func readHeadNoun(_ d: inout NumberDraft) -> Bool {
        let p = d.first - 1
        guard d.coreFirst == d.first, p >= free, isContentWord(p), hasArticle(p) || hasPronounSuffix(p) else {
            return false
        }
        d.noun = .tokens(p, p)
        d.first = p
        return true
    }

    private func hasPronounSuffix(_ i: Int) -> Bool {
        guard let last = lastLetter(i), let n = letterCount(i), n >= 4 else { return false }
        let before = letter(i, n - 2)
        switch (before, last) {
        case (Letter.heh, Letter.alef), (Letter.heh, Letter.meem), (Letter.kaf, Letter.meem), (Letter.noon, Letter.alef),
             (Letter.heh, Letter.noon):
            return true
        default:
            return false
        }
    }

    /// في العشرين من عمرها: an age.
    private func readAge(_ d: inout NumberDraft) -> Bool {
        guard let age = lex.cues.match(from: d.last + 1, in: words), age.role == .age else { return false }
        d.last = age.last
        return true
    }

    /// ثلاث ساعات ونصف: a fraction joined after the noun adds to the count.
    private func extendByHalf(_ d: inout NumberDraft) {
        guard d.kind == .cardinal, d.last > d.coreLast, let v = d.value, let f = lexeme(d.last + 1)?.fraction,
              !f.ambiguous, !f.denominator, !f.suffixed, prefix(d.last + 1) == .conjunction else { return }
        d.value = v + f.value
        d.last += 1
    }

    /// A word that can be the counted noun at `j`.
    private func isNoun(_ j: Int, article: Bool) -> Bool {
        guard isContentWord(j), prefix(j).isDisjoint(with: [.conjunction, .preposition]) else { return false }
        if !article, hasArticle(j) { return false }
        if lex.after.match(from: j, in: words) != nil || lex.dayParts.match(from: j, in: words) != nil
            || lex.months.match(from: j, in: words) != nil || lex.cues.match(from: j, in: words) != nil {
            return false
        }
        return true
    }
}

extension NumberMention.Kind {
    /// A quantity a bound can qualify (حتى ثالث أيام العيد: not an ordinal or a date).
    fileprivate var isQuantity: Bool {
        switch self {
        case .cardinal, .percent, .money, .fraction, .vague, .dual: true
        case .ordinal, .range, .year, .date, .time: false
        }
    }

    /// A count that a unit or a counted noun may follow.
    fileprivate var isCount: Bool {
        switch self {
        case .cardinal, .range, .fraction, .vague: true
        case .ordinal, .percent, .year, .date, .time, .money, .dual: false
        }
    }
}
