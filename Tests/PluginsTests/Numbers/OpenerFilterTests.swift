@testable import Plugins
import SharedTestData
import Testing
import Toolkit

/// The filter may let any word through, but never turn away one that opens a number: the scan
/// looks up only the words it lets through when it lists where numbers may start.
struct OpenerFilterTests {
    static let lexicon = NumberLexicon()

    /// Every form that opens a number, behind every clitic sequence, also with a tatweel before
    /// its last letter and a tanween after it.
    static func openerWords() -> [String] {
        let clitics = ["", "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "فل", "وبال"]
        var words: [String] = []
        for id in 0..<Int32(lexicon.words.count) where lexicon.opens[Int(id)] {
            let form = String(decoding: lexicon.words.form(id), as: UTF16.self)
            var withTatweel = form
            withTatweel.insert("ـ", at: withTatweel.index(before: withTatweel.endIndex))
            for c in clitics { words += [c + form, c + withTatweel, c + form + "ً"] }
        }
        return words
    }

    /// Texts to check on: the opener words and the news texts.
    static func texts() -> [String] {
        [openerWords().joined(separator: " ")] + newsTexts
    }

    /// News text: the articles of the property tests (two sentences, and the seed articles when
    /// `../shared` is present) and the start of the news corpus. Read once.
    static let newsTexts = NumberPropertyTests.articles() + (SharedData.corpusTexts(300) ?? [])

    /// Whether the scan's lookup makes the word token at `t` an opener.
    func opens(_ t: Token, in text: NormalizedText) -> Bool {
        guard t.normRange.count <= WordIndex.maxTokenLength else { return false }
        let folded = text.utf16[t.normRange].map(NumberFolding.fold).filter { $0 != 0 }
        guard let hit = Self.lexicon.words.lookup(folded) else { return false }
        return Self.lexicon.opens[Int(hit.id)]
    }

    /// Calls `body` for each word token of `text`, normalized and not, with whether both tests
    /// of the filter let an ending of it through.
    func eachWord(of text: String, _ body: (Token, NormalizedText, (OpenerFilter.Ending) -> Bool) -> Void) {
        for normalized in [true, false] {
            let (tokens, normalizedText) = NumbersHarness.tokens(text, normalized: normalized)
            Self.lexicon.openerFilter.withReader { filter in
                normalizedText.utf16.withUnsafeBufferPointer { units in
                    NumberFolding.table.withUnsafeBufferPointer { table in
                        let units = units.baseAddress!, table = table.baseAddress!
                        for t in tokens where t.kind == .word {
                            body(t, normalizedText) { filter.mayOpen($0, first: units, table) && filter.mayOpen($0, second: units, table) }
                        }
                    }
                }
            }
        }
    }

    @Test func neverTurnsAwayAWordThatOpensANumber() {
        var words = 0, passed = 0, opening = 0
        for text in Self.texts() {
            eachWord(of: text) { t, normalizedText, through in
                let opener = opens(t, in: normalizedText)
                // Both tests on the word's own units, then as the scan makes them past the first
                // units of a text, reading the units before a short word.
                var endings = [OpenerFilter.Ending(start: t.normRange.lowerBound, end: t.normRange.upperBound)]
                if t.normRange.upperBound >= OpenerFilter.Ending.reach {
                    endings.append(OpenerFilter.Ending(endingAt: t.normRange.upperBound))
                }
                var pass = true
                for w in endings {
                    let through = through(w)
                    #expect(through || !opener, "«\(normalizedText.string(t.normRange))» turned away")
                    pass = pass && through
                }
                words += 1
                passed += pass ? 1 : 0
                opening += opener ? 1 : 0
            }
        }
        #expect(opening > 0)
        print("opener filter: \(passed) of \(words) words let through, \(opening) open a number")
    }

    /// The filter as the scan applies it (both tests, on the ending ``OpenerFilter/Ending/init(word:end:)``
    /// picks): every form that opens a number passes, and of the words of news text that open
    /// none, fewer than one in five does.
    @Test func letsOpenersThroughAndTurnsAwayMostOtherWords() {
        var openers = 0, others = 0, othersPassed = 0
        for (text, isNews) in [(Self.openerWords().joined(separator: " "), false)] + Self.newsTexts.map({ ($0, true) }) {
            eachWord(of: text) { t, normalizedText, through in
                let through = through(OpenerFilter.Ending(word: t.normRange.lowerBound, end: t.normRange.upperBound))
                if opens(t, in: normalizedText) {
                    openers += 1
                    #expect(through, "«\(normalizedText.string(t.normRange))» turned away")
                } else if isNews {
                    others += 1
                    othersPassed += through ? 1 : 0
                }
            }
        }
        #expect(openers > 0)
        #expect(others > 0)
        #expect(othersPassed * 5 < others, "\(othersPassed) of \(others) words that open no number let through")
        print("opener filter as scanned: \(othersPassed) of \(others) news words that open no number let through")
    }
}
