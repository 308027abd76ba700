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
    /// True when white space (or the start of the text) precedes the token.
    @inline(__always) public func spaceBefore(_ i: Int) -> Bool { entries[i].spaceBefore }
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
    }

    /// The key under which a view is handed on in ``Document/shared``.
    public static let sharedKey = "token_view"

    /// The view an earlier plugin built for this document, if it still matches its tokens and
    /// sentences; else a new one (handed on for later plugins).
    public static func of(_ document: inout Document) -> TokenView {
        if let view = document.shared[sharedKey] as? TokenView, view.tokens.count == document.tokens?.count ?? 0,
           view.tokens.last == document.tokens?.last, view.sentenceRanges.count == max(document.sentences?.count ?? 1, 1) {
            return view
        }
        let view = TokenView(document: &document)
        document.shared[sharedKey] = view
        return view
    }

    /// Builds the view of a tokenized document in one pass over its tokens.
    public init(document: inout Document) {
        let text = document.normalizedOrIdentity()
        let tokens = document.tokens ?? []
        self.tokens = tokens
        entries = text.utf16.withUnsafeBufferPointer { u in
            ArabicKey.arabicBlock.withUnsafeBufferPointer { arabic in
                withUnsafeTemporaryAllocation(of: UInt16.self, capacity: Self.maxFolded) { scratch in
                    Self.entries(tokens, u, arabic, scratch)
                }
            }
        }
        (sentence, sentenceRanges) = Self.sentences(tokens, document.sentences)
    }

    /// The single pass: folds each token into `scratch` and records its keys and neighbourhood.
    private static func entries(_ tokens: [Token], _ u: UnsafeBufferPointer<UInt16>, _ arabic: UnsafeBufferPointer<UInt16>,
                                _ scratch: UnsafeMutableBufferPointer<UInt16>) -> [Entry] {
        let n = tokens.count
        return [Entry](unsafeUninitializedCapacity: n) { out, initialized in
            var para: Int32 = 0
            var previousEnd = 0
            for i in 0..<n {
                let t = tokens[i]
                let r = t.normRange
                if i > 0 {
                    for k in previousEnd..<max(previousEnd, r.lowerBound) where u[k] == 0x0A || u[k] == 0x0D || u[k] == 0x2029 {
                        para += 1
                        break
                    }
                }
                var m = 0
                for k in r where m < maxFolded { if let f = ArabicKey.fold(u[k], arabic) { scratch[m] = f; m += 1 } }
                let folded = UnsafeBufferPointer(rebasing: scratch[0..<m])
                let (k0, k1, k2) = keys(folded)
                let last2 = m == 0 ? 0 : UInt32(folded[m - 1]) | (m > 1 ? UInt32(folded[m - 2]) << 16 : 0)
                let punct = r.count == 1 && (t.kind == .punct || t.kind == .symbol) ? u[r.lowerBound] : 0
                (out.baseAddress! + i).initialize(to: Entry(
                    key: k0, stem: k1, base: k2, last2: last2, paragraph: para, first: m > 0 ? folded[0] : 0, punct: punct,
                    length: UInt8(min(m, 255)), definite: t.kind == .word && isDefinite(folded),
                    spaceBefore: i == 0 || r.lowerBound > previousEnd))
                previousEnd = r.upperBound
            }
            initialized = n
        }
    }

    /// Folded units kept per token for its keys (longer tokens, such as URLs, are cut).
    private static let maxFolded = 256

    /// Full, conjunction-less and bare keys of folded units.
    private static func keys(_ u: UnsafeBufferPointer<UInt16>) -> (UInt64, UInt64, UInt64) {
        let n = u.count
        var p = 0
        if n >= 3, u[0] == 0x0648 || u[0] == 0x0641 { p = 1 }
        var b = p
        if n - b >= 3, u[b] == 0x0628 || u[b] == 0x0644 || u[b] == 0x0643 {
            b += (u[b] == 0x0644 && n - b >= 4 && u[b + 1] == 0x0644) ? 2 : 1
        }
        if n - b >= 4, u[b] == 0x0627, u[b + 1] == 0x0644 { b += 2 }
        // One pass; the shorter keys start where their prefixes end.
        var h = ArabicKey.empty, stem = ArabicKey.empty, bare = ArabicKey.empty
        for k in 0..<n {
            let c = u[k]
            h = ArabicKey.mix(h, c)
            if k >= p { stem = ArabicKey.mix(stem, c) }
            if k >= b { bare = ArabicKey.mix(bare, c) }
        }
        return (h, p == 0 ? h : stem, b == 0 ? h : bare)
    }

    private static func isDefinite(_ u: UnsafeBufferPointer<UInt16>) -> Bool {
        var p = 0
        if u.count > 3, u[0] == 0x0648 || u[0] == 0x0641 { p = 1 }
        guard u.count - p >= 4 else { return false }
        if u[p] == 0x0627, u[p + 1] == 0x0644 { return true }
        if u[p] == 0x0644, u[p + 1] == 0x0644 { return true }
        // بال / كال / لال + at least two letters (not بالي، وكالة).
        if u.count - p >= 5, u[p] == 0x0628 || u[p] == 0x0643 || u[p] == 0x0644, u[p + 1] == 0x0627, u[p + 2] == 0x0644 { return true }
        return false
    }

    private static func sentences(_ tokens: [Token], _ spans: [TextSpan]?) -> ([Int32], [Range<Int>]) {
        guard let spans, !spans.isEmpty else {
            return ([Int32](repeating: -1, count: tokens.count), tokens.isEmpty ? [] : [0..<tokens.count])
        }
        var index = [Int32](repeating: 0, count: tokens.count)
        var ranges: [Range<Int>] = []
        var s = 0, start = 0
        for (i, t) in tokens.enumerated() {
            while s + 1 < spans.count, t.span.start >= spans[s + 1].start {
                ranges.append(start..<i); start = i; s += 1
            }
            index[i] = Int32(s)
        }
        ranges.append(start..<tokens.count)
        while ranges.count < spans.count { ranges.append(tokens.count..<tokens.count) }
        return (index, ranges)
    }

    /// True when the token is a word or a number.
    @inline(__always)
    public func isWord(_ i: Int) -> Bool { tokens[i].kind == .word || tokens[i].kind == .number }

    /// True when token `i` is glued to the previous token (no space between).
    @inline(__always)
    public func glued(_ i: Int) -> Bool { i > 0 && !entries[i].spaceBefore }
}
