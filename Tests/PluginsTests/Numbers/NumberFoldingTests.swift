@testable import Plugins
import Testing

struct NumberFoldingTests {
    @Test func foldsSpellingVariantsTogether() {
        let pairs: [(String, String)] = [
            ("مائة", "مايه"), ("مئة", "ميه"), ("مية", "ميه"), ("أربعة", "اربعه"), ("إحدى", "احدي"),
            ("ثلاثـــة", "ثلاثه"), ("ثَلَاثَةٌ", "ثلاثه"), ("آلاف", "الاف"), ("ألفاً", "الفا"), ("مسؤول", "مسوول"),
        ]
        for (written, folded) in pairs {
            #expect(NumberFolding.fold(written) == Array(folded.utf16), "\(written)")
        }
    }

    @Test func foldsDigitsAndSeparators() {
        #expect(NumberFolding.fold("١٬٠٠٠٫٥") == Array("1,000.5".utf16))
        #expect(NumberFolding.fold("۱۲۳") == Array("123".utf16))  // Persian digits
        #expect(NumberFolding.fold("كم²") == NumberFolding.fold("كم2"))
    }

    @Test func tableAgreesWithTheFoldForEveryUnit() {
        // The table fills in only the blocks the fold is said to change.
        let differing = (0...UInt16.max).filter { NumberFolding.table[Int($0)] != NumberFolding.fold($0) }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { String($0, radix: 16) })")
    }

    @Test func foldIsIdempotent() {
        for s in ["الثالثة والعشرين", "بالمئة", "٣٫٥", "إثنتي عشرة"] {
            let once = NumberFolding.fold(s)
            #expect(NumberFolding.fold(String(decoding: once, as: UTF16.self)) == once)
        }
    }
}
