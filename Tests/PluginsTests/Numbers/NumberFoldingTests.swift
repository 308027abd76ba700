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

    @Test func foldIsIdempotent() {
        for s in ["الثالثة والعشرين", "بالمئة", "٣٫٥", "إثنتي عشرة"] {
            let once = NumberFolding.fold(s)
            #expect(NumberFolding.fold(String(decoding: once, as: UTF16.self)) == once)
        }
    }

    @Test func backwardHashGivesEverySuffix() {
        // Hashing the whole token backwards passes through the hash of each suffix.
        let token = NumberFolding.fold("والثلاثة")
        let suffix = NumberFolding.fold("ثلاثة")
        var h = NumberFolding.hashSeed
        var seen: [UInt64] = []
        for u in token.reversed() {
            h = NumberFolding.hashStep(h, u)
            seen.append(h)
        }
        #expect(seen.contains(NumberFolding.hash(suffix)))
        #expect(seen.last == NumberFolding.hash(token))
    }
}
