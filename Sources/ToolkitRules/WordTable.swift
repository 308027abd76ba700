/// Interns the words of every term (UTF-16 token norms) as small integer ids, and finds a
/// token's id straight from the normalized text without making a string.
///
/// Built for the case that matters: most tokens are no word of any term. A lookup hashes the
/// word's length and four of its units (no loop), tests one bit of a presence filter, and only
/// then probes the table, whose slots carry the hash, the length and where the word's units are,
/// so a hit reads the units once and nothing else.
struct WordTable: Sendable {
    /// Words longer than this (in UTF-16 units) are not kept: no token is that long a word.
    static let maxWordLength = 255

    /// Open addressing. A slot holds the hash (high 32 bits), the length (8 bits) and the
    /// position + 1 of the word's entry in `pool` (24 bits); 0 is an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    /// Per word: its id (two units), then its units.
    private var pool: [UInt16] = []
    /// Per word: its hash and slot value, to rebuild the table when it grows.
    private var words: [(hash: UInt32, slot: UInt64)] = []
    /// The longest word, in UTF-16 units: longer tokens are rejected at once.
    private(set) var maxLength = 0
    /// A bit per word, at the high bits of its hash: most tokens that are no word of any term
    /// are turned away by one bit test.
    private var presence = [UInt64](repeating: 0, count: 1 << 10)
    /// The same for the words that begin a term, where a scan for terms starts.
    private var startPresence = [UInt64](repeating: 0, count: 1 << 10)
    /// Per word: whether it begins a term (the filter above only mostly knows).
    private var starts: [Bool] = []

    /// Number of distinct words.
    var count: Int { words.count }

    init() {
        slots = [UInt64](repeating: 0, count: 64)
        mask = 63
    }

    /// The id of a word, adding it when new; -1 for a word too long to keep.
    mutating func intern(_ word: [UInt16]) -> Int32 {
        guard !word.isEmpty, word.count <= Self.maxWordLength else { return -1 }
        let id = word.withUnsafeBufferPointer { lookup($0) }
        if id >= 0 { return id }
        // At most half full: probes stay short.
        if (count + 1) * 2 > slots.count { rehash(slots.count * 2) }
        let newID = Int32(count)
        let h = word.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count) }
        let slot = UInt64(h) << 32 | UInt64(word.count) << 24 | UInt64(pool.count + 1)
        precondition(pool.count + 1 < 1 << 24, "term words exceed the table's capacity")
        pool.append(UInt16(truncatingIfNeeded: newID))
        pool.append(UInt16(truncatingIfNeeded: newID >> 16))
        pool.append(contentsOf: word)
        words.append((h, slot))
        starts.append(false)
        maxLength = max(maxLength, word.count)
        Self.set(&presence, h)
        insert(slot, hash: h)
        return newID
    }

    /// Marks a word as the first of some term.
    mutating func markStart(_ id: Int32) {
        guard id >= 0 else { return }
        starts[Int(id)] = true
        Self.set(&startPresence, words[Int(id)].hash)
    }

    private static func set(_ filter: inout [UInt64], _ h: UInt32) {
        filter[Int(h >> 16) >> 6] |= 1 << UInt64(h >> 16 & 63)
    }

    /// The id of a word, or -1 (for one-off lookups; loops use ``withLookup(_:)``).
    func lookup(_ word: UnsafeBufferPointer<UInt16>) -> Int32 { withLookup { $0.id(of: word) } }

    /// Runs `body` with a lookup whose tables are pinned once, for a document's tokens.
    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        presence.withUnsafeBufferPointer { presence in
            startPresence.withUnsafeBufferPointer { startPresence in
                slots.withUnsafeBufferPointer { slots in
                    pool.withUnsafeBufferPointer { pool in
                        starts.withUnsafeBufferPointer { starts in
                            body(Lookup(presence: presence.baseAddress!, startPresence: startPresence.baseAddress!,
                                        slots: slots.baseAddress!, pool: pool.baseAddress, starts: starts.baseAddress,
                                        mask: mask, maxLength: maxLength))
                        }
                    }
                }
            }
        }
    }

    /// The table's storage, valid inside ``withLookup(_:)``.
    struct Lookup {
        fileprivate let presence: UnsafePointer<UInt64>
        fileprivate let startPresence: UnsafePointer<UInt64>
        fileprivate let slots: UnsafePointer<UInt64>
        fileprivate let pool: UnsafePointer<UInt16>?
        fileprivate let starts: UnsafePointer<Bool>?
        fileprivate let mask: Int
        fileprivate let maxLength: Int

        /// The id of the word `units[0..<count]`, or -1; with `startsOnly`, -1 also for words
        /// that begin no term.
        @inline(__always)
        func id(of units: UnsafePointer<UInt16>, count: Int, startsOnly: Bool = false) -> Int32 {
            guard count <= maxLength, count > 0, let pool, let starts else { return -1 }
            let h = WordTable.hash(units, count)
            let filter = startsOnly ? startPresence : presence
            guard filter[Int(h >> 16) >> 6] & 1 << UInt64(h >> 16 & 63) != 0 else { return -1 }
            let key = UInt64(h) << 32 | UInt64(count) << 24
            var i = Int(h) & mask
            while true {
                let slot = slots[i]
                if slot == 0 { return -1 }
                if slot & ~0xFF_FFFF == key {
                    let entry = pool + Int(slot & 0xFF_FFFF) - 1
                    var same = true
                    for j in 0..<count where entry[2 + j] != units[j] { same = false; break }
                    if same {
                        let id = Int32(entry[0]) | Int32(entry[1]) << 16
                        // A word the start filter let through by chance is no start.
                        return startsOnly && !starts[Int(id)] ? -1 : id
                    }
                }
                i = (i + 1) & mask
            }
        }

        @inline(__always)
        func id(of word: UnsafeBufferPointer<UInt16>) -> Int32 {
            guard let base = word.baseAddress else { return -1 }
            return id(of: base, count: word.count)
        }
    }

    private mutating func insert(_ slot: UInt64, hash h: UInt32) {
        var i = Int(h) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    private mutating func rehash(_ capacity: Int) {
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for w in words { insert(w.slot, hash: w.hash) }
    }

    /// A hash of a word's length and four of its units (first, second, middle, last): no loop
    /// and independent multiplications, so it costs a few cycles whatever the word; comparing
    /// the units settles the rare collisions.
    @inline(__always)
    static func hash(_ units: UnsafePointer<UInt16>, _ count: Int) -> UInt32 {
        let a = UInt32(units[0]) &* 0x9E37_79B1
        let b = UInt32(units[count - 1]) &* 0x85EB_CA6B
        let c = UInt32(units[count > 1 ? 1 : 0]) &* 0xC2B2_AE35
        let d = UInt32(units[count >> 1]) &* 0x27D4_EB2F
        let h = a ^ b ^ (c &+ d) ^ UInt32(truncatingIfNeeded: count) &* 0x1656_67B1
        return h ^ (h >> 15)
    }
}
