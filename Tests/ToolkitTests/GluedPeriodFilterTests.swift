import Testing
import Toolkit

@Suite("Tokenizer: full stops glued between Arabic words")
struct GluedPeriodFilterTests {
    func tokens(_ text: String) throws -> [String] {
        let normalized = Normalizer(options: NormalizationOptions(profile: .search)).normalize(SourceText(text))
        let scalars = Array(text.unicodeScalars)
        return try WordTokenizer().tokenize(normalized).map { t in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[t.span.start..<t.span.end])
            return String(view)
        }
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
