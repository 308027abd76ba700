import Toolkit

/// Finds the numbers of a tokenized document. One instance per worker: its ``NumberScan`` keeps
/// the buffers a document needs from one document to the next; the lexicon is shared.
///
/// Two passes. The first lists the tokens a number can start at: digits, and the words that
/// can open one, looked up (``WordIndex``) only when their last letters let them through
/// (``OpenerFilter``). The second reads a number at each of them: its core
/// (``SpelledNumberParser``, ``DigitReading``), then its context (``NumberScan/decorate(_:)``):
/// cues, approximators and bounds, ranges, units, the counted noun. The words the context reads
/// are looked up then (``TokenWords``).
struct NumberExtractor {
    private var scan: NumberScan

    init(lexicon: NumbersPlugin.Lexicon) {
        scan = NumberScan(lexicon: lexicon)
    }

    mutating func extract(tokens: [Token], text: NormalizedText) -> [NumberMention] {
        scan.read(tokens: tokens, text: text)
    }
}

/// A number being read: token ranges of the expression and of its core, and what is known so far.
/// A small plain value (no strings, 112 bytes): drafts are copied at every step, which a larger
/// one did through calls to memcpy, and the record's strings are made once, for the numbers kept
/// (``NumberScan/appendMention(_:)``). The fields are laid out so that the one-byte ones fill
/// the padding after the optional doubles.
struct NumberDraft {
    /// The counted noun: tokens of the text, or the lemma of a listed dual (its index in
    /// ``NumberLexicon/duals``).
    enum Noun {
        case tokens(Int32, Int32)
        case lemma(Int32)

        /// The noun written by tokens `first` through `last`.
        static func tokens(_ first: Int, _ last: Int) -> Noun { .tokens(Int32(first), Int32(last)) }
    }

    @Narrow var first: Int
    @Narrow var last: Int
    @Narrow var coreFirst: Int
    @Narrow var coreLast: Int
    var value: Double?
    var kind: NumberMention.Kind
    var mod: NumberMention.Mod? = nil
    /// A single digits token without separators (a year or a day can only be that).
    var plain = false
    /// Number words (not digits) make up the core.
    var spelled = false
    /// A single word of 1 or 2 (واحد، اثنين), which follows its noun.
    var lone12 = false
    /// Not a quantity (a case number 353/2, a list marker): its tokens are passed over.
    var skip = false
    /// A definite number word alone (الثلاثة): a number only after its noun.
    var needsHead = false
    var min: Double? = nil
    /// الواحد/الواحدة: a number only as a clock hour.
    var onlyTime = false
    var unit: NumberLexicon.UnitCode? = nil
    var max: Double? = nil
    var time: ClockTime? = nil
    /// The last scale word multiplied in.
    var scale: Double? = nil
    /// Integer digits of a digits core.
    @Narrow var digits = 0
    var noun: Noun? = nil
    var date: CalendarDate? = nil

    init(_ first: Int, _ last: Int, kind: NumberMention.Kind, value: Double?) {
        self.first = first
        self.last = last
        coreFirst = first
        coreLast = last
        self.kind = kind
        self.value = value
    }

    /// An Int kept in 32 bits (token indices and digit counts fit), to keep drafts small.
    @propertyWrapper
    struct Narrow {
        private var stored: Int32

        init(wrappedValue: Int) {
            stored = Int32(wrappedValue)
        }

        var wrappedValue: Int {
            get { Int(stored) }
            set { stored = Int32(newValue) }
        }
    }
}

