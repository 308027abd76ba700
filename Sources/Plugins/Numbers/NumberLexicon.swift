/// Every table of the number extractor compiled for lookup: built once per run (the plugin's
/// shared data), then read by all workers.
struct NumberLexicon: Sendable {
    /// A listed noun whose dual counts two (قرية → قريتين).
    struct DualLemma: Sendable {
        let lemma: String
        let unit: UnitRole?
    }

    /// What a unit word means.
    struct UnitRole: Sendable, Equatable {
        enum Category: Sendable { case measure, period, currency }
        let category: Category
        /// The table key: an ISO code, a unit code, or a currency name (dinar) a nationality fixes.
        let key: String
        /// The code written into `unit`, nil when the name alone does not fix it.
        var code: String? { category == .currency && key.first!.isLowercase && key != "cent" ? nil : key }
    }

    struct Nationality: Sendable, Equatable {
        let base: String
        let code: String
    }

    enum Calendar: Sendable { case gregorian, hijri }

    struct Month: Sendable {
        let calendar: Calendar
        let number: Int
    }

    enum DayPart: Sendable { case am, noon, pm, night }

    enum RangeWord: Sendable { case between, from, to }

    enum Cue: Sendable { case year, yearContext, time, identifier, age }

    private(set) var words = WordIndex()
    private(set) var lexemes: [Lexeme] = []
    private(set) var duals: [DualLemma] = []
    private(set) var before = PhraseSet<NumberMention.Mod>()
    private(set) var after = PhraseSet<NumberMention.Mod>()
    private(set) var ranges = PhraseSet<RangeWord>()
    private(set) var cues = PhraseSet<Cue>()
    private(set) var idioms = PhraseSet<Bool>()
    private(set) var units = PhraseSet<UnitRole>()
    private(set) var nationalities = PhraseSet<Nationality>()
    private(set) var months = PhraseSet<Month>()
    private(set) var eras = PhraseSet<Calendar>()
    private(set) var dayParts = PhraseSet<DayPart>()
    /// Currency symbols by their UTF-16 unit.
    private(set) var symbols: [UInt16: String] = [:]
    /// Whether each word id can open a number (the scan's fast test).
    private(set) var opens: [Bool] = []

    init() {
        addNumberWords()
        addMarks()
        addPhrases()
        addDuals()
        opens = lexemes.map(\.opensNumber)
    }

    /// The lexeme of a word id.
    @inline(__always)
    func lexeme(_ id: Int32) -> Lexeme? { id >= 0 ? lexemes[Int(id)] : nil }

    // MARK: - Building

    private mutating func intern(_ folded: [UInt16]) -> Int32 {
        let id = words.intern(folded)
        if Int(id) == lexemes.count { lexemes.append(Lexeme()) }
        return id
    }

    /// Adds a role to a form as written in a table.
    private mutating func entry(_ form: String, _ update: (inout Lexeme) -> Void) {
        let id = intern(NumberFolding.fold(form))
        update(&lexemes[Int(id)])
    }

