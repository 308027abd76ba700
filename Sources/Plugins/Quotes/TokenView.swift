import Toolkit

/// A document's tokens as the quote and attribution rules read them: folded keys (see
/// ``ArabicKey``), the punctuation character of one-character tokens, spacing, and the paragraph
/// and sentence each token is in. Built once per document in one pass over the tokens.
public struct TokenView: Sendable {
    /// The document's tokens.
    public let tokens: [Token]
    /// What the view knows of each token (read through the accessors below).
    private let entries: [Entry]
    /// Sentence of each token (index into the document's sentences; -1 when the chain has none).
    public let sentence: [Int32]
    /// Sentence spans as token ranges.
    public let sentenceRanges: [Range<Int>]
    /// The document's original text, for the few questions its folded keys cannot answer.
    let source: SourceText

    public var count: Int { tokens.count }

    /// Key of the folded token.
    @inline(__always) public func key(_ i: Int) -> UInt64 { entries[i].key }
    /// Key without a leading conjunction و or ف (equal to ``key(_:)`` when there is none).
    @inline(__always) public func stem(_ i: Int) -> UInt64 { entries[i].stem }
    /// Key without leading و/ف, ب/ل/ك and the article ال: `لـ"قسد"`, `والقسد` and `قسد` share it.
    @inline(__always) public func base(_ i: Int) -> UInt64 { entries[i].base }
    /// True when the word carries the article ال (after any of و ف ب ك ل; لل counts).
    @inline(__always) public func definite(_ i: Int) -> Bool { entries[i].definite }
    /// Number of folded units of the token (at most 255).
    @inline(__always) public func length(_ i: Int) -> UInt8 { entries[i].length }
    /// First folded unit (0 for an empty fold).
    @inline(__always) public func first(_ i: Int) -> UInt16 { entries[i].first }
    /// Last two folded units, packed (`u[n-2] << 16 | u[n-1]`).
    @inline(__always) public func last2(_ i: Int) -> UInt32 { entries[i].last2 }
    /// The character of a one-unit punctuation or symbol token, else 0.
    @inline(__always) public func punct(_ i: Int) -> UInt16 { entries[i].punct }
    /// Kind of the token (a copy of `tokens[i].kind`, read with the rest of the entry).
    @inline(__always) public func kind(_ i: Int) -> TokenKind { entries[i].kind }
    /// True when white space (or the start of the text) precedes the token.
    @inline(__always) public func spaceBefore(_ i: Int) -> Bool { entries[i].spaceBefore }
    /// The first, the second and the last letter of token `i` as the original text spells them (marks
    /// skipped), where folding merges words the text tells apart: على and the name علي, إن and
    /// أن. Walks the original text up to the token: for rare questions.
    public func originalLetters(_ i: Int) -> (first: UInt32, second: UInt32, last: UInt32) {
        var byte = 0, scalar = 0
        let letters = OriginalEndings.letters(of: tokens[i].span, in: source, byte: &byte, scalar: &scalar)
        return (letters.first, letters.second, letters.last)
    }

    /// True when token `i` has more characters in the original text than folded units: marks,
    /// tatweel or letters that fold away, which only the original text can show (a cheap test
    /// before reading it).
    @inline(__always) public func hasDroppedCharacters(_ i: Int) -> Bool {
        tokens[i].span.end - tokens[i].span.start > Int(entries[i].length)
    }

    /// True when token `i` is a comma, Arabic (،) or Latin (,).
    @inline(__always) public func isComma(_ i: Int) -> Bool { punct(i) == 0x060C || punct(i) == 0x2C }

    /// Paragraph of the token (paragraphs are separated by line breaks).
    @inline(__always) public func paragraph(_ i: Int) -> Int32 { entries[i].paragraph }

    /// What the single pass computes for one token.
    struct Entry {
        var key: UInt64, stem: UInt64, base: UInt64
        var last2: UInt32
        var paragraph: Int32
        var first: UInt16, punct: UInt16
        var length: UInt8
        var definite: Bool, spaceBefore: Bool
        /// In the entry's padding byte: the scans over all tokens then read one array.
        var kind: TokenKind
    }

    /// The key under which a view is handed on in ``Document/shared``.
    public static let sharedKey = "token_view"

    /// The view an earlier plugin built for this document, if it still matches its tokens and
    /// sentences; else a new one, handed on for later plugins unless `handOn` is false (the
    /// last plugin that reads views saves storing it in the document).
    public static func of(_ document: inout Document, handOn: Bool = true) -> TokenView {
        if let view = document.shared[sharedKey] as? TokenView, view.tokens.count == document.tokens?.count ?? 0,
           view.tokens.last == document.tokens?.last, view.sentenceRanges.count == max(document.sentences?.count ?? 1, 1) {
            return view
        }
        let view = TokenView(document: &document)
        if handOn { document.shared[sharedKey] = view }
        return view
    }