/// The walk over a document's tokens, with the buffers it reuses from one document to the next.
struct NumberScan {
    /// The tables, behind a reference: the scan is passed by value to each of its helpers, so it
    /// must stay small.
    private let shared: NumbersPlugin.Lexicon
    var lex: NumberLexicon {
        @inline(__always) get { shared.tables }
    }
    private(set) var tokens: [Token] = []
    private(set) var text = NormalizedText(utf16: [], starts: [], ends: [], originalLength: 0)
    /// What the lexicon knows of each token, looked up when first read; valid during ``read(tokens:text:)``.
    private(set) var words = TokenWords()
    /// The entries of ``words``, kept from one document to the next.
    private let wordStorage = TokenWords.Storage()
    /// The tokens a number can start at (digits, and words that can open one): the first
    /// ``openerCount`` entries, written in place. Never shrinks.
    private var openers: [Int32] = []
    private var openerCount = 0
    /// The digits tokens read (``digits(_:)``), in token order.
    private var readings: [DigitReading?] = []
    /// For each digits token, its index in ``readings``; other entries are stale. Longer than
    /// the token list when an earlier document had more tokens.
    private var readingOf: [Int32] = []
    private(set) var mentions: [NumberMention] = []
    /// Tokens before this index belong to an earlier number.
    private(set) var free = 0

    init(lexicon: NumbersPlugin.Lexicon) {
        shared = lexicon
    }

    /// The numbers of a document.
    mutating func read(tokens: [Token], text: NormalizedText) -> [NumberMention] {
        self.tokens = tokens
        self.text = text
        mentions = []
        free = 0
        // The tables read in place in the shared lexicon: copies of them would be retained and
        // released at every document.
        let shared = shared
        tokens.withUnsafeBufferPointer { toks in
            text.utf16.withUnsafeBufferPointer { units in
                NumberFolding.table.withUnsafeBufferPointer { table in
                    shared.tables.words.withReader { index in
                        shared.tables.openerFilter.withReader { filter in
                            words = TokenWords(wordStorage, tokens: toks, units: units, table: table.baseAddress!, index: index)
                            findOpeners(filter, tokens: toks, table: table.baseAddress!)
                        }
                        run()
                    }
                }
            }
        }
        // Let go of the document's arrays, so that nothing holds them once it moves on.
        words = TokenWords()
        self.tokens = []
        self.text = NormalizedText(utf16: [], starts: [], ends: [], originalLength: 0)
        let found = mentions
        mentions = []
        return found
    }

    /// Lists the tokens a number can start at, and writes the entry of every token in ``words``:
    /// a word that may open a number (``OpenerFilter``) is looked up, any other is left to be
    /// looked up when read. `toks` and `table` are the buffers ``read(tokens:text:)`` holds open.
    private mutating func findOpeners(_ filter: OpenerFilter.Reader, tokens toks: UnsafeBufferPointer<Token>,
                                      table: UnsafePointer<UInt16>) {
        let n = toks.count
        if openers.count < n { openers = [Int32](repeating: 0, count: n) }
        let words = words, shared = shared
        let count = openers.withUnsafeMutableBufferPointer { openers in
            shared.tables.opens.withUnsafeBufferPointer { opens in
                guard n > 0 else { return 0 }
                // Locals: values read through the closures' captures would be read again
                // after every store.
                let toks = toks.baseAddress!, found = openers.baseAddress!
                let table = table, opens = opens.baseAddress!
                let words = words, filter = filter, units = words.units
                // First the digits and the words through the first test, in a loop that
                // holds all it needs in registers. The first tokens may end too close to
                // the start of the text to read units before them: they are tested on
                // their own units, in a loop of their own.
                var m = 0, i = 0
                while i < n, toks[i].normEnd < OpenerFilter.Ending.reach {
                    if toks[i].kind == .word {
                        words.setUnread(i)
                        let w = OpenerFilter.Ending(start: Int(toks[i].normStart), end: Int(toks[i].normEnd))
                        if filter.mayOpen(w, first: units, table) { found[m] = Int32(i); m += 1 }
                    } else {
                        words.set(i, TokenWord())
                        if toks[i].kind == .number { found[m] = Int32(i); m += 1 }
                    }
                    i += 1
                }
                while i < n {
                    if toks[i].kind == .word {
                        words.setUnread(i)
                        if filter.mayOpen(OpenerFilter.Ending(endingAt: Int(toks[i].normEnd)), first: units, table) {
                            found[m] = Int32(i)
                            m += 1
                        }
                    } else {
                        words.set(i, TokenWord())
                        if toks[i].kind == .number { found[m] = Int32(i); m += 1 }
                    }
                    i += 1
                }
                // Then the words among them through the second test, looked up: those
                // that open a number stay.
                var k = 0
                for j in 0..<m {
                    let i = Int(found[j])
                    if toks[i].kind == .word {
                        let w = OpenerFilter.Ending(word: Int(toks[i].normStart), end: Int(toks[i].normEnd))
                        guard filter.mayOpen(w, second: units, table) else { continue }
                        let id = words.read(i).id
                        guard id >= 0, opens[Int(id)] else { continue }
                    }
                    found[k] = Int32(i)
                    k += 1
                }
                return k
            }
        }
        openerCount = count
    }

