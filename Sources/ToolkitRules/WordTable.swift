/// Interns the words of every term (UTF-16 token norms) as small integer ids, and finds a
/// token's id straight from the normalized text without making a string: hashing and one or
/// two probes per token are all a lexicon costs on words it does not know.
struct WordTable: Sendable {
    private var slots: [Int32]
    private var mask: Int
    private var pool: [UInt16] = []
    private var offsets: [Int32] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt32] = []
    /// The longest word, in UTF-16 units: longer tokens are rejected without hashing.
    private(set) var maxLength = 0

    /// Number of distinct words.
    var count: Int { offsets.count }

    init() {
        slots = [Int32](repeating: -1, count: 64)
        mask = 63
    }

    /// The id of a word, adding it when new.
    mutating func intern(_ word: [UInt16]) -> Int32 {
        let id = word.withUnsafeBufferPointer { lookup($0) }
        if id >= 0 { return id }
        if (count + 1) * 2 > slots.count { rehash(slots.count * 2) }
        let newID = Int32(count)
        let h = word.withUnsafeBufferPointer { Self.hash($0) }
        offsets.append(Int32(pool.count))
        lengths.append(Int32(word.count))
        hashes.append(h)
        pool.append(contentsOf: word)
        maxLength = max(maxLength, word.count)
        insert(newID, hash: h)
        return newID
    }

    /// The id of a word, or -1.
    @inline(__always)
    func lookup(_ word: UnsafeBufferPointer<UInt16>) -> Int32 {
        guard word.count <= maxLength, word.count > 0 else { return -1 }
        let h = Self.hash(word)
        var i = Int(h) & mask
        return pool.withUnsafeBufferPointer { pool in
            while true {
                let id = slots[i]
                if id < 0 { return -1 }
                let k = Int(id)
                if hashes[k] == h, Int(lengths[k]) == word.count {
                    let start = Int(offsets[k])
                    var same = true
                    for j in 0..<word.count where pool[start + j] != word[j] { same = false; break }
                    if same { return id }
                }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func insert(_ id: Int32, hash h: UInt32) {
        var i = Int(h) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = id
    }

    private mutating func rehash(_ capacity: Int) {
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for k in 0..<count { insert(Int32(k), hash: hashes[k]) }
    }

    /// FNV-1a over the UTF-16 units.
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt16>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for u in word {
            h = (h ^ UInt32(u & 0xFF)) &* 16_777_619
            h = (h ^ UInt32(u >> 8)) &* 16_777_619
        }
        return h
    }
}
