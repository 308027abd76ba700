/// Interns the words of every term (UTF-16 token norms) as small integer ids, and finds a
/// token's id straight from the normalized text without making a string.
///
/// Built for the case that matters: most tokens are no word of any term. A word of up to
/// ``packedLength`` units is its own key: its units packed four to a 64-bit word, zero past its
/// end, with its length in the top bits of the last word. A lookup reads a token's key in three
/// loads (no loop over its units), hashes it with one multiplication, tests one bit of a presence
/// filter, and only then probes the table, whose slots hold the key itself: a hit compares three
/// words and reads nothing else. A lookup for a start first tests the token's first four units and
/// length against a filter of their own, after one load. A longer word, rare in any text, is keyed
/// by a hash of its units and its length, and a hit is confirmed against its units.
struct WordTable: Sendable {
    /// Words longer than this (in UTF-16 units) are not kept: no token is that long a word.
    static let maxWordLength = 255
    /// The longest word kept as a packed key: four units in each of the first two words of the
    /// key, three in the last (whose top 16 bits hold the length).
    static let packedLength = 11
    /// Units a packed lookup reads from a word's start, whatever its length.
    static let keyReach = 12

    /// A word of up to ``packedLength`` units: each unit little-endian, four to a word, the
    /// first in the low bits; the length in the top 16 bits of `c`, so that no key is zero and
    /// a word ending in U+0000 differs from the word without it.
    struct Key: Sendable {
        var a: UInt64
        var b: UInt64
        var c: UInt64

        @inline(__always)
        static func == (x: Key, y: Key) -> Bool { (x.a ^ y.a) | (x.b ^ y.b) | (x.c ^ y.c) == 0 }

        /// The key of `units[0..<count]` read unit by unit.
        init(_ units: UnsafePointer<UInt16>, count: Int) {
            guard count <= WordTable.packedLength else {
                // A hash of the units (FNV-1a over the units); the length, above any packed
                // word's, tells it from them.
                var h: UInt64 = 0xCBF2_9CE4_8422_2325
                for j in 0..<count { h = (h ^ UInt64(units[j])) &* 0x0000_0100_0000_01B3 }
                (a, b, c) = (h, 0, UInt64(count) << 48)
                return
            }
            var k: (UInt64, UInt64, UInt64) = (0, 0, UInt64(count) << 48)
            for j in 0..<count {
                let bits = UInt64(units[j]) << (16 * UInt64(j & 3))
                switch j >> 2 {
                case 0: k.0 |= bits
                case 1: k.1 |= bits
                default: k.2 |= bits
                }
            }
            (a, b, c) = k
        }

        @inline(__always)
        init(a: UInt64, b: UInt64, c: UInt64) {
            self.a = a
            self.b = b
            self.c = c
        }

        /// Rotated so that units in the same place of different words do not cancel; the high
        /// bits of the product depend on every bit of the three words.
        @inline(__always)
        var hash: UInt64 { (a ^ b.rotatedLeft(21) ^ c.rotatedLeft(42)) &* 0x9E37_79B9_7F4A_7C15 }

        /// A hash of the first four units and the length alone, which a token's first load
        /// gives: ``WordTable/Lookup`` tests it before reading the rest of the key.
        @inline(__always)
        var prefixHash: UInt64 { Self.prefixHash(a, length: c >> 48) }

        @inline(__always)
        static func prefixHash(_ a: UInt64, length: UInt64) -> UInt64 { (a ^ length << 48) &* 0xC2B2_AE3D_27D4_EB4F }
    }

    /// A slot of the table: a word's key, id and whether it begins a term, or id -1 when empty
    /// (32 bytes, so that a probe reads one place).
    struct Slot: Sendable {
        var key = Key(a: 0, b: 0, c: 0)
        var id: Int32 = -1
        var starts = false
    }