    private mutating func addNumberWords() {
        for row in LexiconTable(NumberWords.cardinals).rows {
            guard let value = Double(row.key[0]), row.key.count >= 2,
                  let cls = Lexeme.Cardinal.Class(name: row.key[1]) else { preconditionFailure("bad cardinal row \(row.key)") }
            var c = Lexeme.Cardinal(value: value, cls: cls)
            c.weak = row.key.contains("weak")
            if cls == .scale {
                c.count = row.key.contains("two") ? .two : row.key.contains("many") ? .many
                    : row.key.contains("tanween") ? .tanween : .one
            }
            for form in row.items { entry(form) { $0.cardinal = c } }
        }
        for row in LexiconTable(NumberWords.ordinals).rows {
            guard let value = Int(row.key[0]) else { preconditionFailure("bad ordinal row \(row.key)") }
            let use: Lexeme.Ordinal.Use = row.key.contains("compound") ? .compound : row.key.contains("definite") ? .definite
                : row.key.contains("second") ? .second : .any
            for form in row.items { entry(form) { $0.ordinal = Lexeme.Ordinal(value: value, use: use) } }
        }
        let suffixes = LexiconTable(NumberWords.pronounSuffixes).rows.flatMap(\.items)
        for row in LexiconTable(NumberWords.fractions).rows {
            guard let value = Double(row.key[0]) else { preconditionFailure("bad fraction row \(row.key)") }
            var f = Lexeme.Fraction(value: value)
            f.ambiguous = row.key.contains("ambiguous")
            f.denominator = row.key.contains("denominator")
            for form in row.items {
                entry(form) { $0.fraction = f }
                guard row.key.contains("suffixes") else { continue }
                var suffixed = f
                suffixed.suffixed = true
                for s in suffixes { entry(form + s) { $0.fraction = suffixed } }
            }
        }
        for row in LexiconTable(NumberWords.vague).rows {
            let v: Lexeme.Vague = row.key[0] == "modifier" ? .modifier : .quantity
            for form in row.items { entry(form) { $0.vague = v } }
        }
        for row in LexiconTable(NumberWords.stops).rows {
            for form in row.items { entry(form) { $0.marks.insert(.stop) } }
        }
    }

    private mutating func addMarks() {
        for row in LexiconTable(ContextPhrases.function).rows {
            for form in row.items { entry(form) { $0.marks.insert(.function) } }
        }
        for row in LexiconTable(ContextPhrases.change).rows {
            for form in row.items { entry(form) { $0.marks.insert(.change) } }
        }
        for row in LexiconTable(ContextPhrases.markers).rows {
            let mark: Lexeme.Marks
            switch row.key[0] {
            case "point": mark = .point
            case "partitive": mark = .partitive
            case "percent": mark = .percentIn
            case "and": mark = .and
            case "over": mark = .over
            case "except": mark = .except
            case "minus": mark = .minus
            case "of-them": mark = .ofThem
            case "that": mark = .that
            default: preconditionFailure("bad marker row \(row.key)")
            }
            for form in row.items { entry(form) { $0.marks.insert(mark) } }
        }
    }

    private mutating func addPhrases() {
        let mods = Dictionary(uniqueKeysWithValues: NumberMention.Mod.allCases.map { ($0.rawValue, $0) })
        for row in LexiconTable(ContextPhrases.before).rows {
            for p in row.items { before.add(phraseWords(p), mods[row.key[0]]!) }
        }
        for row in LexiconTable(ContextPhrases.after).rows {
            for p in row.items { after.add(phraseWords(p), mods[row.key[0]]!) }
        }
        for row in LexiconTable(ContextPhrases.ranges).rows {
            let role: RangeWord = row.key[0] == "between" ? .between : row.key[0] == "from" ? .from : .to
            for p in row.items { ranges.add(phraseWords(p), role) }
        }
        for row in LexiconTable(ContextPhrases.cues).rows {
            let role: Cue = switch row.key[0] {
            case "year": .year
            case "year-context": .yearContext
            case "time": .time
            case "age": .age
            default: .identifier
            }
            for p in row.items { cues.add(phraseWords(p), role) }
        }
        for row in LexiconTable(ContextPhrases.idioms).rows {
            for p in row.items { idioms.add(phraseWords(p), true) }
        }
        for (table, category) in [(UnitWords.measures, UnitRole.Category.measure), (UnitWords.periods, .period),
                                  (UnitWords.currencies, .currency)] {
            for row in LexiconTable(table).rows {
                for p in row.items { units.add(phraseWords(p), UnitRole(category: category, key: row.key[0])) }
            }
        }
        for row in LexiconTable(UnitWords.nationalities).rows {
            for p in row.items { nationalities.add(phraseWords(p), Nationality(base: row.key[0], code: row.key[1])) }
        }
        for row in LexiconTable(UnitWords.symbols).rows {
            for s in row.items { symbols[s.utf16.first!] = row.key[0] }
        }
        for row in LexiconTable(UnitWords.months).rows {
            let month = Month(calendar: row.key[0] == "hijri" ? .hijri : .gregorian, number: Int(row.key[1])!)
            for p in row.items { months.add(phraseWords(p), month) }
        }
        for row in LexiconTable(UnitWords.eras).rows {
            for p in row.items { eras.add(phraseWords(p), row.key[0] == "hijri" ? .hijri : .gregorian) }
        }
        for row in LexiconTable(UnitWords.dayParts).rows {
            let part: DayPart = switch row.key[0] { case "am": .am; case "noon": .noon; case "pm": .pm; default: .night }
            for p in row.items { dayParts.add(phraseWords(p), part) }
        }
    }

