import Toolkit

/// Whether tokens end in ه in the original text, which the normalized text cannot tell when
/// it folds ة to ه (سعيه "his striving" against سيطرة). Computed for the whole document on the
/// first question, in one walk over the original UTF-8; most documents never ask.
final class OriginalEndings {
    private let source: SourceText
    private let tokens: [Token]
    private lazy var heh: [Bool] = Self.compute(tokens, source)

    init(source: SourceText, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    /// True when token `i` ends in ه (ignoring marks) in the original text.
    func endsWithHeh(_ i: Int) -> Bool { i < heh.count && heh[i] }

    private static func compute(_ tokens: [Token], _ source: SourceText) -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        source.utf8.withUnsafeBufferPointer { b in
            var byte = 0, scalar = 0
            for (i, t) in tokens.enumerated() where t.kind == .word {
                while scalar < t.span.start, byte < b.count { byte += sequenceLength(b[byte]); scalar += 1 }
                var lastLetter: UInt32 = 0
                while scalar < t.span.end, byte < b.count {
                    let len = sequenceLength(b[byte])
                    var cp = UInt32(b[byte]) & (len == 1 ? 0x7F : len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                    for k in 1..<len where byte + k < b.count { cp = cp << 6 | UInt32(b[byte + k] & 0x3F) }
                    if !(0x064B...0x065F).contains(cp), cp != 0x0670, cp != 0x0640 { lastLetter = cp }
                    byte += len
                    scalar += 1
                }
                result[i] = lastLetter == 0x0647
            }
        }
        return result
    }

    @inline(__always)
    private static func sequenceLength(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }
}
