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
    private var byFirst: [[Int32]] = []
    private var byLast: [[Int32]] = []

    mutating func add(_ words: [PhraseWord], _ role: Role) {
        guard let first = words.first, let last = words.last else { return }
        let n = Int32(phrases.count)
        phrases.append(Phrase(words: words, role: role))
        Self.insert(n, at: first.id, into: &byFirst, phrases)
        Self.insert(n, at: last.id, into: &byLast, phrases)
    }

    private static func insert(_ n: Int32, at id: Int32, into lists: inout [[Int32]], _ phrases: [Phrase]) {
        let i = Int(id)
        if lists.count <= i { lists.append(contentsOf: repeatElement([], count: i + 1 - lists.count)) }
        // Longest first; among phrases of one length, in the order they were added.
        let length = phrases[Int(n)].words.count
        let at = lists[i].firstIndex { phrases[Int($0)].words.count < length } ?? lists[i].endIndex
        lists[i].insert(n, at: at)
    }

    /// The phrases listed under a token's word id.
    @inline(__always)
    private static func list(_ lists: [[Int32]], _ id: Int32) -> [Int32]? {
        id >= 0 && Int(id) < lists.count ? lists[Int(id)] : nil
    }

    /// The longest phrase starting at token `start`: its role and its last token. With
    /// `anyArticle`, the first word may also carry the article (ملايين الدولارات).
    func match<Words: RandomAccessCollection<TokenWord>>(from start: Int, in words: Words, anyArticle: Bool = false)
        -> (role: Role, last: Int)? where Words.Index == Int {
        guard start >= 0, start < words.count, let list = Self.list(byFirst, words[start].id) else { return nil }
        for n in list {
            let p = phrases[Int(n)]
            if fits(p, at: start, in: words, anyArticle: anyArticle) { return (p.role, start + p.words.count - 1) }
        }
        return nil
    }

    /// The longest phrase ending at token `end`: its role and its first token.
    func match<Words: RandomAccessCollection<TokenWord>>(endingAt end: Int, in words: Words) -> (role: Role, first: Int)?
        where Words.Index == Int {
        guard end >= 0, end < words.count, let list = Self.list(byLast, words[end].id) else { return nil }
        for n in list {
            let p = phrases[Int(n)]
            let start = end - p.words.count + 1
            if start >= 0, fits(p, at: start, in: words) { return (p.role, start) }
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
