/// Folded word forms → ids, with a lookup that strips proclitics and allocates nothing.
///
/// Most tokens of a text are no listed form, so the lookup first asks a bit set keyed by the
/// shape of a form — its first letter, its last letter and its length — whether any form could
/// start where the token would after 0…4 clitic letters; only a cut that passes (and whose
/// dropped letters are a valid clitic sequence: و ف, then ب ل ك, then ال or لل) is hashed
/// (``NumberFolding/hashStep(_:_:)``) and probed in an open-addressing table, shortest cut first.
/// Every hit is verified against the stored form.
struct WordIndex: Sendable {
    /// The longest clitic sequence stripped (وبال، ولل).
    static let maxPrefix = 4
    /// Tokens longer than this cannot be a listed form with clitics.
    static let maxTokenLength = 24

    /// Slots of the hash table: an id, or -1 when empty. A power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 1 << 12)
    /// The hash of each id's form.
    private var hashes: [UInt64] = []
    private var units: [UInt16] = []
    private var starts: [Int32] = [0]
    /// One bit per form shape (``shapeBit(_:_:_:)``).
    private var shapes = [UInt64](repeating: 0, count: 1 << 11)

    /// Number of distinct forms.
    var count: Int { starts.count - 1 }

    /// The id of a folded form, adding it when new.
    mutating func intern(_ form: [UInt16]) -> Int32 {
        precondition(!form.isEmpty, "empty form")
        let h = NumberFolding.hash(form)
        if let id = find(h) {
            precondition(self.form(id).elementsEqual(form), "hash collision between lexicon forms")
            return id
        }
        let id = Int32(count)
        hashes.append(h)
        units.append(contentsOf: form)
        starts.append(Int32(units.count))
        let bit = form.withUnsafeBufferPointer { Self.shapeBit($0, from: 0) }
        shapes[bit >> 6] |= 1 << (bit & 63)
        if 2 * count > slots.count { rehash(slots.count * 2) } else { insert(id) }
        return id
    }

