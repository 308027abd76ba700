@testable import Plugins
import Testing

struct WordIndexTests {
    static let lexicon = NumberLexicon()

    func lookup(_ word: String) -> (form: String, prefix: Prefix)? {
        let folded = NumberFolding.fold(word)
        guard let hit = Self.lexicon.words.lookup(folded) else { return nil }
        return (String(decoding: Self.lexicon.words.form(hit.id), as: UTF16.self), hit.prefix)
    }

    @Test func stripsCliticSequences() throws {
        let cases: [(String, String, Prefix)] = [
            ("ثلاثة", "ثلاثه", []),
            ("وثلاثة", "ثلاثه", [.conjunction]),
            ("بالمائة", "مايه", [.preposition, .article]),
            ("والعشرين", "عشرين", [.conjunction, .article]),
            ("للعشرة", "عشره", [.preposition, .article]),
            ("وبالثلاثة", "ثلاثه", [.conjunction, .preposition, .article]),
            ("بنحو", "نحو", [.preposition]),
        ]
        for (word, form, prefix) in cases {
            let hit = try #require(lookup(word), "\(word)")
            #expect(hit.form == form, "\(word)")
            #expect(hit.prefix == prefix, "\(word)")
        }
    }

    @Test func wholeFormsWinOverClitics() throws {
        // بين is listed whole; it must not read as ب + ين (yen).
        #expect(try #require(lookup("بين")).form == "بين")
        // لست is listed (a stop); ل + ست would be "for six".
        #expect(try #require(lookup("لست")).form == "لست")
        #expect(Self.lexicon.lexeme(Self.lexicon.words.id(of: NumberFolding.fold("لست"))!)!.marks.contains(.stop))
    }

    @Test func wordsOutsideTheLexiconAreMisses() {
        for word in ["التحالف", "الفرات", "قوات", "السبت", "الثلاثاء", "مليونية", "وحدات"] {
            #expect(lookup(word) == nil, "\(word)")
        }
    }

    @Test func cliticsOfUnknownWordsEndingInTheArticle() {
        func clitics(_ w: String) -> Prefix { WordIndex.articleClitics(NumberFolding.fold(w)) }
        #expect(clitics("الجماعة") == [.article])
        #expect(clitics("بالمركز") == [.preposition, .article])
        #expect(clitics("للشعب") == [.preposition, .article])
        #expect(clitics("وزراء") == [])
        #expect(clitics("الى") == [])  // too short to carry the article
    }
}
