/// Every table of the number extractor compiled for lookup: built once per run (the plugin's
/// shared data), then read by all workers.
struct NumberLexicon: Sendable {
    /// A listed noun whose dual counts two (قرية → قريتين).
    struct DualLemma: Sendable {
        let lemma: String
        let unit: UnitRole?
    }

    /// A unit as the records write it (`percent`, `km2`, `USD`): an index into ``unitNames``, so
    /// that a number being read is a plain value, copied without reference counting.
    struct UnitCode: Sendable, Equatable {
        fileprivate let index: Int16
    }

    /// The unit of percentages.
    static let percent = UnitCode(index: 0)

    /// What a unit word means.
    struct UnitRole: Sendable, Equatable {
        enum Category: Sendable { case measure, period, currency }
        /// A measure's square and cube (كلم2، م3).
        struct Powers: Sendable, Equatable {
            let square: UnitCode
            let cube: UnitCode
        }

        let category: Category
        /// The table key: an ISO code, a unit code, or a currency name (dinar) a nationality fixes.
        let key: String
        /// The code written into `unit`, nil when the name alone does not fix it.
        let code: UnitCode?
        let powers: Powers?
    }

    struct Nationality: Sendable, Equatable {
        let base: String
        let code: UnitCode
    }

    /// The unit codes in use, by ``UnitCode``; interned while the tables are compiled.
    private struct UnitNames {
        /// Measures a glued 2 or 3 squares or cubes (كلم2، م3).
        static let powered: Set<String> = ["km", "m", "cm"]

        var names = ["percent"]

        mutating func code(_ name: String) -> UnitCode {
            if let i = names.firstIndex(of: name) { return UnitCode(index: Int16(i)) }
            names.append(name)
            return UnitCode(index: Int16(names.count - 1))
        }

        mutating func role(_ category: UnitRole.Category, _ key: String) -> UnitRole {
            // A lowercase currency key is a name several countries share (dinar): no code alone.
            let named = category == .currency && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(key.utf8.first!) && key != "cent"
            let powers = !named && Self.powered.contains(key) ? UnitRole.Powers(square: code(key + "2"), cube: code(key + "3")) : nil
            return UnitRole(category: category, key: key, code: named ? nil : code(key), powers: powers)
        }
    }

    enum Calendar: String, Sendable { case gregorian, hijri }

    struct Month: Sendable {
        let calendar: Calendar
        let number: Int
    }

    enum DayPart: String, Sendable { case am, noon, pm, night }

    enum RangeWord: String, Sendable { case between, from, to }

    enum Cue: String, Sendable { case year, yearContext = "year-context", time, identifier, age }

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
    /// Currency symbols: their UTF-16 unit and code (three of them: a list is quicker than a hash).
    private(set) var symbols: [(unit: UInt16, code: UnitCode)] = []
    /// The names of the ``UnitCode``s.
    private(set) var unitNames: [String] = []
    /// Whether each word id can open a number (the scan's fast test).
    private(set) var opens: [Bool] = []
    /// The last letters of the forms that can open a number (the scan's test before a lookup).
    private(set) var openerFilter = OpenerFilter()

