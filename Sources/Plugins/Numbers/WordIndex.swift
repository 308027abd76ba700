/// Folded word forms → ids, with a lookup that strips proclitics and allocates nothing.
///
/// A form of up to twelve units is its own key: its units packed four to a 64-bit word, zero
/// past its end, so that a lookup reads a token's units in three loads and compares them in
/// three. The words are hashed; most tokens of a text are no listed form, so a bit set of the
/// hashes listed answers most misses before the open-addressing table is probed. A token is
/// looked up whole, then after the clitic letters it may start with (و ف, then ب ل ك, then ال or
/// لل), shortest cut first.
struct WordIndex: Sendable {
    /// The longest clitic sequence stripped (وبال، ولل).
    static let maxPrefix = 4
    /// Tokens longer than this cannot be a listed form with clitics.
    static let maxTokenLength = 24
    /// The longest form the index can hold: three words of four units.
    static let maxFormLength = 12
    /// Units a lookup may read past the end of the units it is given (it reads whole words from
    /// a cut of up to ``maxPrefix`` units); buffers handed to it must be this much longer.
    static let slack = maxFormLength

    /// A slot of the table: a form's key and id, or id -1 when empty. The key is kept in the slot
    /// (32 bytes) so that a probe reads one place rather than a slot, then a hash, then a key.
    fileprivate struct Slot {
        var key: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var id: Int32 = -1
    }

    /// The table: a power of two of slots, at most half full.
    private var slots = [Slot](repeating: Slot(), count: 1 << 12)
    private var units: [UInt16] = []
    private var starts: [Int32] = [0]
    /// One bit per listed hash, at ``filterBit(_:)``: 2^17 bits, about one in forty set.
    private var filter = [UInt64](repeating: 0, count: 1 << 11)
    /// For a length `m`, at `3 * m`: the masks that keep its units of the three words of a key.
    private let masks: [UInt64] = (0...maxFormLength).flatMap { m in
        (0..<3).map { w -> UInt64 in
            let kept = Swift.min(Swift.max(m - 4 * w, 0), 4)
            return kept == 4 ? ~0 : (1 << (16 * UInt64(kept))) - 1
        }
    }

    /// Number of distinct forms.
    var count: Int { starts.count - 1 }

    /// The id of a folded form, adding it when new.
    mutating func intern(_ form: [UInt16]) -> Int32 {
        precondition(!form.isEmpty && form.count <= Self.maxFormLength && !form.contains(0), "bad form \(form)")
        let key = Self.key(of: form), h = Self.hash(key)
        if let listed = withReader({ $0.probe(key, h) }) { return listed }
        let id = Int32(count)
        units.append(contentsOf: form)
        starts.append(Int32(units.count))
        let bit = Self.filterBit(h)
        filter[bit >> 6] |= 1 << (bit & 63)
        insert(Slot(key: key, id: id), into: &slots)
        if 2 * count > slots.count {
            var larger = [Slot](repeating: Slot(), count: slots.count * 2)
            for slot in slots where slot.id >= 0 { insert(slot, into: &larger) }
            slots = larger
        }
        return id
    }

    private func insert(_ slot: Slot, into slots: inout [Slot]) {
        let mask = slots.count - 1
        var s = Self.slot(Self.hash(slot.key), mask)
        while slots[s].id >= 0 { s = (s + 1) & mask }
        slots[s] = slot
    }

