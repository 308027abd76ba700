/// The word ids of a document's tokens as a scan for lexicon terms reads them: looked up as it
/// goes (``TokenWords``, ``PlainTokenWords``) or read from ids looked up before (``WordIDList``).
protocol TokenWordIDs {
    /// The word id of token `i` if it may begin a term, else -1 (or the id of a word that does
    /// not begin any term: the trie tells).
    func startID(_ i: Int) -> Int32
    /// The same for a token whose ``id(_:)`` is known.
    func startID(_ i: Int, known id: Int32) -> Int32
    /// The word id of token `i`, or -1.
    func id(_ i: Int) -> Int32
}
