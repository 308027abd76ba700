/// A hash map from folded word keys (``ArabicKey``) to values, for the lexicons.
///
/// Keys are already well-mixed 64-bit hashes, so the table uses them directly (open addressing,
/// linear probing, power-of-two capacity) instead of rehashing through `Hasher`: a miss is
/// usually one load and one comparison. Key 0 marks an empty slot (a real key 0 is stored as 1).
/// Built once, read by all workers.
public struct KeyMap<Value: Sendable>: Sendable {
    private var slots: [UInt64]
    private var values: [Value?]
    private var mask: Int
    public private(set) var count = 0

    public init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 29)) & UInt64(mask)) }

    /// The value for a key, if any.
    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        let key = Self.stored(key)
        var i = slot(key)
        // Slots are masked to the table's size: read without the array's bounds checks.
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let k = slots[i]
                if k == key { return values.withUnsafeBufferPointer { $0[i] } }
                if k == 0 { return nil }
                i = (i &+ 1) & mask
            }
        }
    }

    /// Inserts a value unless the key is present; returns whether it was inserted.
    @discardableResult
    public mutating func insertIfAbsent(_ key: UInt64, _ value: Value) -> Bool {
        if self[key] != nil { return false }
        set(key, value)
        return true
    }

    /// Sets the value for a key.
    public mutating func set(_ key: UInt64, _ value: Value) {
        if (count + 1) * 2 > slots.count { grow() }
        let key = Self.stored(key)
        var i = slot(key)
        while slots[i] != 0, slots[i] != key { i = (i + 1) & mask }
        if slots[i] == 0 { count += 1 }
        slots[i] = key
        values[i] = value
    }

    private mutating func grow() {
        var bigger = KeyMap(capacity: slots.count)
        for i in slots.indices where slots[i] != 0 { bigger.set(slots[i], values[i]!) }
        self = bigger
    }
}

/// A set of folded word keys (see ``KeyMap``).
public struct KeySet: Sendable {
    private var map = KeyMap<Bool>()

    public init() {}

    public init(_ keys: some Sequence<UInt64>) {
        for k in keys { map.set(k, true) }
    }

    /// The keys of the space-separated words of a table (see ``ArabicKey/keys(_:)``).
    public init(words: some StringProtocol) { self.init(ArabicKey.keys(words)) }

    @inline(__always)
    public func contains(_ key: UInt64) -> Bool { map[key] != nil }

    public mutating func insert(_ key: UInt64) { map.set(key, true) }

    public var isEmpty: Bool { map.count == 0 }
}

/// A bit per slice of the mixed key space (see `slot`), set for every key of a table: a clear bit proves a key
/// absent with one load, so the words of a text that are in no lexicon (most of them) skip the
/// table probes. 2^16 bits (8 KB) by default, small enough to stay in cache.
public struct KeyFilter: Sendable {
    private(set) var bits: [UInt64]
    private let shift: UInt64

    /// A filter of `2^log2Bits` bits (at least 64).
    public init(log2Bits: Int = 16) {
        bits = [UInt64](repeating: 0, count: 1 << max(0, log2Bits - 6))
        shift = UInt64(64 - max(6, log2Bits))
    }

    public init(_ keys: some Sequence<UInt64>, log2Bits: Int = 16) {
        self.init(log2Bits: log2Bits)
        for k in keys { insert(k) }
    }

    /// The slice of a key: the top bits of the key times an odd constant. FNV-1a leaves the top
    /// bits of short words unevenly spread (over all words of up to four letters, the fullest
    /// of 256 top-byte slices holds 20 times as many as the emptiest), which would let more
    /// words through the filter; the multiply spreads them evenly.
    @inline(__always)
    func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift) }

    public mutating func insert(_ key: UInt64) {
        let s = slot(key)
        bits[s &>> 6] |= 1 &<< UInt64(s & 63)
    }

    /// False when the key was never inserted; true when it may have been.
    @inline(__always)
    public func mayContain(_ key: UInt64) -> Bool {
        let s = slot(key)
        // A slot is below 2^log2Bits by construction: read without the array's bounds check.
        return bits.withUnsafeBufferPointer { $0[s &>> 6] } &>> UInt64(s & 63) & 1 != 0
    }
}