    /// Open addressing, at most a quarter full: a probe rarely goes past the first slot.
    private var slots = [Slot](repeating: Slot(), count: 64)
    /// Per word: its key, to mark the words that begin a term.
    private var keys: [Key] = []
    /// Per word: where the units of a long word begin in `longUnits`, or -1 for a packed word.
    private var longStarts: [Int32] = []
    private var longUnits: [UInt16] = []
    /// The longest word, in UTF-16 units: longer tokens are rejected at once.
    private(set) var maxLength = 0
    /// A bit per word, at the high bits of its hash: most tokens that are no word of any term
    /// are turned away by one bit test. 2^14 bits (2 KB): every token reads it, so it must stay
    /// in the first-level cache beside the chain's own tables; with a thousand words, one bit in
    /// sixteen is set.
    private var presence = [UInt64](repeating: 0, count: 1 << 8)
    /// The same for the words that begin a term, where a scan for terms starts.
    private var startPresence = [UInt64](repeating: 0, count: 1 << 8)
    /// The same for the first four units and the length of the words that begin a term: most
    /// tokens are turned away from a start after one load of their units rather than three.
    private var startPrefixes = [UInt64](repeating: 0, count: 1 << 8)
    /// For a length `n`, at `3 * n`: the masks that keep its units of the three words of a key.
    private let masks: [UInt64] = (0...packedLength).flatMap { n in
        (0..<3).map { w -> UInt64 in
            let kept = Swift.min(Swift.max(n - 4 * w, 0), 4)
            return kept == 4 ? ~0 : (1 << (16 * UInt64(kept))) - 1
        }
    }

    /// Number of distinct words.
    var count: Int { keys.count }

    init() {}

    /// The id of a word, adding it when new; -1 for a word too long to keep.
    mutating func intern(_ word: [UInt16]) -> Int32 {
        guard !word.isEmpty, word.count <= Self.maxWordLength else { return -1 }
        let id = word.withUnsafeBufferPointer { lookup($0) }
        if id >= 0 { return id }
        let newID = Int32(count)
        maxLength = max(maxLength, word.count)
        let key = word.withUnsafeBufferPointer { Key($0.baseAddress!, count: $0.count) }
        keys.append(key)
        if word.count > Self.packedLength {
            longStarts.append(Int32(longUnits.count))
            longUnits += word
        } else {
            longStarts.append(-1)
        }
        Self.set(&presence, key.hash)
        if count * 4 > slots.count {
            var larger = [Slot](repeating: Slot(), count: slots.count * 2)
            for slot in slots where slot.id >= 0 { Self.insert(slot, into: &larger) }
            slots = larger
        }
        Self.insert(Slot(key: key, id: newID), into: &slots)
        return newID
    }

    /// Marks a word as the first of some term.
    mutating func markStart(_ id: Int32) {
        guard id >= 0 else { return }
        let key = keys[Int(id)]
        Self.set(&startPresence, key.hash)
        Self.set(&startPrefixes, key.prefixHash)
        let mask = slots.count - 1
        var i = Self.slot(key.hash, mask)
        while slots[i].id != id { i = (i + 1) & mask }
        slots[i].starts = true
    }

    private static func set(_ filter: inout [UInt64], _ h: UInt64) {
        let bit = filterBit(h)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    private static func insert(_ slot: Slot, into slots: inout [Slot]) {
        let mask = slots.count - 1
        var i = Self.slot(slot.key.hash, mask)
        while slots[i].id >= 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    @inline(__always)
    fileprivate static func filterBit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 50) }

