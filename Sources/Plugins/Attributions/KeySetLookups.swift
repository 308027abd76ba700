extension KeySet {
    /// True when the set holds the key of token `i` or its key without و/ف; one look-up when
    /// the two are the same (most words).
    @inline(__always)
    func contains(keyOrStemOf i: Int, _ view: TokenView) -> Bool {
        let key = view.key(i)
        if contains(key) { return true }
        let stem = view.stem(i)
        return stem != key && contains(stem)
    }
}
