@testable import Plugins
import Testing
import Toolkit

/// A word looked up when first read is the word the lexicon gives its folded form.
struct TokenWordsTests {
    static let lexicon = NumberLexicon()

    /// What the lexicon knows of a token, read directly: a word token's units folded, without
    /// the dropped ones, looked up with its clitics.
    func expected(_ t: Token, in text: NormalizedText) -> TokenWord {
        guard t.kind == .word, t.normRange.count <= WordIndex.maxTokenLength else { return TokenWord() }
        let folded = text.utf16[t.normRange].map(NumberFolding.fold).filter { $0 != 0 }
        if let hit = Self.lexicon.words.lookup(folded) { return TokenWord(id: hit.id, prefix: hit.prefix) }
        return TokenWord(id: -1, prefix: WordIndex.articleClitics(folded))
    }

    @Test func wordsReadLateAreTheWordsLookedUp() {
        let storage = TokenWords.Storage()
        for text in OpenerFilterTests.texts().prefix(8) {
            for normalized in [true, false] {
                let (tokens, normalizedText) = NumbersHarness.tokens(text, normalized: normalized)
                tokens.withUnsafeBufferPointer { toks in
                    normalizedText.utf16.withUnsafeBufferPointer { units in
                        NumberFolding.table.withUnsafeBufferPointer { table in
                            Self.lexicon.words.withReader { index in
                                let words = TokenWords(storage, tokens: toks, units: units, table: table.baseAddress!, index: index)
                                for i in tokens.indices { words.set(i, TokenWords.unread) }
                                // Read twice: the second time from what the first one kept.
                                for _ in 0..<2 {
                                    for (i, t) in tokens.enumerated() {
                                        let got = words[i], want = expected(t, in: normalizedText)
                                        #expect(got.id == want.id && got.prefix == want.prefix,
                                                "«\(normalizedText.string(t.normRange))»: \(got) for \(want)")
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
