/// What the lexicon knows about one token of a document: its word id (or -1) and its clitics.
struct TokenWord: Sendable {
    var id: Int32 = -1
    var prefix: Prefix = []
}

/// A word of a phrase: a form id and the clitics it is written with (the article of الأقل).
struct PhraseWord: Sendable, Hashable {
    var id: Int32
    var prefix: Prefix
}

/// Phrases of one table (approximators, units, months…) with what each one means, matched
/// over a document's ``TokenWord``s (indexed from 0) forwards (after a number) or backwards
/// (before it).
///
/// The first word of a phrase may carry extra clitics (بنحو matches نحو, وأكثر من matches
/// أكثر من) but must agree on the article (النحو is not نحو); later words must match exactly.
/// The longest phrase wins.
struct PhraseSet<Role: Sendable>: Sendable {
    struct Phrase: Sendable {
        let words: [PhraseWord]
        let role: Role
    }

    private(set) var phrases: [Phrase] = []
    /// The phrases by the id of their first word and of their last word, longest first. Indexed
    /// by id (most ids start and end no phrase), which the scan asks several times per number.
    private var byFirst = Chains()
    private var byLast = Chains()

    /// Lists of phrases under word ids, chained through the phrases: plain integers, which an
    /// array of arrays (one per id) allocated, retained and released one by one.
    private struct Chains: Sendable {
        /// For each id, its first phrase, or -1.
        private var heads: [Int32] = []
        /// For each phrase, the next one under the same id, or -1.
        private var next: [Int32] = []

        /// The first phrase under an id, or -1.
        @inline(__always)
        func first(_ id: Int32) -> Int32 { id >= 0 && Int(id) < heads.count ? heads[Int(id)] : -1 }

        /// The phrase after phrase `n` under its id, or -1.
        @inline(__always)
        func after(_ n: Int32) -> Int32 { next[Int(n)] }

        /// Adds phrase `n` (the last added) under `id`: longest first, and among phrases of one
        /// length in the order they were added.
        mutating func insert(_ n: Int32, at id: Int32, _ phrases: [Phrase]) {
            let i = Int(id), length = phrases[Int(n)].words.count
            if heads.count <= i { heads.append(contentsOf: repeatElement(-1, count: i + 1 - heads.count)) }
            next.append(-1)
            func longer(_ m: Int32) -> Bool { m >= 0 && phrases[Int(m)].words.count >= length }
            guard longer(heads[i]) else {
                next[Int(n)] = heads[i]
                heads[i] = n
                return
            }
            var p = heads[i]
            while longer(next[Int(p)]) { p = next[Int(p)] }
            next[Int(n)] = next[Int(p)]
            next[Int(p)] = n
        }
    }

    mutating func add(_ words: [PhraseWord], _ role: Role) {
        guard let first = words.first, let last = words.last else { return }
        let n = Int32(phrases.count)
        phrases.append(Phrase(words: words, role: role))
        byFirst.insert(n, at: first.id, phrases)
        byLast.insert(n, at: last.id, phrases)
    }

    /// The longest phrase starting at token `start`: its role and its last token. With
    /// `anyArticle`, the first word may also carry the article (ملايين الدولارات).
    func match<Words: RandomAccessCollection<TokenWord>>(from start: Int, in words: Words, anyArticle: Bool = false)
        -> (role: Role, last: Int)? where Words.Index == Int {
        guard start >= 0, start < words.count else { return nil }
        var n = byFirst.first(words[start].id)
        while n >= 0 {
            let p = phrases[Int(n)]
            if fits(p, at: start, in: words, anyArticle: anyArticle) { return (p.role, start + p.words.count - 1) }
            n = byFirst.after(n)
        }
        return nil
    }

    /// The longest phrase ending at token `end`: its role and its first token.
    func match<Words: RandomAccessCollection<TokenWord>>(endingAt end: Int, in words: Words) -> (role: Role, first: Int)?
        where Words.Index == Int {
        guard end >= 0, end < words.count else { return nil }
        var n = byLast.first(words[end].id)
        while n >= 0 {
            let p = phrases[Int(n)]
            let start = end - p.words.count + 1
            if start >= 0, fits(p, at: start, in: words) { return (p.role, start) }
            n = byLast.after(n)
        }
        return nil
    }

    private func fits<Words: RandomAccessCollection<TokenWord>>(_ p: Phrase, at start: Int, in words: Words, anyArticle: Bool = false)
        -> Bool where Words.Index == Int {
        guard start + p.words.count <= words.count else { return false }
        for (k, w) in p.words.enumerated() {
            let t = words[start + k]
            guard t.id == w.id else { return false }
            if k == 0 {
                guard anyArticle || t.prefix.contains(.article) == w.prefix.contains(.article),
                      t.prefix.isSuperset(of: w.prefix) else {
                    return false
                }
            } else if t.prefix != w.prefix {
                return false
            }
        }
        return true
    }
}