    init() {
        // Room for every form: the list grew a dozen times, copying its lexemes.
        lexemes.reserveCapacity(4096)
        addNumberWords()
        addMarks()
        addPhrases()
        addDuals()
        opens = lexemes.map(\.opensNumber)
        for id in opens.indices where opens[id] { openerFilter.add(words.form(Int32(id))) }
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
                  let cls = Lexeme.Cardinal.Class(rawValue: row.key[1]) else { preconditionFailure("bad cardinal row \(row.key)") }
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
            guard let v = Lexeme.Vague(rawValue: row.key[0]) else { preconditionFailure("bad vague row \(row.key)") }
            for form in row.items { entry(form) { $0.vague = v } }
        }
        for row in LexiconTable(NumberWords.stops).rows {
            for form in row.items { entry(form) { $0.marks.insert(.stop) } }
        }
    }

    private mutating func addMarks() {
        for table in [ContextPhrases.function, ContextPhrases.change, ContextPhrases.markers] {
            for row in LexiconTable(table).rows {
                guard let mark = Lexeme.Marks.byName[row.key[0]] else { preconditionFailure("bad marker row \(row.key)") }
                for form in row.items { entry(form) { $0.marks.insert(mark) } }
            }
        }
    }

    private mutating func addPhrases() {
        before = phrases(ContextPhrases.before) { NumberMention.Mod(rawValue: $0[0]) }
        after = phrases(ContextPhrases.after) { NumberMention.Mod(rawValue: $0[0]) }
        ranges = phrases(ContextPhrases.ranges) { RangeWord(rawValue: $0[0]) }
        cues = phrases(ContextPhrases.cues) { Cue(rawValue: $0[0]) }
        idioms = phrases(ContextPhrases.idioms) { _ in true }
        var names = UnitNames()
        var units = phrases(UnitWords.measures) { names.role(.measure, $0[0]) }
        add(UnitWords.periods, to: &units) { names.role(.period, $0[0]) }
        add(UnitWords.currencies, to: &units) { names.role(.currency, $0[0]) }
        self.units = units
        nationalities = phrases(UnitWords.nationalities) { Nationality(base: $0[0], code: names.code($0[1])) }
        months = phrases(UnitWords.months) { key in
            Calendar(rawValue: key[0]).flatMap { c in Int(key[1]).map { Month(calendar: c, number: $0) } }
        }
        eras = phrases(UnitWords.eras) { Calendar(rawValue: $0[0]) }
        dayParts = phrases(UnitWords.dayParts) { DayPart(rawValue: $0[0]) }
        for row in LexiconTable(UnitWords.symbols).rows {
            for s in row.items {
                let symbol = (unit: s.utf16.first!, code: names.code(row.key[0]))
                if let i = symbols.firstIndex(where: { $0.unit == symbol.unit }) { symbols[i] = symbol } else { symbols.append(symbol) }
            }
        }
        unitNames = names.names
    }

    /// The code of a currency symbol.
    func symbol(_ unit: UInt16) -> UnitCode? {
        for s in symbols where s.unit == unit { return s.code }
        return nil
    }

    /// The name of a unit code, as records write it.
    func name(of code: UnitCode) -> String { unitNames[Int(code.index)] }

    /// A phrase table compiled, each row's phrases with the role its key names.
    private mutating func phrases<R>(_ table: String, _ role: ([String]) -> R?) -> PhraseSet<R> {
        var set = PhraseSet<R>()
        add(table, to: &set, role)
        return set
    }

    private mutating func add<R>(_ table: String, to set: inout PhraseSet<R>, _ role: ([String]) -> R?) {
        for row in LexiconTable(table).rows {
            guard let r = role(row.key) else { preconditionFailure("bad row \(row.key)") }
            for p in row.items { set.add(phraseWords(p), r) }
        }
    }

    /// The words of a phrase as ids with the clitics they are written with. A word already listed
    /// whole keeps its form; otherwise a leading ال, or clitics before a listed word, become the
    /// word's prefix, so that the phrase matches tokens the way lookup splits them.
    private mutating func phraseWords(_ phrase: String) -> [PhraseWord] {
        // Folded whole, then split on the spaces (which the fold keeps): the phrases are the
        // tables' items, already trimmed.
        NumberFolding.fold(phrase).split(separator: 0x20).map { word in
            let f = Array(word)
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
        // -ين، -ان, then -ي before each pronoun suffix (-يه only after a feminine stem).
        let feminineEndings = [[yeh, noon], [alef, noon]] + suffixes.map { [yeh] + $0 }
        let masculineEndings = [[yeh, noon], [alef, noon]] + suffixes.filter { $0 != [Letter.heh] }.map { [yeh] + $0 }
        var seen = WordIndex()  // the folded lemmas read so far
        var form: [UInt16] = []
        for row in LexiconTable(DualNouns.lemmas).rows {
            let onlyGenitive = row.key[0] == "only-ين"
            for lemma in row.items {
                let folded = NumberFolding.fold(lemma)
                if onlyGenitive {
                    removeNominativeDual(folded)
                    continue
                }
                guard seen.id(of: folded) == nil else { continue }
                _ = seen.intern(folded)
                let index = Int32(duals.count)
                let unit = units.match(from: 0, in: [TokenWord(id: words.id(of: folded) ?? -1, prefix: [])])?.role
                duals.append(DualLemma(lemma: lemma, unit: unit))
                let feminine = folded.last == Letter.heh
                let stem = feminine ? folded.dropLast() + [teh] : folded
                for ending in feminine ? feminineEndings : masculineEndings {
                    form.removeAll(keepingCapacity: true)
                    form.append(contentsOf: stem)
                    form.append(contentsOf: ending)
                    // A new form comes with an empty lexeme.
                    let id = Int(intern(form))
                    if lexemes[id].opensNumber || !lexemes[id].marks.isEmpty {
                        continue  // a number word or a function word already: not a dual
                    }
                    lexemes[id].dual = index
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
