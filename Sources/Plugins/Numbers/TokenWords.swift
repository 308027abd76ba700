import Toolkit

/// What the lexicon knows of each token of a document (``TokenWord``), a word being looked up
/// the first time it is read.
///
/// The scan looks up at once only the words that may open a number (``OpenerFilter``); the
/// context of a number then reads a few words around it, and most words of a text are never
/// read at all. A view over the document's buffers, valid while the scan reads the document
/// (``NumberScan/read(tokens:text:)``); the entries live in a ``Storage`` the scan keeps from
/// one document to the next.
struct TokenWords: RandomAccessCollection {
    /// The entries and a buffer to fold a word into, grown to the longest document read.
    final class Storage {
        fileprivate private(set) var entries = UnsafeMutablePointer<TokenWord>.allocate(capacity: 0)
        fileprivate private(set) var capacity = 0
        /// A word's folded units, then ``WordIndex/slack`` units a lookup may read past them.
        fileprivate let form = UnsafeMutablePointer<UInt16>.allocate(capacity: WordIndex.maxTokenLength + WordIndex.slack)

        init() {
            form.initialize(repeating: 0, count: WordIndex.maxTokenLength + WordIndex.slack)
        }

        /// Room for `n` entries (their values are left for the scan to write).
        fileprivate func reserve(_ n: Int) {
            guard n > capacity else { return }
            entries.deallocate()
            entries = .allocate(capacity: n)
            capacity = n
        }

        deinit {
            entries.deallocate()
            form.deallocate()
        }
    }

    /// An entry not looked up yet.
    static let unread = TokenWord(id: -2, prefix: [])

    let startIndex = 0
    let endIndex: Int
    private let entries: UnsafeMutablePointer<TokenWord>?
    private let form: UnsafeMutablePointer<UInt16>?
    private let tokens: UnsafePointer<Token>?
    private let unitBase: UnsafePointer<UInt16>?
    private let table: UnsafePointer<UInt16>?
    private let index: WordIndex.Reader?

    /// No tokens.
    init() {
        endIndex = 0
        entries = nil
        form = nil
        tokens = nil
        unitBase = nil
        table = nil
        index = nil
    }

    /// A view of `tokens` over the normalized `units`, folded by `table` (``NumberFolding/table``)
    /// and looked up in `index`; no entry is written.
    init(_ storage: Storage, tokens: UnsafeBufferPointer<Token>, units: UnsafeBufferPointer<UInt16>,
         table: UnsafePointer<UInt16>, index: WordIndex.Reader) {
        storage.reserve(tokens.count)
        endIndex = tokens.count
        entries = storage.entries
        form = storage.form
        self.tokens = tokens.baseAddress
        unitBase = units.baseAddress
        self.table = table
        self.index = index
    }

    subscript(i: Int) -> TokenWord {
        @inline(__always) get {
            let w = entries.unsafelyUnwrapped[i]
            return w.id != Self.unread.id ? w : read(i)
        }
    }

    /// Sets the entry of token `i`.
    @inline(__always)
    func set(_ i: Int, _ word: TokenWord) { entries.unsafelyUnwrapped[i] = word }

    /// Leaves the entry of token `i` to be looked up when read (its id alone tells).
    @inline(__always)
    func setUnread(_ i: Int) { entries.unsafelyUnwrapped[i].id = Self.unread.id }

    /// The folded unit `k` of the text (0 when the fold drops it).
    @inline(__always)
    func folded(_ k: Int) -> UInt16 { table.unsafelyUnwrapped[Int(units[k])] }

    /// The document's normalized units.
    var units: UnsafePointer<UInt16> {
        @inline(__always) get { unitBase.unsafelyUnwrapped }
    }

    /// Looks up the word of token `i` and keeps it.
    @inline(never)
    func read(_ i: Int) -> TokenWord {
        let w = lookUp(i)
        set(i, w)
        return w
    }

    /// The lexicon's word for word token `i`: its units folded without the dropped ones, then
    /// looked up with its clitics (``WordIndex/Reader/word(_:)``).
    @inline(__always)
    private func lookUp(_ i: Int) -> TokenWord {
        let t = tokens.unsafelyUnwrapped[i]
        let start = Int(t.normStart), end = Int(t.normEnd)
        // Only words are in the lexicon: an entry read for another token is empty whatever its form.
        guard t.kind == .word, end - start <= WordIndex.maxTokenLength else { return TokenWord() }
        return index.unsafelyUnwrapped.word(fold(t, into: form.unsafelyUnwrapped))
    }

    /// The units of token `t` of the document folded by the table, without the ones the fold
    /// drops, written to `form` (room for all the token's units): the form a word is looked up
    /// or read by.
    @inline(__always)
    func fold(_ t: Token, into form: UnsafeMutablePointer<UInt16>) -> UnsafeBufferPointer<UInt16> {
        let count = Int(t.normEnd) - Int(t.normStart)
        let units = units + Int(t.normStart), table = table.unsafelyUnwrapped
        // Folded in one pass without a test; the units dropped (0), rare, are taken out after.
        var least = UInt16.max
        for k in 0..<count {
            let f = table[Int(units[k])]
            form[k] = f
            least = Swift.min(least, f)
        }
        var n = count
        if least == 0 {
            n = 0
            for k in 0..<count where form[k] != 0 {
                form[n] = form[k]
                n += 1
            }
        }
        return UnsafeBufferPointer(start: form, count: n)
    }
}
