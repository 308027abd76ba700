/// The deeper edges of a ``TermTrie`` (node, word → child), in an open-addressing table with a
/// multiplicative hash: a lookup is a multiply and a probe or two, cheaper than a dictionary's
/// seeded hashing, and it is done for every token after a word that begins a multi-word term.
struct EdgeTable: Sendable {
    /// Key (node << 32 | word), or `empty`.
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    private static let empty = UInt64.max

    init() {
        keys = [UInt64](repeating: Self.empty, count: 16)
        values = [Int32](repeating: -1, count: 16)
        mask = 15
    }

    subscript(node: Int32, word: Int32) -> Int32? {
        let key = Self.key(node, word)
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == Self.empty { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func insert(node: Int32, word: Int32, child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.key(node, word)
        var i = Self.slot(key, mask)
        while keys[i] != Self.empty && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == Self.empty { count += 1 }
        keys[i] = key
        values[i] = child
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != Self.empty }
        keys = [UInt64](repeating: Self.empty, count: keys.count * 2)
        values = [Int32](repeating: -1, count: keys.count)
        mask = keys.count - 1
        count = 0
        for (k, v) in old { insert(node: Int32(truncatingIfNeeded: k >> 32), word: Int32(truncatingIfNeeded: k), child: v) }
    }

    @inline(__always)
    private static func key(_ node: Int32, _ word: Int32) -> UInt64 { UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word)) }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
