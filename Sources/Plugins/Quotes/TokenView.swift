import Toolkit

/// A document's tokens as the quote and attribution rules read them: folded keys (see
/// ``ArabicKey``), the punctuation character of one-character tokens, spacing, and the paragraph
/// and sentence each token is in. Built once per document in one pass over the tokens.
public struct TokenView: Sendable {
    /// The document's tokens.
    public let tokens: [Token]
    /// Key of the folded token.
    public let key: [UInt64]
    /// Key without a leading conjunction و or ف (equal to ``key`` when there is none).
    public let stem: [UInt64]
    /// Key without leading و/ف, ب/ل/ك and the article ال: `لـ"قسد"`, `والقسد` and `قسد` share it.
    public let base: [UInt64]
    /// True when the word carries the article ال (after any of و ف ب ك ل; لل counts).
    public let definite: [Bool]
    /// Number of folded units of the token.
    public let length: [UInt8]
    /// First folded unit (0 for an empty fold).
    public let first: [UInt16]
    /// Last two folded units, packed (`u[n-2] << 16 | u[n-1]`).
    public let last2: [UInt32]
    /// True when the token ends in ه in the original text (a pronoun suffix; ة folds to ه).
    public let hehFinal: [Bool]
    /// The character of a one-unit punctuation or symbol token, else 0.
    public let punct: [UInt16]
    /// True when white space (or the start of the text) precedes the token.
    public let spaceBefore: [Bool]
    /// Paragraph of each token (paragraphs are separated by line breaks).
    public let paragraph: [Int32]
    /// Sentence of each token (index into the document's sentences; -1 when the chain has none).
    public let sentence: [Int32]
    /// Sentence spans as token ranges.
    public let sentenceRanges: [Range<Int>]

    public var count: Int { tokens.count }

    /// Builds the view of a tokenized document.
    public init(document: inout Document) {
        let text = document.normalizedOrIdentity()
        let tokens = document.tokens ?? []
        self.tokens = tokens
        let n = tokens.count
        var key = [UInt64](repeating: 0, count: n), stem = key, base = key
        var definite = [Bool](repeating: false, count: n)
        var length = [UInt8](repeating: 0, count: n)
        var first = [UInt16](repeating: 0, count: n), punct = first
        var last2 = [UInt32](repeating: 0, count: n)
        var spaceBefore = [Bool](repeating: true, count: n)
        var paragraph = [Int32](repeating: 0, count: n)
        var scratch: [UInt16] = []
        scratch.reserveCapacity(64)
        text.utf16.withUnsafeBufferPointer { u in
            var para: Int32 = 0
            var previousEnd = 0
            for (i, t) in tokens.enumerated() {
                let r = t.normRange
                spaceBefore[i] = i == 0 || r.lowerBound > previousEnd
                if i > 0, u[previousEnd..<max(previousEnd, r.lowerBound)].contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x2029 }) {
                    para += 1
                }
                previousEnd = r.upperBound
                paragraph[i] = para
                scratch.removeAll(keepingCapacity: true)
                for k in r { if let f = ArabicKey.fold(u[k]) { scratch.append(f) } }
                let (k0, k1, k2) = Self.keys(scratch)
                key[i] = k0; stem[i] = k1; base[i] = k2
                definite[i] = t.kind == .word && Self.isDefinite(scratch)
                length[i] = UInt8(min(scratch.count, 255))
                first[i] = scratch.first ?? 0
                if let l = scratch.last { last2[i] = UInt32(l) | (scratch.count > 1 ? UInt32(scratch[scratch.count - 2]) << 16 : 0) }
                if r.count == 1, t.kind == .punct || t.kind == .symbol { punct[i] = u[r.lowerBound] }
            }
        }
        self.key = key; self.stem = stem; self.base = base; self.definite = definite
        self.length = length; self.first = first; self.punct = punct; self.last2 = last2
        self.hehFinal = Self.hehFinal(tokens, document.source)
        self.spaceBefore = spaceBefore; self.paragraph = paragraph
        (self.sentence, self.sentenceRanges) = Self.sentences(tokens, document.sentences)
    }

    /// Full, conjunction-less and bare keys of folded units.
    private static func keys(_ u: [UInt16]) -> (UInt64, UInt64, UInt64) {
        let n = u.count
        var p = 0
        if n >= 3, u[0] == 0x0648 || u[0] == 0x0641 { p = 1 }
        var h = ArabicKey.empty
        var stem = ArabicKey.empty
        for (k, c) in u.enumerated() {
            h = ArabicKey.mix(h, c)
            if k >= p { stem = ArabicKey.mix(stem, c) }
        }
        var b = p
        if n - b >= 3, u[b] == 0x0628 || u[b] == 0x0644 || u[b] == 0x0643 {
            b += (u[b] == 0x0644 && n - b >= 4 && u[b + 1] == 0x0644) ? 2 : 1
        }
        if n - b >= 4, u[b] == 0x0627, u[b + 1] == 0x0644 { b += 2 }
        var bare = ArabicKey.empty
        for c in u[b...] { bare = ArabicKey.mix(bare, c) }
        return (h, stem, bare)
    }

    private static func isDefinite(_ u: [UInt16]) -> Bool {
        var p = 0
        if u.count > 3, u[0] == 0x0648 || u[0] == 0x0641 { p = 1 }
        guard u.count - p >= 4 else { return false }
        if u[p] == 0x0627, u[p + 1] == 0x0644 { return true }
        if u[p] == 0x0644, u[p + 1] == 0x0644 { return true }
        // بال / كال / لال + at least two letters (not بالي، وكالة).
        if u.count - p >= 5, u[p] == 0x0628 || u[p] == 0x0643 || u[p] == 0x0644, u[p + 1] == 0x0627, u[p + 2] == 0x0644 { return true }
        return false
    }

    /// Walks the original UTF-8 once and records, per token, whether its last letter (ignoring
    /// marks) is ه.
    private static func hehFinal(_ tokens: [Token], _ source: SourceText) -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        source.utf8.withUnsafeBufferPointer { b in
            var byte = 0, scalar = 0
            var lastLetter: UInt32 = 0
            for (i, t) in tokens.enumerated() where t.kind == .word {
                while scalar < t.span.start, byte < b.count { byte += Self.sequenceLength(b[byte]); scalar += 1 }
                lastLetter = 0
                while scalar < t.span.end, byte < b.count {
                    let len = Self.sequenceLength(b[byte])
                    var cp = UInt32(b[byte]) & (len == 1 ? 0x7F : len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                    for k in 1..<len where byte + k < b.count { cp = cp << 6 | UInt32(b[byte + k] & 0x3F) }
                    if !(0x064B...0x065F).contains(cp), cp != 0x0670, cp != 0x0640 { lastLetter = cp }
                    byte += len; scalar += 1
                }
                result[i] = lastLetter == 0x0647
            }
        }
        return result
    }

    @inline(__always)
    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
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
    public func glued(_ i: Int) -> Bool { i > 0 && !spaceBefore[i] }
}
