@testable import Plugins
import Testing

struct NumberLexiconTests {
    static let lexicon = NumberLexicon()

    func lexeme(_ form: String) -> Lexeme? {
        Self.lexicon.words.id(of: NumberFolding.fold(form)).flatMap { Self.lexicon.lexeme($0) }
    }

    @Test func cardinalsCarryValueAndClass() throws {
        #expect(try #require(lexeme("ثلاثمئة")?.cardinal) == Lexeme.Cardinal(value: 300, cls: .hundred))
        #expect(try #require(lexeme("مليونين")?.cardinal).count == .two)
        #expect(try #require(lexeme("آلاف")?.cardinal).count == .many)
        #expect(lexeme("آلاف")?.vague == .quantity)
        #expect(try #require(lexeme("متين")?.cardinal).weak)
        #expect(lexeme("حداشر")?.cardinal?.value == 11)
    }

    @Test func ambiguousFormsKeepBothRoles() throws {
        let khums = try #require(lexeme("خمس"))
        #expect(khums.cardinal?.value == 5)
        #expect(khums.fraction?.ambiguous == true)
        let second = try #require(lexeme("ثانية"))
        #expect(second.ordinal?.use == .second)
    }

    @Test func fractionsTakePronounSuffixes() throws {
        #expect(try #require(lexeme("نصفهم")?.fraction).suffixed)
        #expect(lexeme("ثلثيها")?.fraction?.value == 2.0 / 3)
        // خمسه "his fifth" is not generated: it folds like خمسة "five".
        #expect(lexeme("خمسه")?.fraction == nil)
    }

    @Test func dualsComeFromListedNouns() throws {
        let villages = try #require(lexeme("قريتين"))
        #expect(Self.lexicon.duals[Int(villages.dual)].lemma == "قرية")
        #expect(lexeme("حليفتيها")?.dual ?? -1 >= 0)
        #expect(Self.lexicon.duals[Int(try #require(lexeme("شهرين")).dual)].unit?.code.map(Self.lexicon.name(of:)) == "month")
        // بلدان "countries" is a plural: only بلدين is a dual.
        #expect(lexeme("بلدين")?.dual ?? -1 >= 0)
        #expect((lexeme("بلدان")?.dual ?? -1) < 0)
        // Sound plurals and nisba words are not listed.
        #expect(lexeme("مدنيين") == nil)
        #expect(lexeme("مقاتلين") == nil)
    }

    @Test func weekdaysAndVerbsAreStops() {
        #expect(lexeme("الاثنين")?.marks.contains(.stop) == true)
        #expect(lexeme("كمية")?.marks.contains(.stop) == true)
        #expect(lexeme("الثلاثاء") == nil)
    }

    @Test func phrasesMatchTokensAsLookupSplitsThem() {
        // أكثر من with a clitic on its first word (بأكثر من), and الأقل written with the article.
        let words = ["بأكثر", "من", "على", "الأقل"].map { w -> TokenWord in
            let f = NumberFolding.fold(w)
            guard let hit = Self.lexicon.words.lookup(f) else { return TokenWord() }
            return TokenWord(id: hit.id, prefix: hit.prefix)
        }
        #expect(Self.lexicon.before.match(endingAt: 1, in: words)?.role == .gt)
        #expect(Self.lexicon.before.match(endingAt: 1, in: words)?.first == 0)
        #expect(Self.lexicon.after.match(from: 2, in: words)?.role == .gte)
    }
}
