extension TokenView {
    /// The first non-nil `find` of token `i`'s key, then of its key without و/ف (``stem(_:)``),
    /// then, with `throughBase`, of its key without clitics (``base(_:)``); a key equal to one
    /// already asked about is not asked again (most words have no clitic: one look-up).
    @inline(__always)
    func firstMatch<T>(_ i: Int, throughBase: Bool = false, _ find: (UInt64) -> T?) -> T? {
        let key = key(i)
        if let r = find(key) { return r }
        let stem = stem(i)
        if stem != key, let r = find(stem) { return r }
        guard throughBase else { return nil }
        let base = base(i)
        return base != stem && base != key ? find(base) : nil
    }
}

extension KeySet {
    /// True when the set holds the key of token `i` or its key without و/ف.
    @inline(__always)
    func contains(keyOrStemOf i: Int, _ view: TokenView) -> Bool {
        view.firstMatch(i) { contains($0) ? true : nil } ?? false
    }
}