    private mutating func insert(_ id: Int32) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hashes[Int(id)]) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = id
    }

    private mutating func rehash(_ size: Int) {
        slots = [Int32](repeating: -1, count: size)
        for id in 0..<Int32(count) { insert(id) }
    }

    /// The id whose form has hash `h`, if any (forms never share a hash).
    @inline(__always)
    private func find(_ h: UInt64) -> Int32? {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[s]
            if id < 0 { return nil }
            if hashes[Int(id)] == h { return id }
            s = (s + 1) & mask
        }
    }

    /// The id of a folded form, if listed.
    func id(of form: [UInt16]) -> Int32? {
        guard let id = find(NumberFolding.hash(form)), self.form(id).elementsEqual(form) else { return nil }
        return id
    }

    /// The stored folded form of an id.
    func form(_ id: Int32) -> ArraySlice<UInt16> { units[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])] }

    /// The bit of a form shape: its first, second and last letters and its length, mixed into
    /// the 2^17 bits of ``shapes`` (about one in thirty set).
    @inline(__always)
    private static func shapeBit(_ u: UnsafeBufferPointer<UInt16>, from k: Int) -> Int {
        let n = u.count - k
        let second = n > 1 ? UInt64(u[k + 1]) : 0
        let key = UInt64(u[k]) << 32 | second << 16 | UInt64(u[u.count - 1]) | UInt64(n) << 48
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 47)
    }

    /// Looks up folded units: the form itself, or the form after a clitic sequence.
    func lookup(_ u: UnsafeBufferPointer<UInt16>) -> (id: Int32, prefix: Prefix)? {
        withReader { $0.lookup(u) }
    }

    /// Calls `body` with a view of the tables that reads them without bounds checks or reference
    /// counting, for a document's worth of lookups.
    func withReader<R>(_ body: (Reader) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                units.withUnsafeBufferPointer { units in
                    starts.withUnsafeBufferPointer { starts in
                        shapes.withUnsafeBufferPointer { shapes in
                            body(Reader(slots: slots, hashes: hashes, units: units, starts: starts, shapes: shapes))
                        }
                    }
                }
            }
        }
    }

    /// The tables of a ``WordIndex`` as buffer pointers, valid inside ``WordIndex/withReader(_:)``.
    struct Reader {
        let slots: UnsafeBufferPointer<Int32>
        let hashes: UnsafeBufferPointer<UInt64>
        let units: UnsafeBufferPointer<UInt16>
        let starts: UnsafeBufferPointer<Int32>
        let shapes: UnsafeBufferPointer<UInt64>

        @inline(__always)
        private func mayHold(_ u: UnsafeBufferPointer<UInt16>, from k: Int) -> Bool {
            let bit = WordIndex.shapeBit(u, from: k)
            return shapes[bit >> 6] & (1 << (bit & 63)) != 0
        }

        /// Looks up folded units: the form itself, or the form after a clitic sequence.
        @inline(__always)
        func lookup(_ u: UnsafeBufferPointer<UInt16>) -> (id: Int32, prefix: Prefix)? {
            let w = word(u)
            return w.id >= 0 ? (w.id, w.prefix) : nil
        }

        /// What the lexicon knows of a token's folded units: the id of the form itself or of the
        /// form after a clitic sequence (the shortest cut first), else no id and the clitics if
        /// they end in the article (``WordIndex/articleClitics(_:)``).
        @inline(__always)
        func word(_ u: UnsafeBufferPointer<UInt16>) -> TokenWord {
            let n = u.count
            guard n > 0, n <= WordIndex.maxTokenLength else { return TokenWord() }
            if let id = probe(u, from: 0, ifShaped: true) { return TokenWord(id: id, prefix: []) }
            // The cuts ``WordIndex/clitics(_:length:)`` accepts, read in one pass: after a
            // conjunction, after a preposition, after the article; each leaves two letters at least.
            let maxCut = Swift.min(WordIndex.maxPrefix, n - 2)
            guard maxCut >= 1 else { return TokenWord() }
            var i = 0
            var p: Prefix = []
            if u[0] == Letter.waw || u[0] == Letter.feh {
                p = .conjunction
                i = 1
                if let id = probe(u, from: 1, ifShaped: true) { return TokenWord(id: id, prefix: p) }
            }
            let c = u[i]
            let lamPreposition = c == Letter.lam
            if c == Letter.beh || c == Letter.kaf || lamPreposition {
                p.insert(.preposition)
                i += 1
                if i <= maxCut, let id = probe(u, from: i, ifShaped: true) { return TokenWord(id: id, prefix: p) }
            }
            let article: Int
            if i + 2 <= maxCut, u[i] == Letter.alef, u[i + 1] == Letter.lam {
                article = i + 2
            } else if lamPreposition, i + 1 <= maxCut, u[i] == Letter.lam {
                article = i + 1
            } else {
                return TokenWord()
            }
            p.insert(.article)
            return TokenWord(id: probe(u, from: article, ifShaped: true) ?? -1, prefix: p)
        }

        /// ``probe(_:from:)`` when a form of the shape of `u[k...]` is listed.
        @inline(__always)
        private func probe(_ u: UnsafeBufferPointer<UInt16>, from k: Int, ifShaped: Bool) -> Int32? {
            mayHold(u, from: k) ? probe(u, from: k) : nil
        }

        /// The id of the form `u[k...]`, hashed backwards as ``NumberFolding/hash(_:)`` does.
        private func probe(_ u: UnsafeBufferPointer<UInt16>, from k: Int) -> Int32? {
            var h = NumberFolding.hashSeed
            var i = u.count - 1
            while i >= k {
                h = NumberFolding.hashStep(h, u[i])
                i -= 1
            }
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: h) & mask
            while true {
                let id = Int(slots[s])
                if id < 0 { return nil }
                if hashes[id] == h { break }
                s = (s + 1) & mask
            }
            let id = Int(slots[s])
            let start = Int(starts[id]), end = Int(starts[id + 1])
            guard end - start == u.count - k else { return nil }
            for j in 0..<(end - start) where units[start + j] != u[k + j] { return nil }
            return Int32(id)
        }
    }

    /// The clitics of a word outside the lexicon when they end in the article (الجماعة، بالمركز,
    /// للشعب), which is all the extractor needs to know of it; empty otherwise. Two letters at
    /// least must follow the article.
    static func articleClitics(_ u: UnsafeBufferPointer<UInt16>) -> Prefix {
        // The clitic letters are read as ``clitics(_:length:)`` reads them: a conjunction, then a
        // preposition, then ال (or ل after the preposition ل) ends the only cut with the article.
        let n = u.count
        guard n >= 4 else { return [] }
        var i = 0
        var p: Prefix = []
        if u[0] == Letter.waw || u[0] == Letter.feh { p.insert(.conjunction); i = 1 }
        let c = u[i]
        var lamPreposition = false
        if c == Letter.beh || c == Letter.kaf || c == Letter.lam {
            p.insert(.preposition)
            lamPreposition = c == Letter.lam
            i += 1
        }
        if u[i] == Letter.alef, n >= i + 4, u[i + 1] == Letter.lam { return p.union(.article) }
        if lamPreposition, u[i] == Letter.lam, n >= i + 3 { return p.union(.article) }
        return []
    }

    /// The clitics spelled by the first `k` units, or nil when they are not a clitic sequence:
    /// an optional conjunction (و ف), an optional preposition (ب ك ل), then optionally the
    /// article (ال, or ل after the preposition ل: لل).
    static func clitics(_ u: UnsafeBufferPointer<UInt16>, length k: Int) -> Prefix? {
        var i = 0
        var p: Prefix = []
        if u[i] == Letter.waw || u[i] == Letter.feh { p.insert(.conjunction); i += 1 }
        var lamPreposition = false
        if i < k, u[i] == Letter.beh || u[i] == Letter.kaf || u[i] == Letter.lam {
            p.insert(.preposition)
            lamPreposition = u[i] == Letter.lam
            i += 1
        }
        if i == k { return p }
        if k - i == 2, u[i] == Letter.alef, u[i + 1] == Letter.lam { return p.union(.article) }
        if lamPreposition, k - i == 1, u[i] == Letter.lam { return p.union(.article) }
        return nil
    }
}