    /// Reads a number at each opener not inside an earlier one.
    private mutating func run() {
        readings.removeAll(keepingCapacity: true)
        if readingOf.count < tokens.count { readingOf = [Int32](repeating: 0, count: tokens.count) }
        let openers = openers[..<openerCount]
        for o in openers where isNumber(Int(o)) {
            readingOf[Int(o)] = Int32(readings.count)
            readings.append(readDigits(Int(o)))
        }
        // Room for a number at each opener: the list then grows at most once.
        if !openers.isEmpty { mentions.reserveCapacity(openers.count) }
        var next = 0
        for o in openers.indices {
            let i = Int(openers[o])
            guard i >= next, var d = core(at: i) else { continue }
            if d.skip { next = d.last + 1; continue }
            guard decorate(&d) else { continue }
            appendMention(d)
            free = d.last + 1
            next = d.last + 1
        }
    }

    /// The record of a number read.
    private mutating func appendMention(_ d: NumberDraft) {
        let noun: NumberMention.Noun? = switch d.noun {
        case .tokens(let first, let last)?: .span(tokens[Int(first)].span.union(tokens[Int(last)].span))
        case .lemma(let index)?: .lemma(lex.duals[Int(index)].lemma)
        case nil: nil
        }
        let mention = NumberMention(span: tokens[d.first].span.union(tokens[d.last].span),
                                    core: tokens[d.coreFirst].span.union(tokens[d.coreLast].span),
                                    kind: d.kind, value: d.value, min: d.min, max: d.max, mod: d.mod,
                                    unit: d.unit.map(lex.name(of:)), noun: noun, time: d.time?.text, date: d.date?.iso)
        mentions.append(mention)
    }

    // MARK: - Token facts

    var count: Int { tokens.count }

