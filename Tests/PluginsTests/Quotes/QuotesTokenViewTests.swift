import Foundation
@testable import Plugins
import Testing
import Toolkit

@Suite("Quotes: token view")
struct QuotesTokenViewTests {
    let runner: ChainRunner

    init() throws { runner = try ChainRunner(["normalize", "tokenize"]) }

    func view(_ text: String) -> TokenView {
        var doc = runner.run(text)
        return TokenView(document: &doc)
    }

    /// The key of a string as ArabicKey defines it: folded UTF-16 units, hashed from the last.
    func reference(_ s: String) -> UInt64 {
        var h = ArabicKey.empty
        for u in s.utf16.reversed() { if let f = ArabicKey.fold(u) { h = ArabicKey.mix(h, f) } }
        return h
    }

    @Test("a word's keys without و/ف and without clitics are the keys of the shorter words")
    func cliticKeys() {
        let v = view("والقسد وبالقوات لقسد قالت")
        #expect(v.key(0) == ArabicKey.key("والقسد") && v.stem(0) == ArabicKey.key("القسد") && v.base(0) == ArabicKey.key("قسد"))
        #expect(v.stem(1) == ArabicKey.key("بالقوات") && v.base(1) == ArabicKey.key("قوات"))
        #expect(v.stem(2) == v.key(2) && v.base(2) == ArabicKey.key("قسد"))
        #expect(v.stem(3) == v.key(3) && v.base(3) == v.key(3))
        #expect(v.definite(0) && v.definite(1) && !v.definite(2) && !v.definite(3))
        #expect(v.first(0) == 0x0648 && v.length(0) == 6 && v.last2(3) == 0x062A | 0x0644 << 16)
    }

    @Test("a word whose ال is its own letters has no article: والده، والتقى")
    func articleLookalikes() {
        let v = view("والده والتقى التزم والدستور الدكتور والدولة")
        #expect(!v.definite(0) && v.stem(0) == v.key(0) && v.base(0) == v.key(0))
        #expect(!v.definite(1) && v.stem(1) == ArabicKey.key("التقى") && v.base(1) == ArabicKey.key("التقى"))
        #expect(!v.definite(2) && v.base(2) == v.key(2))
        // Words with the article before د or ت keep it.
        #expect(v.definite(3) && v.base(3) == ArabicKey.key("دستور"))
        #expect(v.definite(4) && v.definite(5) && v.base(5) == ArabicKey.key("دولة"))
    }

    @Test("keys fold diacritics, hamza forms and ta marbuta, as ArabicKey does")
    func foldedKeys() {
        let v = view("أَكَّدَ مدرسةٌ")
        #expect(v.key(0) == ArabicKey.key("اكد") && v.key(1) == ArabicKey.key("مدرسه"))
    }

    @Test("the key of a string walks its scalars as the UTF-16 definition does, surrogate pairs included")
    func scalarKeys() {
        for s in ["قال", "Reuters", "e\u{301}", "🙂 قال", "\u{1F600}\u{0627}", ""] {
            #expect(ArabicKey.key(s) == reference(s))
        }
    }

    @Test("a token longer than the folding buffer keys its first 256 folded units")
    func longToken() {
        let url = "https://example.com/" + String(repeating: "ab", count: 200)
        let v = view("زار \(url) أمس")
        let folded = ArabicKey.folded(url)
        let first = String(decoding: Array(folded.utf16.prefix(256)), as: UTF16.self)
        #expect(v.count == 3)
        #expect(v.key(1) == ArabicKey.key(first) && v.length(1) == 255)
    }

    /// The key of units already folded, by ArabicKey's definition (hashed from the last).
    func key(folded units: [UInt16]) -> UInt64 {
        units.reversed().reduce(ArabicKey.empty, ArabicKey.mix)
    }

    /// The keys of a word by their definition: its folded units whole, without a leading و/ف,
    /// and without ب/ك/ل (or لل) and the article ال as well.
    func definition(_ units: ArraySlice<UInt16>) -> (key: UInt64, stem: UInt64, base: UInt64, units: [UInt16]) {
        let w = units.compactMap(ArabicKey.fold)
        let m = w.count
        let p = m >= 3 && (w[0] == 0x0648 || w[0] == 0x0641) ? 1 : 0
        var b = p
        if m - b >= 3, [0x0628, 0x0644, 0x0643].contains(w[b]) { b += (w[b] == 0x0644 && m - b >= 4 && w[b + 1] == 0x0644) ? 2 : 1 }
        if m - b >= 4, w[b] == 0x0627, w[b + 1] == 0x0644 { b += 2 }
        return (key(folded: w), key(folded: Array(w[p...])), key(folded: Array(w[b...])), w)
    }