    /// The key of a form as ``Reader/key(_:from:length:)`` reads it from memory: each unit
    /// little-endian, four to a word, the first in the low bits.
    private static func key(of form: [UInt16]) -> (UInt64, UInt64, UInt64) {
        // The units copied into the three words, then read as the lookup reads them.
        var key: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &key) { key in form.withUnsafeBytes { key.copyMemory(from: $0) } }
        return (UInt64(littleEndian: key.0), UInt64(littleEndian: key.1), UInt64(littleEndian: key.2))
    }

    /// The id of a folded form, if listed.
    func id(of form: [UInt16]) -> Int32? {
        guard !form.isEmpty, form.count <= Self.maxFormLength else { return nil }
        let key = Self.key(of: form)
        return withReader { $0.probe(key, Self.hash(key)) }
    }

    /// Calls `body` with the units of `form` followed by ``slack`` zeros.
    private static func padded<R>(_ form: [UInt16], _ body: (UnsafeBufferPointer<UInt16>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: form.count + slack) { buf in
            buf.initialize(repeating: 0)
            _ = form.withUnsafeBufferPointer { UnsafeMutableBufferPointer(rebasing: buf[..<form.count]).update(fromContentsOf: $0) }
            return body(UnsafeBufferPointer(rebasing: buf[..<form.count]))
        }
    }

    /// The stored folded form of an id.
    func form(_ id: Int32) -> ArraySlice<UInt16> { units[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])] }

    @inline(__always)
    static func hash(_ key: (UInt64, UInt64, UInt64)) -> UInt64 {
        // Rotated so that units in the same place of different words do not cancel; the high
        // bits of the product depend on every bit of the three words.
        (key.0 ^ key.1.rotated(21) ^ key.2.rotated(42)) &* 0x9E37_79B9_7F4A_7C15
    }

    @inline(__always)
    private static func filterBit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 47) }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h >> 32) & mask }

    /// Looks up folded units: the form itself, or the form after a clitic sequence.
    func lookup(_ u: [UInt16]) -> (id: Int32, prefix: Prefix)? {
        guard !u.isEmpty else { return nil }
        let w = withReader { index in Self.padded(u) { index.word($0) } }
        return w.id >= 0 ? (w.id, w.prefix) : nil
    }

    /// Calls `body` with a view of the tables that reads them without bounds checks or reference
    /// counting, for a document's worth of lookups.
    func withReader<R>(_ body: (Reader) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            masks.withUnsafeBufferPointer { masks in
                filter.withUnsafeBufferPointer { filter in
                    body(Reader(slots: slots, masks: masks, filter: filter))
                }
            }
        }
    }

    /// The tables of a ``WordIndex`` as buffer pointers, valid inside ``WordIndex/withReader(_:)``.
    struct Reader {
        fileprivate let slots: UnsafeBufferPointer<Slot>
        let masks: UnsafeBufferPointer<UInt64>
        /// ا then ل as one load of two units reads them.
        let alefLam = withUnsafeBytes(of: (Letter.alef, Letter.lam)) { $0.loadUnaligned(as: UInt32.self) }
        let filter: UnsafeBufferPointer<UInt64>

        /// What the lexicon knows of a token's folded units (no 0 among them, and ``slack``
        /// readable units after them): the id of the form itself or of the form after a clitic
        /// sequence (the shortest cut first), else no id and the clitics if they end in the
        /// article (``WordIndex/articleClitics(_:)``).
        @inline(__always)
        func word(_ u: UnsafeBufferPointer<UInt16>) -> TokenWord {
            let n = u.count
            guard n > 0, n <= WordIndex.maxTokenLength else { return TokenWord() }
            if let id = find(u, from: 0) { return TokenWord(id: id, prefix: []) }
            // The cuts ``WordIndex/clitics(_:length:)`` accepts, read in one pass: after a
            // conjunction, after a preposition, after the article. Each is at most ``maxPrefix``
            // units and leaves two letters at least (the cut is at most n - 2); lengths are tested
            // last and with no `min`, which mispredicted at every token.
            let last = n - 2
            guard last >= 1 else { return TokenWord() }
            var i = 0
            var p: Prefix = []
            if u[0] == Letter.waw || u[0] == Letter.feh {
                p = .conjunction
                i = 1
                if let id = find(u, from: 1) { return TokenWord(id: id, prefix: p) }
            }
            let c = u[i]
            let lamPreposition = c == Letter.lam
            if c == Letter.beh || c == Letter.kaf || lamPreposition {
                p.insert(.preposition)
                i += 1
                if i <= last, let id = find(u, from: i) { return TokenWord(id: id, prefix: p) }
            }
            // ال read as one 32-bit word (the slack makes u[i + 1] readable).
            let article: Int
            if UnsafeRawPointer(u.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt32.self) == alefLam, i + 2 <= last {
                article = i + 2
            } else if lamPreposition, u[i] == Letter.lam, i + 1 <= last {
                article = i + 1
            } else {
                return TokenWord()
            }
            p.insert(.article)
            return TokenWord(id: find(u, from: article) ?? -1, prefix: p)
        }

        /// The key of the `m` units from `u[k]`: read little-endian, so that the first unit is in
        /// the low bits, which the masks keep.
        @inline(__always)
        func key(_ u: UnsafeBufferPointer<UInt16>, from k: Int, length m: Int) -> (UInt64, UInt64, UInt64) {
            let p = UnsafeRawPointer(u.baseAddress.unsafelyUnwrapped + k)
            return (UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)) & masks[3 * m],
                    UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & masks[3 * m + 1],
                    UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 16, as: UInt64.self)) & masks[3 * m + 2])
        }

        /// The id of the form `u[k...]`, if listed.
        @inline(__always)
        func find(_ u: UnsafeBufferPointer<UInt16>, from k: Int) -> Int32? {
            let m = u.count - k
            guard m <= WordIndex.maxFormLength else { return nil }
            let key = key(u, from: k, length: m)
            let h = WordIndex.hash(key)
            let bit = WordIndex.filterBit(h)
            guard filter[bit >> 6] & (1 << (bit & 63)) != 0 else { return nil }
            return probe(key, h)
        }

        func probe(_ key: (UInt64, UInt64, UInt64), _ h: UInt64) -> Int32? {
            let mask = slots.count - 1
            var s = WordIndex.slot(h, mask)
            while true {
                let slot = slots[s]
                if slot.id < 0 { return nil }
                if slot.key == key { return slot.id }
                s = (s + 1) & mask
            }
        }
    }

    /// The clitics of a word outside the lexicon when they end in the article (الجماعة، بالمركز,
    /// للشعب), which is all the extractor needs to know of it; empty otherwise. Two letters at
    /// least must follow the article. (What a lookup in an empty index reports.)
    static func articleClitics(_ u: [UInt16]) -> Prefix {
        guard !u.isEmpty else { return [] }
        return WordIndex().withReader { index in padded(u) { index.word($0) } }.prefix
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

extension UInt64 {
    /// The bits rotated left by `n` (0 < n < 64).
    @inline(__always)
    fileprivate func rotated(_ n: UInt64) -> UInt64 { self << n | self >> (64 - n) }
}