    /// Inlined: a caller reads one or two fields of the lexeme, not all of it.
    @inline(__always)
    func lexeme(_ i: Int) -> Lexeme? {
        guard i >= 0, i < count else { return nil }
        return lex.lexeme(words[i].id)
    }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < count && tokens[i].kind == .word }
    func isNumber(_ i: Int) -> Bool { i >= 0 && i < count && tokens[i].kind == .number }
    func prefix(_ i: Int) -> Prefix { i >= 0 && i < count ? words[i].prefix : [] }
    func hasArticle(_ i: Int) -> Bool { i >= 0 && i < count && words[i].prefix.contains(.article) }

    /// No space between two tokens.
    func glued(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < count && tokens[a].span.end == tokens[b].span.start
    }

    /// The folded unit `k` of the text (``NumberFolding``), 0 when the fold drops it.
    func folded(_ k: Int) -> UInt16 { words.folded(k) }

    /// The folded unit of a one-character punctuation or symbol token.
    func mark(_ i: Int) -> UInt16? {
        guard i >= 0, i < count, tokens[i].kind == .punct || tokens[i].kind == .symbol,
              tokens[i].normRange.count == 1 else { return nil }
        return folded(Int(tokens[i].normStart))
    }

    func isMark(_ i: Int, _ units: UInt16...) -> Bool { mark(i).map(units.contains) ?? false }

    /// A word that can be a counted noun or a head noun: not a function word, not a number word.
    @inline(__always)
    func isContentWord(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        guard let l = lexeme(i) else { return letterCount(i) ?? 0 > 0 }  // a lone tatweel is no word
        return l.marks.isDisjoint(with: Lexeme.Marks.notContent) && (l.dual >= 0 || !l.opensNumber)
    }

    /// The folded letter at position `k` of a word token.
    func letter(_ i: Int, _ k: Int) -> UInt16? {
        guard isWord(i) else { return nil }
        var n = 0
        for j in tokens[i].normRange {
            let f = folded(j)
            if f == 0 { continue }
            if n == k { return f }
            n += 1
        }
        return nil
    }

    /// The number of folded letters of a word token.
    func letterCount(_ i: Int) -> Int? {
        guard isWord(i) else { return nil }
        return tokens[i].normRange.reduce(0) { $0 + (folded($1) == 0 ? 0 : 1) }
    }

    /// A word ending in ة or ات.
    func isFeminine(_ i: Int) -> Bool {
        guard let last = lastLetter(i), let n = letterCount(i) else { return false }
        return last == Letter.heh || (last == Letter.teh && n >= 3 && letter(i, n - 2) == Letter.alef)
    }

    /// The last folded letter of a word token.
    @inline(__always)
    func lastLetter(_ i: Int) -> UInt16? {
        guard isWord(i) else { return nil }
        for k in tokens[i].normRange.reversed() {
            let f = folded(k)
            if f != 0 { return f }
        }
        return nil
    }

    /// The word was written with tanween (ألفاً): a mark the normalizer removed is absorbed into
    /// one of the last two letters, or the unnormalized token still has it.
    func hasTanween(_ i: Int) -> Bool {
        let r = tokens[i].normRange
        for k in r.suffix(3) {
            if NumberFolding.isTanween(text.utf16[k]) { return true }
        }
        for k in r.suffix(2) where text.ends[k] - text.starts[k] > 1 { return true }
        return false
    }

    /// The digits token read, its units folded. A number's core and context ask for the same
    /// tokens several times: each is read once, in ``run()``. Inlined, like ``lexeme(_:)``.
    @inline(__always)
    func digits(_ i: Int) -> DigitReading? {
        guard isNumber(i) else { return nil }
        return readings[Int(readingOf[i])]
    }

    private func readDigits(_ i: Int) -> DigitReading? {
        let t = tokens[i]
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: t.normRange.count) { buf in
            DigitReading.read(words.fold(t, into: buf.baseAddress!))
        }
    }

    // MARK: - Cores

    /// The number whose core starts at token `i`, before its context is read.
    func core(at i: Int) -> NumberDraft? {
        switch tokens[i].kind {
        case .number: return digitsCore(at: i)
        case .word:
            guard let l = lexeme(i), l.opensNumber else { return nil }
            return wordCore(at: i, l)
        default: return nil
        }
    }

    private func digitsCore(at i: Int) -> NumberDraft? {
        guard let r = digits(i) else { return nil }
        // The 2 of كلم2, م2: part of the unit before it.
        if r.plain, r.value == 2 || r.value == 3, glued(i - 1, i), let u = unitAt(i - 1), u.category == .measure {
            return nil
        }
        switch r.form {
        case .clock(let h, let m): return clock(i, hour: h, minute: m)
        case .date(let day, let month, let year):
            var d = NumberDraft(i, i, kind: .date, value: Double(day))
            d.date = CalendarDate(year: year, month: month, day: day)
            return d
        case .number: break
        }
        if let d = slashed(at: i, r) { return d }
        if r.plain, r.value < 100, isMark(i + 1, 0x2D, 0x29, 0x2E), glued(i, i + 1), startsLine(i) {
            var d = NumberDraft(i, i + 1, kind: .cardinal, value: r.value)
            d.skip = true  // 1- … 2) … at the start of a line: a list marker
            return d
        }
        guard var d = cardinal(at: i) else { return nil }
        signAndPoint(&d)
        return d
    }

    private func wordCore(at i: Int, _ l: Lexeme) -> NumberDraft? {
        if let f = l.fraction, !f.denominator, !f.ambiguous || fractionReading(i, f) {
            if lexeme(i + 1)?.cardinal?.cls == .scale, let d = cardinal(at: i) { return d }  // نصف مليون
            return fraction(at: i, f)
        }
        if l.cardinal != nil, let d = cardinal(at: i) { return d }
        if let o = l.ordinal, let d = ordinal(at: i, o) { return d }
        if let v = l.vague { return vague(at: i, v) }
        if l.dual >= 0, l.cardinal == nil { return dual(at: i, l.dual) }
        return nil
    }

    /// Nothing but spaces between the previous line (or the start of the text) and token `i`.
    func startsLine(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let gap = Int(tokens[i - 1].normEnd)..<Int(tokens[i].normStart)
        return gap.contains { text.utf16[$0] == 0x0A }
    }

    /// Egyptian decimals written with ر: 2ر1 is 1.2 (the fraction first, as typed right to left).
    func rDecimal(at i: Int) -> (value: Double, last: Int)? {
        guard let a = digits(i), a.plain, isWord(i + 1), tokens[i + 1].normRange.count == 1,
              text.utf16[Int(tokens[i + 1].normStart)] == 0x0631, glued(i, i + 1), glued(i + 1, i + 2),
              let b = digits(i + 2), b.plain else { return nil }
        var scale = 1.0
        for _ in 0..<a.digits { scale *= 10 }
        return (b.value + a.value / scale, i + 2)
    }

    /// The most atoms a number expression is read over.
    static let maxAtoms = 16

    /// The atoms of a number expression from token `i` on into `atoms`, with the last token of
    /// each into `ends`; returns how many (at most ``maxAtoms``).
    func atoms(from i: Int, into atoms: UnsafeMutableBufferPointer<NumberAtom>, ends: UnsafeMutableBufferPointer<Int>) -> Int {
        var n = 0
        var j = i
        if let (value, last) = rDecimal(at: i) {
            atoms[0] = NumberAtom(kind: .digits, value: value)
            ends[0] = last
            n = 1
            j = last + 1
        }
        while j < count, n < Self.maxAtoms {
            var joined = false, k = j
            if j > i, let l = lexeme(j), l.marks.contains(.and), prefix(j).isEmpty { joined = true; k = j + 1 }
            guard k < count, var atom = atom(at: k, first: n == 0) else { break }
            if k == j, prefix(k).subtracting(.article) == .conjunction { joined = true }  // وعشرون، والعشرين
            if n == 0 { joined = false }
            atom.joined = joined
            atoms[n] = atom
            ends[n] = k
            n += 1
            j = k + 1
        }
        return n
    }

    private func atom(at k: Int, first: Bool) -> NumberAtom? {
        if tokens[k].kind == .number {
            guard let r = digits(k), r.form == .number else { return nil }
            // 2.800 عامل groups thousands (a count of people or things); 6.935 مليون and 97.823 بعد are decimals.
            if let grouped = r.thousands, isContentWord(k + 1), lexeme(k + 1)?.cardinal == nil, unitAt(k + 1) == nil {
                return NumberAtom(kind: .digits, value: grouped)
            }
            return NumberAtom(kind: .digits, value: r.value)
        }
        guard let l = lexeme(k), !l.marks.contains(.stop) else { return nil }
        if !first, prefix(k).contains(.preposition) { return nil }
        if let c = l.cardinal {
            let kind: NumberAtom.Kind = switch c.cls {
            case .unit: .unit
            case .teen: .teen
            case .fused: .fused
            case .ten: .ten
            case .hundred: .hundred
            case .scale: .scale
            }
            var a = NumberAtom(kind: kind, value: c.value, count: c.count)
            if c.count == .tanween { a.tanween = hasTanween(k) }
            return a
        }
        if let f = l.fraction, !f.ambiguous, !f.denominator, !f.suffixed, !hasArticle(k) {
            return NumberAtom(kind: .fraction, value: f.value)
        }
        return nil
    }

    /// A cardinal from its atoms, with the checks that keep look-alikes out.
    func cardinal(at i: Int) -> NumberDraft? {
        // The atoms live on the stack: a cardinal is tried at every digits token.
        withUnsafeTemporaryAllocation(of: NumberAtom.self, capacity: Self.maxAtoms) { atomBuffer in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.maxAtoms) { ends in
                let n = atoms(from: i, into: atomBuffer, ends: ends)
                return cardinal(at: i, UnsafeBufferPointer(rebasing: atomBuffer[..<n]), ends: ends)
            }
        }
    }

    private func cardinal(at i: Int, _ atoms: UnsafeBufferPointer<NumberAtom>, ends: UnsafeMutableBufferPointer<Int>) -> NumberDraft? {
        guard let c = SpelledNumberParser.compose(atoms) else { return nil }
        let last = ends[c.atoms - 1]
        var d = NumberDraft(i, last, kind: .cardinal, value: c.value)
        d.scale = c.scale
        d.spelled = atoms[0].kind != .digits
        if c.atoms == 1, atoms[0].kind == .digits, let r = digits(i) {
            d.plain = r.plain
            d.digits = r.digits
        }
        guard d.spelled else { return d }
        let single = c.atoms == 1
        if single, let card = lexeme(i)?.cardinal {
            // Weak forms (متين، مية) stand alone at the start, after a bound or an approximator
            // (أكثر من مئة), or between a function word and their noun (على مئة شخص); not after a
            // noun or a verb (شرب مية، اقتصاد متين).
            if card.weak, isWord(i - 1), lex.before.match(endingAt: i - 1, in: words) == nil,
               isContentWord(i - 1) || !isContentWord(i + 1) { return nil }
            // A unit word right before digits is a verb (تسع القاعة 500); before a definite noun it
            // is no count either (ست البيت "the lady of the house").
            if card.cls == .unit, isNumber(i + 1)
                || (card.value >= 3 && !hasArticle(i) && isContentWord(i + 1) && prefix(i + 1) == .article) {
                return nil
            }
            if card.cls == .unit, card.value <= 2, !hasArticle(i) { d.lone12 = true }
            if hasArticle(i), card.cls != .scale {
                // الثلاثة، العشرين alone: a number only after the noun it counts (الشهور الثلاثة);
                // الواحدة only as a clock hour (الساعة الواحدة; الواحد تلو الآخر "one after another").
                // A tens word opening a line reads as the ordinal (التسعون: the ninetieth).
                if card.cls == .unit, card.value == 1 {
                    d.onlyTime = true
                } else if card.cls == .ten, startsLine(i) {
                    d.kind = .ordinal
                } else {
                    d.needsHead = true
                }
            }
        }
        if hasArticle(i), atoms.count > 1, c.atoms > 1 { d.kind = .ordinal }
        return d
    }

    /// خمس، سبع، تسع، عشر are fractions before a definite noun (خمس السكان), cardinals otherwise.
    private func fractionReading(_ i: Int, _ f: Lexeme.Fraction) -> Bool {
        if f.suffixed { return true }
        guard !hasArticle(i), isContentWord(i + 1), hasArticle(i + 1) else { return false }
        return true
    }

    private func fraction(at i: Int, _ f: Lexeme.Fraction) -> NumberDraft? {
        if inIdiom(i) { return nil }  // نصف النهائي
        if !f.suffixed, prefix(i).contains(.conjunction), !hasArticle(i) {
            // ساعة ونصف، متر ونصف: the unit word alone counts one.
            guard let u = lex.units.match(endingAt: i - 1, in: words), u.first == i - 1, u.first >= free,
                  !hasArticle(i - 1), !f.ambiguous else { return nil }
            var d = NumberDraft(i - 1, i, kind: .cardinal, value: 1 + f.value)
            d.unit = u.role.code
            if u.role.category == .currency { d.kind = .money }
            if u.role.category == .period { d.noun = .tokens(i - 1, i - 1) }
            d.spelled = true
            return d
        }
        // النصف الأول، الربع السابق: a half or a quarter of the year, no quantity.
        if hasArticle(i), !f.suffixed, !isContentWord(i + 1) { return nil }
        var d = NumberDraft(i, i, kind: .fraction, value: f.value)
        d.spelled = true
        return d
    }

    private func ordinal(at i: Int, _ o: Lexeme.Ordinal) -> NumberDraft? {
        if o.use == .definite, !hasArticle(i) { return nil }
        var value = o.value, last = i
        if o.value <= 9, let l = lexeme(i + 1), let c = l.cardinal, c.cls == .unit, c.value == 10,
           prefix(i + 1).isDisjoint(with: [.conjunction, .preposition]) {
            value += 10
            last = i + 1
        } else if let (ten, end) = joinedTen(after: i) {
            value += Int(ten)
            last = end
        } else if o.use == .compound {
            return nil
        }
        if last == i {
            if o.use == .second, !hasArticle(i) {
                // مرة ثانية: after a feminine noun; alone it is "a second".
                guard lastLetter(i - 1) == Letter.heh, isContentWord(i - 1) else { return nil }
            }
            if inIdiom(i) || inMonthName(i) { return nil }
            // Ranks and district names: فريق أول، وكيل أول، ملازم ثان، قسم ثان.
            let masculine = (value == 1 && lastLetter(i) == Letter.lam) || (value == 2 && lastLetter(i) != Letter.heh)
            if masculine, !hasArticle(i), prefix(i).isEmpty, isContentWord(i - 1), prefix(i - 1).isEmpty { return nil }
            // أولى after its noun agrees with a feminine one (مرحلة أولى); after a masculine noun the
            // same letters are أولي "preliminary" (تقدير أولي أن). Before a noun it is the ordinal (أولى جلسات).
            if value == 1, lastLetter(i) == Letter.yeh, !hasArticle(i), isContentWord(i - 1), !isFeminine(i - 1),
               !isContentWord(i + 1) { return nil }
            // الأولى به أن، من الأولى أن: "more fitting", no ordinal.
            if value == 1, lastLetter(i) == Letter.yeh, lexeme(i + 1)?.marks.contains(.that) == true { return nil }
        }
        var d = NumberDraft(i, last, kind: .ordinal, value: Double(value))
        d.spelled = true
        return d
    }

    /// A tens word joined by و after token `i` (الحادي والعشرين): its value and token.
    func joinedTen(after i: Int) -> (Double, Int)? {
        var j = i + 1
        if let l = lexeme(j), l.marks.contains(.and), prefix(j).isEmpty { j += 1 }
        guard let c = lexeme(j)?.cardinal, c.cls == .ten else { return nil }
        guard j > i + 1 || prefix(j).contains(.conjunction) else { return nil }
        return (c.value, j)
    }

    private func vague(at i: Int, _ v: Lexeme.Vague) -> NumberDraft? {
        var d = NumberDraft(i, i, kind: .vague, value: nil)
        if v == .modifier {
            // عدة folds like عده "his number" (بعده after him, وعده his promise): a noun must follow.
            if prefix(i).contains(.preposition), letter(i, prefix(i).contains(.conjunction) ? 1 : 0) == Letter.beh { return nil }
            if let next = lexeme(i + 1), next.vague == .quantity, prefix(i + 1).isEmpty {
                d.coreFirst = i + 1
                d.coreLast = i + 1
                d.last = i + 1
            } else if !isContentWord(i + 1) || hasArticle(i + 1) {
                return nil
            }
        }
        // عشرات الآلاف، مئات الملايين، مئات آلاف
        let j = d.coreLast + 1
        if let next = lexeme(j), next.vague == .quantity, next.cardinal?.cls == .scale,
           prefix(j).isDisjoint(with: [.conjunction, .preposition]) {
            d.coreLast = j
            d.last = j
        }
        d.spelled = true
        return d
    }

    private func dual(at i: Int, _ index: Int32) -> NumberDraft? {
        let lemma = lex.duals[Int(index)]
        var d = NumberDraft(i, i, kind: .dual, value: 2)
        d.noun = .lemma(index)
        if let u = lemma.unit {
            d.unit = u.code
            if u.category == .currency { d.kind = .money }
        }
        // شخصين اثنين: the number word repeats the dual.
        if let c = lexeme(i + 1)?.cardinal, c.cls == .unit, c.value == 2 { d.last = i + 1 }
        // سنتين ونصف: two and a half.
        if d.last == i, let f = lexeme(i + 1)?.fraction, !f.ambiguous, !f.denominator, !f.suffixed, prefix(i + 1) == .conjunction {
            d.value = 2 + f.value
            d.kind = d.kind == .money ? .money : .cardinal
            d.coreLast = i + 1
            d.last = i + 1
        }
        d.spelled = true
        return d
    }

    // MARK: - Digits around the core

    /// A minus sign or a leading decimal point glued before digits: -1200, .77 (٫٧٧).
    private func signAndPoint(_ d: inout NumberDraft) {
        let i = d.coreFirst
        guard var value = d.value else { return }
        if isMark(i - 1, 0x2E), glued(i - 1, i), !glued(i - 2, i - 1), d.plain {
            var scale = 1.0
            for _ in 0..<d.digits { scale *= 10 }
            value /= scale
            d.coreFirst = i - 1
            d.first = i - 1
            d.plain = false
        }
        let s = d.coreFirst
        if isMark(s - 1, 0x2D, 0x2212), glued(s - 1, s), !(isNumber(s - 2) || isWord(s - 2)) || !glued(s - 2, s - 1) {
            value = -value
            d.coreFirst = s - 1
            d.first = s - 1
        } else if let l = lexeme(s - 1), l.marks.contains(.minus) {
            value = -value  // ناقص 2.1 في المائة
            d.first = s - 1
        }
        d.value = value
    }

    /// Numbers joined by slashes or dashes without spaces: 21/8/2015, 2015-08-21, 10/9 (a day and a
    /// month when they can be one), 77/100 and -12/10 (fractions otherwise).
    private func slashed(at i: Int, _ r: DigitReading) -> NumberDraft? {
        guard r.plain, let sep = mark(i + 1), sep == 0x2F || sep == 0x2D, glued(i, i + 1), glued(i + 1, i + 2),
              let b = digits(i + 2), b.plain else { return nil }
        let a = Int(r.value), m = Int(b.value)
        if mark(i + 3) == sep, glued(i + 2, i + 3), glued(i + 3, i + 4), let c = digits(i + 4), c.plain {
            let z = Int(c.value)
            if r.digits <= 2, (1...31).contains(a), (1...12).contains(m), c.digits == 4 || c.digits == 2 {
                var d = NumberDraft(i, i + 4, kind: .date, value: Double(a))
                d.date = CalendarDate(year: c.digits == 2 ? 2000 + z : z, month: m, day: a)
                return d
            }
            if r.digits == 4, (1...12).contains(m), (1...31).contains(z) {
                var d = NumberDraft(i, i + 4, kind: .date, value: Double(z))
                d.date = CalendarDate(year: a, month: m, day: z)
                return d
            }
            return nil
        }
        guard sep == 0x2F else { return nil }
        let negative = isMark(i - 1, 0x2D, 0x2212) && glued(i - 1, i)
        if !negative, r.digits <= 2, (1...31).contains(a), (1...12).contains(m), b.digits <= 2 {
            var d = NumberDraft(i, i + 2, kind: .date, value: Double(a))
            d.date = CalendarDate(year: nil, month: m, day: a)
            return d
        }
        if r.digits == 4, b.digits == 4, (1300...2100).contains(a), m == a + 1 {
            var d = NumberDraft(i, i + 2, kind: .range, value: nil)  // 2013/2014: a season, a fiscal year
            (d.min, d.max, d.mod) = (r.value, b.value, .range)
            return d
        }
        guard b.value > 0, negative || r.value < b.value else {
            var d = NumberDraft(i, i + 2, kind: .cardinal, value: nil)
            d.skip = true  // 353/2: a case or file number
            return d
        }
        var d = NumberDraft(i, i + 2, kind: .fraction, value: r.value / b.value)
        signAndPoint(&d)
        return d
    }
}
