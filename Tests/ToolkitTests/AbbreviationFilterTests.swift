import Testing
import Toolkit

@Suite("Tokenizer: abbreviations of a lone letter and a full stop")
struct AbbreviationFilterTests {
    func tokens(_ text: String, fastPath: Bool = true) throws -> [String] {
        try ToolkitTests.tokens(text, fastPath: fastPath).map(\.text)
    }

    @Test("a title before a name is one token, on the fast path and through ICU alike")
    func joins() throws {
        for fastPath in [true, false] {
            #expect(try tokens("وقال د. عبدالعزيز الغميز إن أ.د. محمد حضر", fastPath: fastPath)
                == ["وقال", "د.", "عبدالعزيز", "الغميز", "إن", "أ.د.", "محمد", "حضر"])
        }
        #expect(try tokens("المهندس م.أحمد") == ["المهندس", "م.أحمد"])
    }

    @Test("a letter after a number, a word's last letter and a period before a digit or the end stay apart")
    func leavesSentenceEnds() throws {
        #expect(try tokens("عام 2015 م. وقال") == ["عام", "2015", "م", ".", "وقال"])
        #expect(try tokens("قالها له. وقال") == ["قالها", "له", ".", "وقال"])
        #expect(try tokens("الفقرة ب. 3 نقاط") == ["الفقرة", "ب", ".", "3", "نقاط"])
        #expect(try tokens("وهي النقطة ب.") == ["وهي", "النقطة", "ب", "."])
    }
}