    /// Builds the view of a tokenized document in one pass over its tokens.
    public init(document: inout Document) {
        let text = document.normalizedOrIdentity()
        let tokens = document.tokens ?? []
        self.tokens = tokens
        source = document.source
        (sentence, sentenceRanges) = Self.sentences(tokens, document.sentences)
        entries = text.utf16.withUnsafeBufferPointer { u in
            ArabicKey.lowBlock.withUnsafeBufferPointer { low in
                withUnsafeTemporaryAllocation(of: Slot.self, capacity: Self.maxFolded + Self.padding) { slots in
                    tokens.withUnsafeBufferPointer { tokens in
                        Self.entries(tokens, u, low, slots.baseAddress!)
                    }
                }
            }
        }
    }

    /// One folded unit of the scratch and the hash state after it: kept together so that the
    /// folding loop moves one pointer and the per-token code keeps fewer values live.
    struct Slot {
        var state: UInt64
        var unit: UInt16
    }

    /// Zero slots after the folding scratch, so the first letters of a short word can be read
    /// without checking its length (a zero matches no letter).
    private static let padding = 8

    /// The single pass: folds and hashes each token and records its neighbourhood.
    ///
    /// Each token is folded from its last unit to its first into the end of `slots` (so the
    /// folded word ends at `slots[maxFolded - 1]`), and hashed as it goes, the hash state after
    /// each unit going to the same slot: keys hash from the last unit back (see ``ArabicKey``),
    /// so the state at the first unit is the key, and the states at the second and at the
    /// first unit after the article are the keys without و/ف and without clitics.
    private static func entries(_ tokens: UnsafeBufferPointer<Token>, _ u: UnsafeBufferPointer<UInt16>,
                                _ low: UnsafeBufferPointer<UInt16>, _ slots: UnsafeMutablePointer<Slot>) -> [Entry] {
        let n = tokens.count
        guard n > 0, let tokenBase = tokens.baseAddress, let text = u.baseAddress, let table = low.baseAddress else { return [] }
        let cap = maxFolded
        (slots + cap).initialize(repeating: Slot(state: 0, unit: 0), count: padding)
        return [Entry](unsafeUninitializedCapacity: n) { out, initialized in
            fill(out.baseAddress!, tokenBase, n, text, table, slots + cap, ArticleLookalikes.keys)
            initialized = n
        }
    }

