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
