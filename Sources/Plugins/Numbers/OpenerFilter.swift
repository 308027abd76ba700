/// The last letters of every form that can open a number, as bit sets.
///
/// A clitic cut keeps the end of a word, so a word whose last letters end no such form cannot
/// open a number, whatever it starts with: the scan looks such a word up only when the context
/// of a number reads it (``TokenWords``). Nearly nine words in ten of a news text are turned
/// away by their last three letters (``mayOpen(_:_:_:_:)``); of the others, more than half by
/// their last four (``mayOpen(_:_:_:_:_:)``). Fewer than one word in fifty opens a number.
///
/// A letter is kept by its low six bits (the folded Arabic letters ء…ي differ there; other
/// units share bits, which only lets more words through). Where a form has fewer letters, every
/// letter may stand before it, so a word shorter than the letters tested may be tested with any
/// units in front. A unit the fold drops is 0, which every test lets through: the word's letters
/// are then elsewhere.
struct OpenerFilter: Sendable {
    /// One word per pair of the third-last and second-last letters; one bit per last letter.
    private var ends = [UInt64](repeating: 0, count: 1 << 12)
    /// The last four letters hashed (``fourBit(_:_:_:_:)``), one bit each.
    private var fours = [UInt64](repeating: 0, count: 1 << 11)

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
            // A single letter: any word ending in it passes the second test.
            for w in fours.indices { fours[w] = ~0 }
            for w in ends.indices { ends[w] |= 1 << UInt64(a & 63) }
            return
        }
        let b = form[e - 2]
        let cs = n >= 3 ? form[e - 3]...form[e - 3] : 0...63
        let ds = n >= 4 ? form[e - 4]...form[e - 4] : 0...63
        for c in cs {
            ends[Self.word(c, b)] |= 1 << UInt64(a & 63)
            for d in ds {
                let bit = Self.fourBit(d, c, b, a)
                fours[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    /// The word of ``ends`` a word ending in the letters `c`, `b` (then its last) is tested in.
    @inline(__always)
    private static func word(_ c: UInt16, _ b: UInt16) -> Int { Int(c & 63) << 6 | Int(b & 63) }

    /// The bit of ``fours`` of the last four letters `d`, `c`, `b`, `a`.
    @inline(__always)
    private static func fourBit(_ d: UInt16, _ c: UInt16, _ b: UInt16, _ a: UInt16) -> Int {
        let key = UInt32(d & 63) << 18 | UInt32(c & 63) << 12 | UInt32(b & 63) << 6 | UInt32(a & 63)
        return Int((key &* 0x9E37_79B1) >> 15)
    }

    /// Calls `body` with a view of the bit sets.
    func withReader<R>(_ body: (Reader) -> R) -> R {
        ends.withUnsafeBufferPointer { ends in
            fours.withUnsafeBufferPointer { fours in body(Reader(ends: ends.baseAddress!, fours: fours.baseAddress!)) }
        }
    }

    /// A view of the bit sets for a document's worth of tests.
    struct Reader {
        fileprivate let ends: UnsafePointer<UInt64>
        fileprivate let fours: UnsafePointer<UInt64>

        /// False when the word token `units[start..<end]` (not empty), folded by `table`
        /// (``NumberFolding/table``), cannot open a number. A word shorter than the letters
        /// tested repeats its first unit in front.
        @inline(__always)
        func mayOpen(word units: UnsafePointer<UInt16>, _ start: Int, _ end: Int, _ table: UnsafePointer<UInt16>) -> Bool {
            test(units, end - 1, Swift.max(end - 2, start), Swift.max(end - 3, start), Swift.max(end - 4, start), table)
        }

        /// ``mayOpen(word:_:_:_:)`` for a word ending at `end` (4 at least), reading whatever
        /// units come before a short word: every letter may stand where a form has none.
        @inline(__always)
        func mayOpen(wordEndingAt end: Int, in units: UnsafePointer<UInt16>, _ table: UnsafePointer<UInt16>) -> Bool {
            test(units, end - 1, end - 2, end - 3, end - 4, table)
        }

        /// The test of the last four units, at `ka` (the last) back to `kd`.
        @inline(__always)
        private func test(_ units: UnsafePointer<UInt16>, _ ka: Int, _ kb: Int, _ kc: Int, _ kd: Int,
                          _ table: UnsafePointer<UInt16>) -> Bool {
            let a = table[Int(units[ka])], b = table[Int(units[kb])], c = table[Int(units[kc])]
            guard ends[OpenerFilter.word(c, b)] >> UInt64(a & 63) & 1 != 0 else { return false }
            // A dropped unit among the last three let the word through.
            if c & 63 == 0 || b & 63 == 0 || a & 63 == 0 { return true }
            let d = table[Int(units[kd])]
            if d & 63 == 0 { return true }
            let bit = OpenerFilter.fourBit(d, c, b, a)
            return fours[bit >> 6] >> UInt64(bit & 63) & 1 != 0
        }
    }
}
