import Testing
import Toolkit

@Suite("JSON escapes")
struct JSONEscapeTests {
    /// Decodes the escape after the backslash at the start of `text`.
    private func decode(_ text: String) -> (bytes: [UInt8], next: Int)? {
        let raw = Array(text.utf8)
        var out: [UInt8] = []
        return raw.withUnsafeBufferPointer { p in
            JSONEscape.decode(p, at: 1, into: &out).map { (out, $0) }
        }
    }

    @Test("each escape letter and where it ends", arguments: [
        (#"\n"#, "\n", 2), (#"\t"#, "\t", 2), (#"\r"#, "\r", 2), (#"\b"#, "\u{8}", 2), (#"\f"#, "\u{C}", 2),
        (#"\""#, "\"", 2), (#"\\"#, "\\", 2), (#"\/"#, "/", 2), (#"\u0627x"#, "ا", 6),
        (#"\ud83d\ude00"#, "😀", 12), (#"\ud83dx"#, "\u{FFFD}", 6), (#"\ude00"#, "\u{FFFD}", 6),
        (#"\ud83d\u0041"#, "\u{FFFD}", 6),
    ])
    func decodes(text: String, expected: String, next: Int) {
        let r = decode(text)
        #expect(r?.bytes == Array(expected.utf8))
        #expect(r?.next == next)
    }

    @Test("malformed escapes are refused", arguments: [#"\x"#, #"\u12"#, #"\u12g4"#, #"\"# ])
    func refuses(text: String) {
        #expect(decode(text) == nil)
    }
}