    /// The loop of ``entries(_:_:_:_:)``, a function of its own so that its state is held in
    /// registers rather than in the closure's context.
    @inline(never)
    private static func fill(_ entries: UnsafeMutablePointer<Entry>, _ tokens: UnsafePointer<Token>, _ n: Int,
                             _ text: UnsafePointer<UInt16>, _ table: UnsafePointer<UInt16>, _ slotsEnd: UnsafeMutablePointer<Slot>,
                             _ lookalikes: KeySet) {
        var para: Int32 = 0
        var previousEnd = 0
        for i in 0..<n {
            let t = tokens[i]
            let lo = Int(t.normStart), hi = Int(t.normEnd)
            // A line break between two tokens starts a paragraph (most gaps are one space).
            if i > 0, lo != previousEnd &+ 1 || text[previousEnd] != 0x20 {
                var k = previousEnd
                while k < lo {
                    let c = text[k]
                    if c == 0x0A || c == 0x0D || c == 0x2029 { para &+= 1; break }
                    k &+= 1
                }
            }
            let spaceBefore = i == 0 || lo > previousEnd
            previousEnd = hi
            var w = slotsEnd
            if hi &- lo <= maxFolded {
                var h = ArabicKey.empty
                var k = text + hi
                let first = text + lo
                while k > first {
                    k -= 1
                    let c = k.pointee
                    let f: UInt16
                    if c < 0x700 {
                        f = table[Int(c)]
                        if f == ArabicKey.dropped { continue }
                    } else {
                        guard let g = ArabicKey.fold(c) else { continue }
                        f = g
                    }
                    h = ArabicKey.mix(h, f)
                    w -= 1
                    w.initialize(to: Slot(state: h, unit: f))
                }
            } else {
                w -= foldLong(UnsafeBufferPointer(start: text + lo, count: hi &- lo), slotsEnd)
            }
            // The word is w[0..<m], and w[j].state is the key of its units from j on.
            let m = slotsEnd - w
            let f0 = w[0].unit
            let key = m == 0 ? ArabicKey.empty : w[0].state
            var stem = key, bare = key
            var definite = false
            // Only words starting with ا ب ف ك ل و can carry a clitic or the article.
            if f0 &- 0x0627 < 0x22, (cliticStarts &>> UInt64(f0 &- 0x0627)) & 1 != 0 {
                // Where the conjunction-less and the bare keys start.
                let p = m >= 3 && (f0 == 0x0648 || f0 == 0x0641) ? 1 : 0
                var b = p
                let wb = w[b].unit
                if m &- b >= 3, wb == 0x0628 || wb == 0x0644 || wb == 0x0643 {
                    b &+= (wb == 0x0644 && m &- b >= 4 && w[b &+ 1].unit == 0x0644) ? 2 : 1
                }
                if m &- b >= 4, w[b].unit == 0x0627, w[b &+ 1].unit == 0x0644 { b &+= 2 }
                stem = w[p].state
                bare = w[b].state
                // Article ال (after any of و ف ب ك ل; لل counts); بال / كال / لال + at least
                // two letters (not بالي، وكالة).
                if t.kind == .word {
                    let q = m > 3 && (f0 == 0x0648 || f0 == 0x0641) ? 1 : 0
                    if m &- q >= 4 {
                        let c0 = w[q].unit, c1 = w[q &+ 1].unit
                        definite = (c0 == 0x0627 && c1 == 0x0644) || (c0 == 0x0644 && c1 == 0x0644)
                            || (m &- q >= 5 && (c0 == 0x0628 || c0 == 0x0643 || c0 == 0x0644) && c1 == 0x0627 && w[q &+ 2].unit == 0x0644)
                        // والده، التقى: ال is part of the word (the letter after it is د or ت).
                        if definite, c0 == 0x0627, w[q &+ 2].unit == 0x062F || w[q &+ 2].unit == 0x062A {
                            let lookalike = ArticleLookalikes.contains(lookalikes, key: key, stem: stem)
                            if lookalike.key {
                                definite = false
                                (stem, bare) = (key, key)
                            } else if lookalike.stem {
                                definite = false
                                bare = stem
                            }
                        }
                    }
                }
            }
            let last = UInt32(slotsEnd[-1].unit)
            let last2 = m == 0 ? 0 : m == 1 ? last : last | UInt32(slotsEnd[-2].unit) << 16
            let punct = hi &- lo == 1 && (t.kind == .punct || t.kind == .symbol) ? text[lo] : 0
            (entries + i).initialize(to: Entry(
                key: key, stem: stem, base: bare, last2: last2, paragraph: para, first: f0, punct: punct,
                length: UInt8(truncatingIfNeeded: min(m, 255)), definite: definite, spaceBefore: spaceBefore, kind: t.kind))
        }
    }

    /// Bit `c - U+0627` is set for the letters a clitic or the article starts with: ا (bit 0),
    /// ب (1), ف (26), ك (28), ل (29), و (33). A literal, so the loop tests it without a load.
    private static let cliticStarts: UInt64 = 1 << 0 | 1 << 1 | 1 << 26 | 1 << 28 | 1 << 29 | 1 << 33

    /// ``entries(_:_:_:_:)`` for a token longer than `maxFolded` units (a URL): only its first
    /// `maxFolded` folded units count. Writes them and their states before `slotsEnd`, as the
    /// short path does; returns their number.
    private static func foldLong(_ units: UnsafeBufferPointer<UInt16>, _ slotsEnd: UnsafeMutablePointer<Slot>) -> Int {
        var first: [UInt16] = []
        for c in units where first.count < maxFolded { if let f = ArabicKey.fold(c) { first.append(f) } }
        var h = ArabicKey.empty
        for (r, f) in first.reversed().enumerated() {
            h = ArabicKey.mix(h, f)
            slotsEnd[-1 - r] = Slot(state: h, unit: f)
        }
        return first.count
    }

    /// Folded units kept per token for its keys (longer tokens, such as URLs, are cut).
    private static let maxFolded = 256

    private static func sentences(_ tokens: [Token], _ spans: [TextSpan]?) -> ([Int32], [Range<Int>]) {
        guard let spans, !spans.isEmpty else {
            return ([Int32](repeating: -1, count: tokens.count), tokens.isEmpty ? [] : [0..<tokens.count])
        }
        let n = tokens.count
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(spans.count)
        var index = [Int32](repeating: 0, count: n)
        // Each sentence starts at the first token at or after its span's start; a token before
        // the first sentence belongs to it, one after the last to the last.
        tokens.withUnsafeBufferPointer { tokens in
            index.withUnsafeMutableBufferPointer { index in
                var s = 0, start = 0, i = 0
                for next in 1..<max(1, spans.count) {
                    while i < n, tokens[i].span.start < spans[next].start { i &+= 1 }
                    if i == n { break }
                    for k in start..<i { index[k] = Int32(truncatingIfNeeded: s) }
                    ranges.append(start..<i)
                    start = i
                    s = next
                }
                for k in start..<n { index[k] = Int32(truncatingIfNeeded: s) }
                ranges.append(start..<n)
            }
        }
        while ranges.count < spans.count { ranges.append(n..<n) }
        return (index, ranges)
    }

