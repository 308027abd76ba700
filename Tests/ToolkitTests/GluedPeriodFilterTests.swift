import Testing
import Toolkit

@Suite("Tokenizer: full stops glued between Arabic words")
struct GluedPeriodFilterTests {
    func tokens(_ text: String) throws -> [String] {
        try ToolkitTests.tokens(text).map(\.text)
    }

    @Test("a sentence glued to the next one is split at the full stop")
    func splits() throws {
        #expect(try tokens("قبل بدء المعركة.وقال مصطفى") == ["قبل", "بدء", "المعركة", ".", "وقال", "مصطفى"])
    }

    @Test("initials and abbreviations stay whole")
    func keepsAbbreviations() throws {
        #expect(try tokens("د.يحيى") == ["د.يحيى"])
        #expect(try tokens("عصام.م.ع") == ["عصام.م.ع"])
    }
}
