@testable import Plugins
import Testing
import Toolkit

@Suite("Attributions: lexicon tables and helpers")
struct AttributionsLexiconTests {
    typealias Scalars = [Unicode.Scalar]

    @Test("the built-in tables read the same as Unicode scalars as as characters")
    func builtInTablesReadAsScalars() {
        for table in [CueTable.verbs, SourceTable.rows, QuoteContextTable.nameHeads, QuoteContextTable.termHeads,
                      QuoteContextTable.prepositions, QuoteContextTable.personalWords] {
            #expect(Scalars.readsAsScalars(table))
            #expect(Scalars(table: table).tableRows.map(\.string) == String(table: table).tableRows)
        }
    }

    @Test("text where an ASCII character joins a neighbour is read as characters")
    func joiningText() {
        #expect(!Scalars.readsAsScalars("قال\r\nأكد"))
        #expect(!Scalars.readsAsScalars("قال \u{064E}أكد"))
        #expect(!Scalars.readsAsScalars("\u{0600} أكد"))
        #expect(Scalars.readsAsScalars("قالَ\tأكدّ"))
        #expect(Scalars(table: "قال").isPlain && !Scalars(table: "بيّن").isPlain)
    }

    @Test("verb forms and source variants are the same from either reading")
    func generatedForms() {
        for row in CueTable.verbs.tableRows {
            let cols = row.tableCells("\t", omittingEmpty: false)
            for column in 2...5 {
                for word in cols[column].split(separator: " ").map(String.init) where word != "-" && word.isPlain {
                    let chars = CueLexicon.columnForms(word, column), scalars = CueLexicon.columnForms(Scalars(table: word), column)
                    #expect(chars.map(\.0) == scalars.map(\.0) && chars.map(\.1) == scalars.map(\.1), "\(word)")
                }
            }
        }
        for row in SourceTable.rows.tableRows {
            let cells = row.split(separator: "\t", maxSplits: 1)
            guard cells.count == 2 else { continue }
            for word in cells[1].split(separator: " ").map(String.init) where word.isPlain {
                for possessives in [false, true] {
                    #expect(SourceLexicon.variants(word, possessives: possessives, .init())
                        == SourceLexicon.variants(Scalars(table: word), possessives: possessives, .init()), "\(word)")
                }
            }
        }
    }

    @Test("a cue file with diacritics is read as characters, as before")
    func userRowsWithMarks() throws {
        let lexicon = try CueLexicon(extraVerbRows: "سألَ\tspeech\tسأل\tيسأل\t-\t-\tintro\n")
        #expect(lexicon.forms[ArabicKey.key("سألت")]?.lemma == "سألَ")
        #expect(lexicon.forms[ArabicKey.key("تسأل")]?.imperfect == true)
    }

    @Test("evidence labels of cue forms are cue: and the form's name")
    func evidenceLabels() {
        for form in [CueForm.finite, .participle, .masdar, .finiteParticiple, .preposition] {
            #expect(form.evidence == "cue:" + form.rawValue)
        }
        var pending = PendingEvidence(form: .participle)
        pending.opening = .colon
        pending.source = .relayObject
        #expect(pending.labels(directQuote: true) == ["cue:participle", "intro:colon", "source:relay_object", "content:quotation"])
        pending.sayingParticiple = true
        pending.relay = true
        #expect(pending.labels(directQuote: false)
            == ["cue:participle", "cue:saying_participle", "intro:colon", "source:relay", "source:relay_object", "content:clause"])
    }

    @Test("key bags behave as sets")
    func keyBags() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let a = (0..<Int.random(in: 0...5, using: &generator)).map { _ in UInt64.random(in: 1...8, using: &generator) }
            let b = (0..<Int.random(in: 0...5, using: &generator)).map { _ in UInt64.random(in: 1...8, using: &generator) }
            var bagA = KeyBag(), bagB = KeyBag()
            a.forEach { bagA.insert($0) }
            b.forEach { bagB.insert($0) }
            let setA = Set(a), setB = Set(b)
            #expect(bagA.count == setA.count && bagA.isEmpty == setA.isEmpty)
            #expect(bagA.isSubset(of: bagB) == setA.isSubset(of: setB) && bagA.isDisjoint(with: bagB) == setA.isDisjoint(with: setB))
            #expect((bagA == bagB) == (setA == setB))
            var union = bagA
            union.formUnion(bagB)
            #expect(union.count == setA.union(setB).count && bagA.subtracting(bagB).count == setA.subtracting(setB).count)
        }
    }

    @Test("original endings answer the same in any order of questions")
    func originalEndings() throws {
        let runner = try ChainRunner(["normalize", "tokenize"])
        let doc = runner.run("أكد سعيه لاستعادة السيطرة وقال إن مدرسته قريبة من سعيه.")
        let tokens = doc.tokens ?? []
        var inOrder = OriginalEndings(source: doc.source, tokens: tokens)
        let expected = tokens.indices.map { inOrder.endsWithHeh($0) }
        #expect(expected.contains(true) && expected.contains(false))
        var shuffled = OriginalEndings(source: doc.source, tokens: tokens)
        for i in tokens.indices.reversed() {
            let answer = shuffled.endsWithHeh(i)
            #expect(answer == expected[i])
        }
        let pastEnd = shuffled.endsWithHeh(tokens.count)
        #expect(!pastEnd)
    }
}

@Suite("Attributions: quotation index")
struct QuoteIndexTests {
    static func mark(_ open: Int, _ close: Int) -> QuoteMark {
        QuoteMark(span: TextSpan(start: open, end: close + 1), open: TextSpan(start: open, end: open + 1),
                  close: TextSpan(start: close, end: close + 1), openTokens: open..<open + 1, closeTokens: close..<close + 1,
                  inner: open + 1..<close)
    }

    @Test("a mark past the tokens (a quotes layer that does not match them) is left out, the others indexed")
    func markPastTheTokens() {
        let index = QuoteIndex(quotes: [Self.mark(1, 3), Self.mark(8, 12)], tokenCount: 5)
        #expect(index.opened(at: 1) == 0 && index.closeAt[3] == 0)
        #expect((0..<5).allSatisfy { index.opened(at: $0) != 0 || $0 == 1 })
        #expect((0..<5).allSatisfy { index.within[$0] != 1 && index.closeAt[$0] != 1 })
        #expect(index.opened(at: 8) == nil)
    }
}