    /// The first word token from `start` on whose key or key without و/ف `filter` may contain,
    /// else ``count``: the scan for lexicon words over all of a document, on raw storage.
    public func firstWord(from start: Int, mayBeIn filter: KeyFilter) -> Int {
        entries.withUnsafeBufferPointer { entries in
            filter.bits.withUnsafeBufferPointer { bits in
                @inline(__always) func passes(_ key: UInt64) -> Bool {
                    let s = filter.slot(key)
                    return bits[s &>> 6] &>> UInt64(s & 63) & 1 != 0
                }
                var i = start
                while i < entries.count {
                    let e = entries[i]
                    if e.kind == .word, passes(e.key) || (e.stem != e.key && passes(e.stem)) { return i }
                    i &+= 1
                }
                return entries.count
            }
        }
    }

    /// The first token from `start` on whose ``punct(_:)`` character is `c`, else ``count``: a
    /// scan of the raw storage, for rules that look for one character over a whole document
    /// (the brackets of aliases).
    public func nextPunct(_ c: UInt16, from start: Int) -> Int {
        entries.withUnsafeBufferPointer { entries in
            var i = max(0, start)
            while i < entries.count, entries[i].punct != c { i &+= 1 }
            return min(i, entries.count)
        }
    }

    /// The first token from `start` on whose ``punct(_:)`` character has its ``punctBit(_:)``
    /// set in `bits`, else ``count``: the scan for a few characters over a whole document (the
    /// quotation marks), which stops only where one of them may be rather than at every
    /// punctuation token; the caller checks the character.
    @inline(__always)
    public func firstPunct(from start: Int, mayBeIn bits: UInt64) -> Int {
        entries.withUnsafeBufferPointer { entries in
            var i = start
            while i < entries.count, bits &>> Self.punctBit(entries[i].punct) & 1 == 0 { i &+= 1 }
            return i
        }
    }

    /// The bit of a character in the sets of ``firstPunct(from:mayBeIn:)``: a hash to 0..<64
    /// under which no common punctuation (. , ، : ; ( ) - – … ! ? ؟ and the like) and no
    /// non-punctuation token (which reads as 0) shares a bit with a quotation mark.
    @inline(__always)
    public static func punctBit(_ c: UInt16) -> UInt64 { UInt64((UInt32(c) &* 0xD3CD_6BB9) &>> 26) }

    /// The first token from `start` on whose ``last2(_:)`` has its ``tailBit(_:)`` set in
    /// `bits` (``tailBits`` of them), else ``count``: the scan for words that may end as given
    /// words do over a whole document; the caller compares the tails. A function of its own so
    /// that the loop keeps its few values in registers.
    @inline(never)
    public func firstTail(from start: Int, mayBeIn bits: UnsafeBufferPointer<UInt64>) -> Int {
        entries.withUnsafeBufferPointer { entries in
            var i = start
            while i < entries.count {
                let b = Self.tailBit(entries[i].last2)
                if bits[b &>> 6] &>> UInt64(b & 63) & 1 != 0 { break }
                i &+= 1
            }
            return i
        }
    }

    /// Bits in a set of ``firstTail(from:mayBeIn:)``.
    public static let tailBits = 1024

    /// The bit of a tail (``last2(_:)``) in the sets of ``firstTail(from:mayBeIn:)``.
    @inline(__always)
    public static func tailBit(_ tail: UInt32) -> Int { Int(truncatingIfNeeded: (tail &* 0x9E37_79B1) &>> 22) }

    /// True when the token is a word or a number.
    @inline(__always)
    public func isWord(_ i: Int) -> Bool {
        let k = entries[i].kind
        return k == .word || k == .number
    }

    /// The first word or number of `r`, if any (a loop rather than `first(where:)`, whose
    /// closure would copy the view where it is not inlined).
    public func firstWord(in r: Range<Int>) -> Int? {
        var i = r.lowerBound
        while i < r.upperBound {
            if isWord(i) { return i }
            i &+= 1
        }
        return nil
    }

    /// The last word or number of `r`, if any (see ``firstWord(in:)``).
    public func lastWord(in r: Range<Int>) -> Int? {
        var i = r.upperBound
        while i > r.lowerBound {
            i &-= 1
            if isWord(i) { return i }
        }
        return nil
    }

    /// True when token `i` is glued to the previous token (no space between).
    @inline(__always)
    public func glued(_ i: Int) -> Bool { i > 0 && !entries[i].spaceBefore }
}
