/// `--shard i/n`: a deterministic share of the documents, for splitting one corpus across
/// machines. Shard `i` (0-based) of `n` takes the documents whose id hashes to `i` modulo `n`,
/// so every document lands in exactly one shard.
///
/// By id rather than by position: the same document goes to the same shard however the input
/// was split, concatenated or re-ordered upstream (Spark and Hadoop split files as they like),
/// and a re-run of one shard processes the same documents. The hash is FNV-1a (64 bit) over the
/// id's UTF-8 bytes, finished with MurmurHash3's 64-bit mixer so the low bits used by the
/// modulo are well spread: small enough to reproduce in any language (docs/engine.md).
struct ShardSelector: Sendable, Equatable, CustomStringConvertible {
    let index: Int
    let count: Int

    init(index: Int, count: Int) {
        precondition(count >= 1 && (0..<count).contains(index))
        self.index = index
        self.count = count
    }

    /// Parses `i/n` with `0 <= i < n`.
    init?(_ spec: String) {
        let parts = spec.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (0..<n).contains(i) else {
            return nil
        }
        self.init(index: i, count: n)
    }

    var description: String { "\(index)/\(count)" }

    func selects(_ id: String) -> Bool { count == 1 || Int(Self.hash(id) % UInt64(count)) == index }

    /// FNV-1a 64 of the UTF-8 bytes, then MurmurHash3's fmix64.
    static func hash(_ id: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }
}