    @Test("every token's keys, first and last letters and length follow their definition, short or long, plain or not")
    func keysByDefinition() throws {
        // Letters that start clitics, other letters, a diacritic and tatweel (dropped), Latin
        // capitals (lower-cased), a letter of the Arabic Supplement and one beyond it.
        let alphabet = Array("وفبلكالقسدمنهيةأإى") + ["\u{064E}", "\u{0640}", "A", "z", "\u{0750}", "\u{FB50}"]
        var rng = SystemRandomNumberGenerator()
        // Without `normalize` the dropped units reach the view.
        let bare = try ChainRunner(["tokenize"])
        for round in 0..<400 {
            let runner = round.isMultiple(of: 2) ? runner : bare
            let words = (0..<Int.random(in: 1...12, using: &rng)).map { _ in
                String((0..<Int.random(in: 1...12, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            }
            let text = words.joined(separator: " ")
            var doc = runner.run(text)
            let v = TokenView(document: &doc)
            let norm = doc.normalizedOrIdentity().utf16
            let tokens = (doc.tokens ?? []).map { norm[$0.normRange] }
            try #require(v.count == tokens.count, "\(text)")
            for (i, token) in tokens.enumerated() {
                let d = definition(token)
                #expect(v.key(i) == d.key && v.stem(i) == d.stem && v.base(i) == d.base, "\(token) in \(text)")
                #expect(Int(v.length(i)) == d.units.count && v.first(i) == (d.units.first ?? 0), "\(token)")
                let last2 = d.units.suffix(2).reduce(UInt32(0)) { $0 << 16 | UInt32($1) }
                #expect(v.last2(i) == last2, "\(token)")
            }
        }
    }

    @Test("keys of distinct words differ, and a key filter spreads them evenly over its slices")
    func distinctKeys() {
        // Every word of one to four letters over 30 letters: 837,930 words.
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهويءة").map { $0.utf16.first! }
        let filter = KeyFilter(log2Bits: 8)
        var keys = Set<UInt64>()
        var words = 0
        var slices = [Int](repeating: 0, count: 256)
        func add(_ w: [UInt16]) {
            let k = key(folded: w)
            keys.insert(k)
            slices[filter.slot(k)] += 1
            words += 1
        }
        for a in letters {
            add([a])
            for b in letters {
                add([a, b])
                for c in letters {
                    add([a, b, c])
                    for d in letters { add([a, b, c, d]) }
                }
            }
        }
        #expect(keys.count == words)
        // A fair spread puts about words/256 keys in each slice.
        let mean = Double(words) / 256
        #expect(slices.allSatisfy { abs(Double($0) - mean) < mean * 0.1 }, "\(slices.min()!)…\(slices.max()!) around \(mean)")
    }

    @Test("punctuation, spacing and paragraphs")
    func layout() {
        let v = view("قال: \"نعم\".\nثم مضى")
        #expect(v.punct(1) == 0x3A && v.punct(2) == 0x22 && v.punct(0) == 0)
        #expect(!v.spaceBefore(1) && v.spaceBefore(2) && v.glued(3))
        let thumma = (0..<v.count).first { v.key($0) == ArabicKey.key("ثم") }!
        #expect(v.paragraph(thumma) == 1 && v.paragraph(thumma - 1) == 0)
    }

    /// The sample articles of the repository, as token views (real text with quotation marks
    /// and brackets).
    func samples() throws -> [TokenView] {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        // …/Tests/PluginsTests/Quotes/QuotesTokenViewTests.swift → the repository root.
        parts.removeLast(4)
        let dir = parts.joined(separator: "/") + "/Samples"
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(!names.isEmpty)
        return try names.map { view(try String(contentsOfFile: dir + "/" + $0, encoding: .utf8)) }
    }

    /// The tokens from 0 on at which a scan stops, each scan starting after the last stop.
    func stops(_ v: TokenView, _ scan: (Int) -> Int) -> [Int] {
        var found: [Int] = []
        var i = scan(0)
        while i < v.count { found.append(i); i = scan(i + 1) }
        return found
    }

    @Test("the first and last word of a range are those a plain search finds, over every range of up to 12 tokens of the sample articles")
    func wordsOfRange() throws {
        for v in try samples() {
            for lo in 0..<v.count {
                for hi in lo...min(v.count, lo + 12) {
                    let words = (lo..<hi).filter { v.kind($0) == .word || v.kind($0) == .number }
                    #expect(v.firstWord(in: lo..<hi) == words.first && v.lastWord(in: lo..<hi) == words.last)
                }
            }
        }
    }

    @Test("the scan for marks stops where a plain loop finds a mark's bit, at every mark")
    func markScan() throws {
        let bits = QuotePairer.markBits
        var marks = 0
        for v in try samples() {
            let found = stops(v) { v.firstPunct(from: $0, mayBeIn: bits) }
            #expect(found == (0..<v.count).filter { bits >> TokenView.punctBit(v.punct($0)) & 1 != 0 })
            let real = (0..<v.count).filter { QuotePairer.family(of: v.punct($0)) != nil }
            #expect(Set(real).isSubset(of: found))
            marks += real.count
        }
        #expect(marks > 0)
    }

    @Test("the scan for tails stops where a plain loop finds a tail's bit, at every word ending so")
    func tailScan() throws {
        for v in try samples() {
            // The tails of a few words of the text, in a set as the classifier builds it.
            let tails = Set(stride(from: 0, to: v.count, by: 97).filter { v.isWord($0) }.map { v.last2($0) })
            try #require(!tails.isEmpty)
            var bits = [UInt64](repeating: 0, count: TokenView.tailBits / 64)
            for t in tails { let b = TokenView.tailBit(t); bits[b >> 6] |= 1 << UInt64(b & 63) }
            let found = bits.withUnsafeBufferPointer { bits in stops(v) { v.firstTail(from: $0, mayBeIn: bits) } }
            #expect(found == (0..<v.count).filter { bits[TokenView.tailBit(v.last2($0)) >> 6] >> UInt64(TokenView.tailBit(v.last2($0)) & 63) & 1 != 0 })
            #expect(Set((0..<v.count).filter { tails.contains(v.last2($0)) }).isSubset(of: found))
            #expect(found.count < v.count)
        }
    }

    @Test("the scan for one character stops at each token a plain loop finds it at")
    func punctScan() throws {
        var brackets = 0
        for v in try samples() + [view("قوات سورية الديمقراطية (قسد) و(قسد) ثم (")] {
            for c: UInt16 in [0x28, 0x29, 0x060C] {
                let found = stops(v) { v.nextPunct(c, from: $0) }
                #expect(found == (0..<v.count).filter { v.punct($0) == c })
            }
            brackets += (0..<v.count).filter { v.punct($0) == 0x28 }.count
        }
        #expect(brackets > 3)
    }

    @Test("each token lies in the last sentence starting at or before it")
    func sentences() throws {
        let runner = try ChainRunner(["normalize", "tokenize", "sentences"])
        for text in ["قال: نعم. ثم مضى! وانتهى؟ وبعد", "  بداية. ", "واحد.\n\nاثنان. ثلاثة", ""] {
            var doc = runner.run(text)
            let v = TokenView(document: &doc)
            let tokens = doc.tokens ?? [], spans = doc.sentences ?? []
            // The definition, token by token.
            var index: [Int32] = [], ranges: [Range<Int>] = []
            var s = 0, start = 0
            for (i, t) in tokens.enumerated() {
                while s + 1 < spans.count, t.span.start >= spans[s + 1].start { ranges.append(start..<i); start = i; s += 1 }
                index.append(Int32(s))
            }
            ranges.append(start..<tokens.count)
            while ranges.count < spans.count { ranges.append(tokens.count..<tokens.count) }
            #expect(spans.isEmpty || (v.sentence == index && v.sentenceRanges == ranges), "\(text)")
        }
    }

    @Test("a key filter never rejects a key it was given")
    func filter() {
        let keys = (0..<2000).map { ArabicKey.key("كلمة\($0)") }
        for bits in [12, 16] {
            let f = KeyFilter(keys, log2Bits: bits)
            #expect(keys.allSatisfy(f.mayContain))
        }
    }
}
