/// The last letters of every form that can open a number, as bit sets.
///
/// A clitic cut keeps the end of a word, so a word whose last letters end no such form cannot
/// open a number, whatever it starts with: the scan looks such a word up only when the context
/// of a number reads it (``TokenWords``). Of the words of a news text, nearly nine in ten are
/// turned away by their last three letters (``Reader/mayOpen(_:first:_:)``); of the others, more
/// than two in three by their last four or five (``Reader/mayOpen(_:second:_:)``: the last four
/// of the forms of four letters or fewer, the last five of the longer ones). Fewer than one word
/// in fifty opens a number.
///
/// A letter is kept by its low six bits (the folded Arabic letters ء…ي differ there; other
/// units share bits, which only lets more words through). Where a form has fewer letters, every
/// letter may stand before it, so a word shorter than the letters tested may be tested with any
/// units in front. A unit the fold drops is 0, which every test lets through: the word's letters
/// are then elsewhere.
struct OpenerFilter: Sendable {
    /// One word per pair of the third-last and second-last letters; one bit per last letter.
    private var ends = [UInt64](repeating: 0, count: 1 << 12)
    /// The last four letters of the short forms and the last five of the long ones, hashed
    /// (``shortBit(_:_:_:_:)``, ``longBit(_:_:_:_:_:)``), one bit each.
    private var tails = [UInt64](repeating: 0, count: 1 << 11)

    init() {
        for c in 0..<64 as Range<UInt16> {
            ends[Self.word(c, 0)] = ~0
            ends[Self.word(0, c)] = ~0
        }
        for w in ends.indices { ends[w] |= 1 }
    }

    /// Adds a folded form that opens a number.
    mutating func add(_ form: ArraySlice<UInt16>) {
        guard let a = form.last else { return }
        let n = form.count, e = form.endIndex
        guard n >= 2 else {
            // A single letter: every word passes the tail test (all its bits are set), and a
            // word ending in this letter passes the end test too.
            for w in tails.indices { tails[w] = ~0 }
            for w in ends.indices { ends[w] |= 1 << UInt64(a & 63) }
            return
        }
        let b = form[e - 2]
        if n > Self.short {
            ends[Self.word(form[e - 3], b)] |= 1 << UInt64(a & 63)
            setTail(Self.longBit(form[e - 5], form[e - 4], form[e - 3], b, a))
            return
        }
        let cs = n >= 3 ? form[e - 3]...form[e - 3] : 0...63
        for c in cs { ends[Self.word(c, b)] |= 1 << UInt64(a & 63) }
        let ds = n >= 4 ? form[e - 4]...form[e - 4] : 0...63
        for c in cs {
            for d in ds { setTail(Self.shortBit(d, c, b, a)) }
        }
    }

    /// The most letters of a form tested by its last four (the longer ones, by their last five).
    private static let short = 4

    private mutating func setTail(_ bit: Int) { tails[bit >> 6] |= 1 << UInt64(bit & 63) }

    /// The word of ``ends`` a word ending in the letters `c`, `b` (then its last) is tested in.
    @inline(__always)
    private static func word(_ c: UInt16, _ b: UInt16) -> Int { Int(c & 63) << 6 | Int(b & 63) }

    /// The bit of ``tails`` of the last four letters `d`, `c`, `b`, `a` of a short form.
    @inline(__always)
    private static func shortBit(_ d: UInt16, _ c: UInt16, _ b: UInt16, _ a: UInt16) -> Int {
        tailBit(1 << 30 | UInt32(d & 63) << 18 | three(c, b, a))
    }

    /// The bit of ``tails`` of the last five letters `e`, `d`, `c`, `b`, `a` of a long form.
    @inline(__always)
    private static func longBit(_ e: UInt16, _ d: UInt16, _ c: UInt16, _ b: UInt16, _ a: UInt16) -> Int {
        tailBit(UInt32(e & 63) << 24 | UInt32(d & 63) << 18 | three(c, b, a))
    }

    /// The last three letters in 18 bits.
    @inline(__always)
    private static func three(_ c: UInt16, _ b: UInt16, _ a: UInt16) -> UInt32 {
        UInt32(c & 63) << 12 | UInt32(b & 63) << 6 | UInt32(a & 63)
    }

    /// A key of 31 bits hashed to one of the 2^17 bits of ``tails``.
    @inline(__always)
    private static func tailBit(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> 15) }

    /// Calls `body` with a view of the bit sets.
    func withReader<R>(_ body: (Reader) -> R) -> R {
        ends.withUnsafeBufferPointer { ends in
            tails.withUnsafeBufferPointer { tails in body(Reader(ends: ends.baseAddress!, tails: tails.baseAddress!)) }
        }
    }

    /// Where the last units of a word token are in the text, from its last one back: the units
    /// a word is tested by.
    struct Ending {
        let a, b, c, d, e: Int

        /// The units ``Ending/init(endingAt:)`` reads before a word's end.
        static let reach = 5

        /// The last units of the word `start..<end` (not empty), its first unit standing for
        /// those before it.
        init(start: Int, end: Int) {
            (a, b, c) = (end - 1, Swift.max(end - 2, start), Swift.max(end - 3, start))
            (d, e) = (Swift.max(end - 4, start), Swift.max(end - 5, start))
        }

        /// The last units of a word ending at `end` (``reach`` at least), with whatever units
        /// come before a short word: every letter may stand where a form has none.
        @inline(__always)
        init(endingAt end: Int) {
            (a, b, c, d, e) = (end - 1, end - 2, end - 3, end - 4, end - 5)
        }

        /// The ending the scan tests the word `start..<end` by: ``init(endingAt:)`` when the text
        /// has ``reach`` units up to its end, its own units otherwise.
        @inline(__always)
        init(word start: Int, end: Int) {
            self = end >= Self.reach ? Ending(endingAt: end) : Ending(start: start, end: end)
        }
    }

    /// A view of the bit sets for a document's worth of tests.
    struct Reader {
        fileprivate let ends: UnsafePointer<UInt64>
        fileprivate let tails: UnsafePointer<UInt64>

        /// The first test, of the last three units of a word in `units` folded by `table`
        /// (``NumberFolding/table``): false when the word cannot open a number.
        @inline(__always)
        func mayOpen(_ w: Ending, first units: UnsafePointer<UInt16>, _ table: UnsafePointer<UInt16>) -> Bool {
            let a = table[Int(units[w.a])], b = table[Int(units[w.b])], c = table[Int(units[w.c])]
            return ends[OpenerFilter.word(c, b)] >> UInt64(a & 63) & 1 != 0
        }

        /// The second test, of the last four or five units of a word through the first.
        @inline(__always)
        func mayOpen(_ w: Ending, second units: UnsafePointer<UInt16>, _ table: UnsafePointer<UInt16>) -> Bool {
            let a = table[Int(units[w.a])], b = table[Int(units[w.b])], c = table[Int(units[w.c])]
            let d = table[Int(units[w.d])]
            // A dropped unit among those read (a letter of 0) lets the word through.
            if UInt32(a & 63) &* UInt32(b & 63) &* UInt32(c & 63) &* UInt32(d & 63) == 0 { return true }
            if isSet(OpenerFilter.shortBit(d, c, b, a)) { return true }
            let e = table[Int(units[w.e])]
            return e & 63 == 0 || isSet(OpenerFilter.longBit(e, d, c, b, a))
        }

        @inline(__always)
        private func isSet(_ bit: Int) -> Bool { tails[bit >> 6] >> UInt64(bit & 63) & 1 != 0 }
    }
}
