/// Light proclitic segmentation: و/ف (conjunctions), ب/ل/ك (prepositions), س (future) and the
/// article ال, split off a word only when what remains is long enough and the word is not in
/// ``CliticLexicon`` (words whose first letter is part of the stem: وزير, بلد, كان).
///
/// Deliberately conservative: a missed split costs less than a broken word.
public struct CliticSegmenter: Sendable {
    private let protected: Set<[UInt16]>

    public init(lexicon: Set<String> = CliticLexicon.protectedWords) {
        protected = Set(lexicon.map { Array($0.utf16) })
    }

    private static let waw: UInt16 = 0x0648, fa: UInt16 = 0x0641, ba: UInt16 = 0x0628
    private static let lam: UInt16 = 0x0644, kaf: UInt16 = 0x0643, sin: UInt16 = 0x0633, alef: UInt16 = 0x0627

    /// Segments of a word token, or nil when it does not split.
    public func segment(_ token: Token, in text: NormalizedText) -> [TokenSegment]? {
        let r = token.normRange
        guard r.count >= 3 else { return nil }
        // Fold alef variants and drop marks so the lexicon matches whatever profile ran.
        var key: [UInt16] = []
        var positions: [Int] = []
        for i in r {
            var u = text.utf16[i]
            if (0x064B...0x065F).contains(u) || u == 0x0670 || u == 0x0640 { continue }
            if u == 0x0623 || u == 0x0625 || u == 0x0622 || u == 0x0671 { u = Self.alef }
            key.append(u); positions.append(i)
        }
        guard key.count >= 3, !protected.contains(key) else { return nil }
        var cuts: [Int] = []  // indices into key where a proclitic ends
        var p = 0
        func rest() -> ArraySlice<UInt16> { key[p...] }
        func isProtected(_ from: Int) -> Bool { protected.contains(Array(key[from...])) }

        if key[p] == Self.waw || key[p] == Self.fa, key.count - p - 1 >= 3, !isProtected(p) {
            p += 1; cuts.append(p)
        }
        if p < key.count, !isProtected(p) {
            let c = key[p]
            if (c == Self.ba || c == Self.kaf || c == Self.lam), key.count - p - 1 >= 2, !isProtected(p + 1) || c != Self.lam {
                // لل: the preposition ل before the article, whose alef is not written.
                if c == Self.lam, p + 1 < key.count, key[p + 1] == Self.lam, key.count - p - 2 >= 2 {
                    p += 1; cuts.append(p)
                    p += 1; cuts.append(p)
                } else if key.count - p - 1 >= 3 || (p + 2 < key.count && key[p + 1] == Self.alef && key[p + 2] == Self.lam) {
                    p += 1; cuts.append(p)
                }
            } else if c == Self.sin, p + 1 < key.count, [0x064A, 0x062A, 0x0646, Self.alef].contains(key[p + 1]),
                      key.count - p - 1 >= 3 {
                p += 1; cuts.append(p)
            }
        }
        if p + 1 < key.count, key[p] == Self.alef, key[p + 1] == Self.lam, key.count - p - 2 >= 2, !isProtected(p) {
            p += 2; cuts.append(p)
        }
        _ = rest
        guard !cuts.isEmpty else { return nil }
        var segments: [TokenSegment] = []
        var startKey = 0
        for (n, cut) in (cuts + [key.count]).enumerated() {
            let lo = startKey == 0 ? r.lowerBound : positions[startKey]
            let hi = cut == key.count ? r.upperBound : positions[cut]
            guard lo < hi else { continue }
            segments.append(TokenSegment(span: text.originalSpan(lo..<hi), normRange: lo..<hi,
                                         role: n == cuts.count ? .stem : .proclitic))
            startKey = cut
        }
        return segments.count > 1 ? segments : nil
    }
}
