import Testing
@testable import Plugins

@Suite("Arabic letter fold")
struct ArabicLetterFoldTests {
    @Test("letters fold to their plain form, marks and controls drop", arguments: [
        ("أإآٱ", "اااا"), ("ىئی", "ييي"), ("ؤ", "و"), ("ة", "ه"), ("ک", "ك"), ("٣٤۵", "345"), ("مُحَمّـد", "محمد"), ("a\u{200F}b", "ab"),
    ])
    func folds(written: String, folded: String) {
        let units = written.utf16.compactMap(ArabicLetterFold.fold)
        #expect(units == Array(folded.utf16))
    }

    @Test("numbers and names fold every unit alike but for what each adds")
    func pluginsAgree() {
        // numbers: decimal signs, superscripts and Quranic marks; names: Latin case, soft hyphen,
        // embedding controls.
        let numbersOnly: Set<UInt16> = Set([0x066B, 0x066C, 0x00B2, 0x00B3]).union(0x0610...0x061A)
        let namesOnly: Set<UInt16> = Set([0x00AD]).union(0x202A...0x202E).union(0x41...0x5A)
        for u in UInt16(0)...UInt16.max where !numbersOnly.contains(u) && !namesOnly.contains(u) {
            let shared = ArabicLetterFold.fold(u)
            #expect(NumberFolding.fold(u) == (shared ?? 0), "U+\(String(u, radix: 16))")
            #expect(ArabicKey.fold(u) == shared, "U+\(String(u, radix: 16))")
        }
    }
}
