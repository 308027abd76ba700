import Toolkit

/// Whether tokens end in ه in the original text, which the normalized text cannot tell when
/// it folds ة to ه (سعيه "his striving" against سيطرة). Answered per token by reading the
/// original UTF-8 from where the previous question left off (questions mostly come in text
/// order), so a document pays for the text up to the tokens asked about, and most documents,
/// which never ask, pay nothing. A value, passed `inout` to the rules that ask: no object to
/// allocate and free per document.
struct OriginalEndings {
    private let source: SourceText
    private let tokens: [Token]
    /// Where the previous walk stopped: a byte offset and the scalar that starts there.
    private var byte = 0, scalar = 0

    init(source: SourceText, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    /// True when token `i` ends in ه (ignoring marks) in the original text.
    mutating func endsWithHeh(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .word else { return false }
        return letters(i).last == 0x0647
    }

    /// The first, the second and the last letter of token `i` in the original text, whether it
    /// carries tanwin fath and the passive's damma, read from the cursor (see
    /// ``letters(of:in:byte:scalar:)``).
    mutating func letters(_ i: Int) -> (first: UInt32, second: UInt32, last: UInt32, tanwin: Bool, passive: Bool) {
        Self.letters(of: tokens[i].span, in: source, byte: &byte, scalar: &scalar)
    }

    /// True when word `i` carries a damma on its first or second letter, after a و or ف on its
    /// third (كُتب، ونُقل، اتُّهم): the vowel of a perfect verb's passive, which the text writes
    /// where it must tell the two apart.
    mutating func passiveVowel(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .word else { return false }
        return letters(i).passive
    }

    /// The first, the second and the last letter of a span of the original text (Arabic marks, the
    /// superscript alef and tatweel skipped; 0 when there is none), whether a tanwin fath (ً, the
    /// indefinite accusative: ضاحكاً، مازحاً) is among its marks and whether a damma follows its
    /// first or second letter (its third after و or ف: see ``passiveVowel(_:)``), read by
    /// walking the UTF-8 from `byte`, where scalar `scalar` starts (from the start of the text
    /// when the span starts before it). Leaves the two at the span's start, for the next walk.
    static func letters(of span: TextSpan, in source: SourceText, byte: inout Int, scalar: inout Int)
        -> (first: UInt32, second: UInt32, last: UInt32, tanwin: Bool, passive: Bool) {
        if span.start < scalar { byte = 0; scalar = 0 }
        return source.utf8.withUnsafeBufferPointer { b in
            // Eight bytes at a time while the token is at least eight scalars ahead: a window
            // starts at most eight scalars, so counting its lead bytes cannot overshoot.
            if let base = b.baseAddress {
                while scalar &+ 8 <= span.start, byte &+ 8 <= b.count {
                    let x = UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self)
                    let continuation = x & ~(x &<< 1) & 0x8080_8080_8080_8080
                    scalar &+= 8 &- continuation.nonzeroBitCount
                    byte &+= 8
                    // The window may end inside a sequence: step to the next lead byte.
                    while byte < b.count, b[byte] & 0xC0 == 0x80 { byte &+= 1 }
                }
            }
            while scalar < span.start, byte < b.count { byte += Self.sequenceLength(b[byte]); scalar += 1 }
            var firstLetter: UInt32 = 0, secondLetter: UInt32 = 0, lastLetter: UInt32 = 0
            var tanwin = false, passive = false
            var count = 0
            var k = byte, s = scalar
            while s < span.end, k < b.count {
                let len = Self.sequenceLength(b[k])
                var cp = UInt32(b[k]) & (len == 1 ? 0x7F : len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                for j in 1..<len where k + j < b.count { cp = cp << 6 | UInt32(b[k + j] & 0x3F) }
                if !(0x064B...0x065F).contains(cp), cp != 0x0670, cp != 0x0640 {
                    if firstLetter == 0 { firstLetter = cp } else if secondLetter == 0 { secondLetter = cp }
                    lastLetter = cp
                    count += 1
                } else if cp == 0x064B {
                    tanwin = true
                } else if cp == 0x064F, count > 0,
                          count <= 2 || (count == 3 && (firstLetter == 0x0648 || firstLetter == 0x0641)) {
                    passive = true
                }
                k += len
                s += 1
            }
            return (firstLetter, secondLetter, lastLetter, tanwin, passive)
        }
    }

    @inline(__always)
    private static func sequenceLength(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }
}