    /// The words of a phrase as ids with the clitics they are written with. A word already listed
    /// whole keeps its form; otherwise a leading ال, or clitics before a listed word, become the
    /// word's prefix, so that the phrase matches tokens the way lookup splits them.
    private mutating func phraseWords(_ phrase: String) -> [PhraseWord] {
        phrase.split(separator: " ").map { written in
            let f = NumberFolding.fold(String(written))
            if let id = words.id(of: f) { return PhraseWord(id: id, prefix: []) }
            if f.count >= 4, f[0] == Letter.alef, f[1] == Letter.lam {
                return PhraseWord(id: intern(Array(f[2...])), prefix: .article)
            }
            if f.count > 2 {
                for k in 1...Swift.min(3, f.count - 2) {
                    let prefix = f.withUnsafeBufferPointer { WordIndex.clitics($0, length: k) }
                    if let prefix, let id = words.id(of: Array(f[k...])) { return PhraseWord(id: id, prefix: prefix) }
                }
            }
            return PhraseWord(id: intern(f), prefix: [])
        }
    }

    private mutating func addDuals() {
        let teh = Letter.teh, yeh = Letter.yeh, noon = Letter.noon, alef = Letter.alef
        let suffixes = LexiconTable(NumberWords.pronounSuffixes).rows.flatMap(\.items).map(NumberFolding.fold)
        var seen = Set<[UInt16]>()
        for row in LexiconTable(DualNouns.lemmas).rows {
            let onlyGenitive = row.key[0] == "only-ين"
            for lemma in row.items {
                let folded = NumberFolding.fold(lemma)
                if onlyGenitive {
                    removeNominativeDual(folded)
                    continue
                }
                guard seen.insert(folded).inserted else { continue }
                let index = Int32(duals.count)
                let unit = units.match(from: 0, in: [TokenWord(id: words.id(of: folded) ?? -1, prefix: [])])?.role
                duals.append(DualLemma(lemma: lemma, unit: unit))
                var forms: [[UInt16]] = []
                if folded.last == Letter.heh {
                    let stem = Array(folded.dropLast()) + [teh]
                    forms = [stem + [yeh, noon], stem + [alef, noon]] + suffixes.map { stem + [yeh] + $0 }
                } else {
                    forms = [folded + [yeh, noon], folded + [alef, noon]]
                        + suffixes.filter { $0 != [Letter.heh] }.map { folded + [yeh] + $0 }
                }
                for form in forms {
                    if let id = words.id(of: form), lexemes[Int(id)].opensNumber || !lexemes[Int(id)].marks.isEmpty {
                        continue  // a number word or a function word already: not a dual
                    }
                    lexemes[Int(intern(form))].dual = index
                }
            }
        }
    }

    /// Drops the -ان/-تان reading of a lemma whose nominative dual is also a plural or a name.
    private mutating func removeNominativeDual(_ folded: [UInt16]) {
        let form = folded.last == Letter.heh ? Array(folded.dropLast()) + [Letter.teh, Letter.alef, Letter.noon]
            : folded + [Letter.alef, Letter.noon]
        if let id = words.id(of: form) { lexemes[Int(id)].dual = -1 }
    }
}

extension Lexeme.Cardinal.Class {
    init?(name: String) {
        switch name {
        case "unit": self = .unit
        case "teen": self = .teen
        case "fused": self = .fused
        case "ten": self = .ten
        case "hundred": self = .hundred
        case "scale": self = .scale
        default: return nil
        }
    }
}