    @inline(__always)
    fileprivate static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h >> 24) & mask }

    /// The id of a word, or -1 (for one-off lookups; loops use ``withLookup(_:)``).
    func lookup(_ word: UnsafeBufferPointer<UInt16>) -> Int32 {
        guard let base = word.baseAddress else { return -1 }
        return withLookup { lookup in withUnsafePointer(to: lookup) { Lookup.id($0, of: base, count: word.count, readable: word.count) } }
    }

    /// Runs `body` with a lookup whose tables are pinned once, for a document's tokens.
    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        presence.withUnsafeBufferPointer { presence in
            startPresence.withUnsafeBufferPointer { startPresence in startPrefixes.withUnsafeBufferPointer { startPrefixes in
                slots.withUnsafeBufferPointer { slots in
                    masks.withUnsafeBufferPointer { masks in
                        longStarts.withUnsafeBufferPointer { longStarts in
                            longUnits.withUnsafeBufferPointer { longUnits in
                                body(Lookup(presence: presence.baseAddress!, startPresence: startPresence.baseAddress!,
                                            startPrefixes: startPrefixes.baseAddress!,
                                            slots: slots.baseAddress!, masks: masks.baseAddress!, mask: slots.count - 1,
                                            maxLength: maxLength, packedMax: min(maxLength, Self.packedLength),
                                            longStarts: longStarts.baseAddress,
                                            longUnits: longUnits.baseAddress))
                            }
                        }
                    }
                }
            } }
        }
    }

    /// The table's storage, valid inside ``withLookup(_:)``.
    struct Lookup {
        fileprivate let presence: UnsafePointer<UInt64>
        fileprivate let startPresence: UnsafePointer<UInt64>
        fileprivate let startPrefixes: UnsafePointer<UInt64>
        fileprivate let slots: UnsafePointer<Slot>
        fileprivate let masks: UnsafePointer<UInt64>
        fileprivate let mask: Int
        fileprivate let maxLength: Int
        /// The longest word with a packed key that can be listed: min(maxLength, packedLength).
        fileprivate let packedMax: Int
        fileprivate let longStarts: UnsafePointer<Int32>?
        fileprivate let longUnits: UnsafePointer<UInt16>?

        /// The id of the word `units[0..<count]`, or -1; with `startsOnly`, -1 also for words
        /// that begin no term. `readable` units from `units` may be read (at least `count`):
        /// with ``WordTable/keyReach`` of them the key is read in three loads. The lookup is
        /// passed by pointer: the rare words that leave the fast path do not copy it.
        @inline(__always)
        static func id(_ lookup: UnsafePointer<Lookup>, of units: UnsafePointer<UInt16>, count: Int, readable: Int,
                       startsOnly: Bool = false) -> Int32 {
            // One unsigned comparison for 1...packedMax; the rest is rare.
            guard UInt(bitPattern: count &- 1) < UInt(bitPattern: lookup.pointee.packedMax), readable >= WordTable.keyReach else {
                return slowID(lookup, of: units, count: count, startsOnly: startsOnly)
            }
            let p = UnsafeRawPointer(units)
            let m = lookup.pointee.masks + 3 * count
            let a = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)) & m[0]
            if startsOnly {
                let bit = WordTable.filterBit(Key.prefixHash(a, length: UInt64(truncatingIfNeeded: count)))
                guard lookup.pointee.startPrefixes[bit >> 6] & 1 << UInt64(bit & 63) != 0 else { return -1 }
            }
            let key = Key(a: a,
                          b: UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & m[1],
                          c: UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 16, as: UInt64.self)) & m[2] | UInt64(truncatingIfNeeded: count) << 48)
            return lookup.pointee.probe(key, startsOnly: startsOnly)
        }

        /// The slot of a key, after its bit in the filter.
        @inline(__always)
        private func probe(_ key: Key, startsOnly: Bool) -> Int32 {
            let h = key.hash
            let bit = WordTable.filterBit(h)
            let filter = startsOnly ? startPresence : presence
            guard filter[bit >> 6] & 1 << UInt64(bit & 63) != 0 else { return -1 }
            var i = WordTable.slot(h, mask)
            while true {
                let slot = slots[i]
                // A word the start filter let through by chance is no start.
                if slot.key == key { return startsOnly && !slot.starts ? -1 : slot.id }
                if slot.id < 0 { return -1 }
                i = (i + 1) & mask
            }
        }

        /// A word of no length, longer than any listed, longer than a packed key, or too near
        /// the end of the text for the key to be read in three loads.
        @inline(never)
        private static func slowID(_ lookup: UnsafePointer<Lookup>, of units: UnsafePointer<UInt16>, count: Int,
                                   startsOnly: Bool) -> Int32 {
            let l = lookup.pointee
            guard count > 0, count <= l.maxLength else { return -1 }
            guard count <= WordTable.packedLength else { return l.longID(of: units, count: count, startsOnly: startsOnly) }
            return l.probe(Key(units, count: count), startsOnly: startsOnly)
        }

        /// A word longer than a packed key: its units hashed in a loop, and a hit confirmed
        /// against them (rare enough that neither matters).
        private func longID(of units: UnsafePointer<UInt16>, count: Int, startsOnly: Bool) -> Int32 {
            guard let longStarts, let longUnits else { return -1 }
            let key = Key(units, count: count)
            var i = WordTable.slot(key.hash, mask)
            while slots[i].id >= 0 {
                let slot = slots[i]
                if slot.key == key, longStarts[Int(slot.id)] >= 0 {
                    let word = longUnits + Int(longStarts[Int(slot.id)])
                    if (0..<count).allSatisfy({ word[$0] == units[$0] }) { return startsOnly && !slot.starts ? -1 : slot.id }
                }
                i = (i + 1) & mask
            }
            return -1
        }
    }
}

extension UInt64 {
    /// The bits rotated left by `n` (0 < n < 64).
    @inline(__always)
    fileprivate func rotatedLeft(_ n: UInt64) -> UInt64 { self << n | self >> (64 - n) }
}
