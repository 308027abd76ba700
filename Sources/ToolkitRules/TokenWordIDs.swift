import Toolkit

/// The word ids of a document's tokens as a scan for lexicon terms reads them: looked up as it
/// goes (``TokenWords``) or read from ids looked up before (``WordIDList``).
protocol TokenWordIDs {
    /// The word id of token `i` if it may begin a term, else -1 (or the id of a word that does
    /// not begin any term: the trie tells).
    func startID(_ i: Int) -> Int32
    /// The same for a token whose ``id(_:)`` is known.
    func startID(_ i: Int, known id: Int32) -> Int32
    /// The word id of token `i`, or -1.
    func id(_ i: Int) -> Int32
}

/// Word ids looked up for every token beforehand (for token patterns, which need them all).
struct WordIDList: TokenWordIDs {
    let ids: UnsafeBufferPointer<Int32>

    @inline(__always) func startID(_ i: Int) -> Int32 { ids[i] }
    @inline(__always) func startID(_ i: Int, known id: Int32) -> Int32 { id }
    @inline(__always) func id(_ i: Int) -> Int32 { ids[i] }
}

extension TokenWords: TokenWordIDs {
    @inline(__always) func startID(_ i: Int) -> Int32 { id(i, startsOnly: true) }
    /// A token no word, or without clitics to strip, is what its id says; otherwise a stem may
    /// begin a term where the whole token does not.
    @inline(__always) func startID(_ i: Int, known id: Int32) -> Int32 { segments.isEmpty || id < 0 ? id : startID(i) }
    @inline(__always) func id(_ i: Int) -> Int32 { id(i, startsOnly: false) }
}

/// ``TokenWords`` for a document without clitic segments (the usual case) and with text: no
/// stem to fall back on and no missing text to check for, at every token.
struct PlainTokenWords: TokenWordIDs {
    let lookup: UnsafePointer<WordTable.Lookup>
    let units: UnsafePointer<UInt16>
    let unitCount: Int
    let tokens: UnsafeBufferPointer<Token>

    /// Nil when `words` has clitic segments or no text.
    init?(_ words: TokenWords) {
        guard words.segments.isEmpty, let units = words.units else { return nil }
        lookup = words.lookup
        self.units = units
        unitCount = words.unitCount
        tokens = words.tokens
    }

    @inline(__always)
    private func id(_ i: Int, startsOnly: Bool) -> Int32 {
        let start = Int(tokens[i].normStart)
        return WordTable.Lookup.id(lookup, of: units + start, count: Int(tokens[i].normEnd) &- start, readable: unitCount &- start,
                                   startsOnly: startsOnly)
    }

    @inline(__always) func startID(_ i: Int) -> Int32 { id(i, startsOnly: true) }
    @inline(__always) func startID(_ i: Int, known id: Int32) -> Int32 { id }
    @inline(__always) func id(_ i: Int) -> Int32 { id(i, startsOnly: false) }
}
