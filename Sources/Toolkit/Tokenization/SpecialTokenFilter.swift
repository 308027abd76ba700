/// Joins what ICU cuts apart in web text: URLs with a scheme or `www.`, e-mail addresses,
/// hashtags (`#الباغوز`) and mentions (`@SDF_Press`), each into one token.
public struct SpecialTokenFilter: TokenFilter {
    public init() {}

    public func isNeeded(_ hints: TextHints) -> Bool { hints.at || hints.hash || hints.url }

    public func apply(_ tokens: inout [Token], in text: NormalizedText) {
        let spans = text.utf16.withUnsafeBufferPointer { Self.find(in: $0) }
        guard !spans.isEmpty else { return }
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var s = 0
        for t in tokens {
            while s < spans.count, spans[s].range.upperBound <= Int(t.normStart) {
                s += 1
            }
            if s < spans.count, spans[s].range.overlaps(t.normRange) {
                let sp = spans[s]
                // Emit the joined token once, at its first piece.
                if out.last.map({ $0.normRange != sp.range }) ?? true {
                    out.append(text.token(sp.range, sp.kind))
                }
                continue
            }
            out.append(t)
        }
        tokens = out
    }

    /// Special spans in text order, without overlaps.
    static func find(in u: UnsafeBufferPointer<UInt16>) -> [(range: Range<Int>, kind: TokenKind)] {
        var found: [(range: Range<Int>, kind: TokenKind)] = []
        let n = u.count
        var i = 0
        while i < n {
            let c = u[i]
            var hit: (Range<Int>, TokenKind)?
            if c == 0x3A /* : */, i + 2 < n, u[i + 1] == 0x2F, u[i + 2] == 0x2F {
                hit = url(u, colon: i)
            } else if c == 0x77 /* w */ || c == 0x57, i + 3 < n, (u[i + 1] | 0x20) == 0x77, (u[i + 2] | 0x20) == 0x77,
                      u[i + 3] == 0x2E, i == 0 || !isWordChar(u[i - 1]) {
                hit = (i..<urlEnd(u, from: i + 4), .url)
            } else if c == 0x40 /* @ */ {
                hit = email(u, at: i) ?? mention(u, at: i)
            } else if c == 0x23 /* # */ || c == 0xFF03 {
                hit = hashtag(u, at: i)
            }
            if let (r, k) = hit {
                // A later, longer match (an e-mail after its user part) replaces overlapping ones.
                while let last = found.last, last.range.overlaps(r) || last.range.upperBound > r.lowerBound {
                    found.removeLast()
                }
                found.append((r, k))
                i = r.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    @inline(__always)
    static func isWordChar(_ c: UInt16) -> Bool {
        CharClass.isASCIILetter(c) || CharClass.isDigit(c) || c == 0x5F || CharClass.isArabicLetter(c)
            || (0x064B...0x065F).contains(c) || (c >= 0x80 && CharClass.isOtherLetter(c))
    }

    static func url(_ u: UnsafeBufferPointer<UInt16>, colon: Int) -> (Range<Int>, TokenKind)? {
        var s = colon
        while s > 0 {
            let c = u[s - 1]
            if CharClass.isASCIILetter(c) || (0x30...0x39).contains(c) || c == 0x2B || c == 0x2D || c == 0x2E { s -= 1 } else { break }
        }
        guard s < colon, CharClass.isASCIILetter(u[s]) else { return nil }
        let end = urlEnd(u, from: colon + 3)
        return end > colon + 3 ? (s..<end, .url) : nil
    }

    /// URLs run to white space or a bracket/quote, without trailing sentence punctuation.
    static func urlEnd(_ u: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        var e = start
        while e < u.count {
            let c = u[e]
            if CharClass.isSpace(c) || c < 0x20 { break }
            switch c {
            case 0x22, 0x27, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0xAB, 0xBB, 0x201C, 0x201D, 0x060C, 0x061B: break
            default: e += 1; continue
            }
            break
        }
        while e > start, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x061F].contains(u[e - 1]) { e -= 1 }
        return e
    }

    static func email(_ u: UnsafeBufferPointer<UInt16>, at: Int) -> (Range<Int>, TokenKind)? {
        func local(_ c: UInt16) -> Bool {
            CharClass.isASCIILetter(c) || (0x30...0x39).contains(c) || [0x2E, 0x5F, 0x25, 0x2B, 0x2D].contains(c)
        }
        var s = at
        while s > 0, local(u[s - 1]) { s -= 1 }
        while s < at, u[s] == 0x2E { s += 1 }
        guard s < at else { return nil }
        var e = at + 1
        var lastDot = -1
        while e < u.count {
            let c = u[e]
            if CharClass.isASCIILetter(c) || (0x30...0x39).contains(c) || c == 0x2D { e += 1 }
            else if c == 0x2E, e + 1 < u.count, CharClass.isASCIILetter(u[e + 1]) || (0x30...0x39).contains(u[e + 1]) { lastDot = e; e += 1 }
            else { break }
        }
        guard lastDot > at + 1, e - lastDot > 2 else { return nil }
        for k in lastDot + 1..<e where !CharClass.isASCIILetter(u[k]) { return nil }
        return (s..<e, .email)
    }

    static func mention(_ u: UnsafeBufferPointer<UInt16>, at: Int) -> (Range<Int>, TokenKind)? {
        if at > 0, isWordChar(u[at - 1]) { return nil }
        var e = at + 1
        while e < u.count, CharClass.isASCIILetter(u[e]) || (0x30...0x39).contains(u[e]) || u[e] == 0x5F { e += 1 }
        return e > at + 1 ? (at..<e, .mention) : nil
    }

    static func hashtag(_ u: UnsafeBufferPointer<UInt16>, at: Int) -> (Range<Int>, TokenKind)? {
        if at > 0, isWordChar(u[at - 1]) { return nil }
        var e = at + 1
        while e < u.count, isWordChar(u[e]) { e += 1 }
        guard e > at + 1 else { return nil }
        // A hashtag needs at least one letter: "#1" is a rank, not a tag.
        for k in at + 1..<e where !CharClass.isDigit(u[k]) && u[k] != 0x5F { return (at..<e, .hashtag) }
        return nil
    }
}
