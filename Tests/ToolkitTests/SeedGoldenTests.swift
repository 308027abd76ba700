import Foundation
import Testing
import Toolkit

/// The five bundled seed articles against reviewed golden token and sentence lists: token
/// texts, kinds and norms, and every span checked by slicing the original text.
@Suite("Seed goldens")
struct SeedGoldenTests {
    static let ids = ["000_63bd7b7629f36687", "001_8aa77018ed7735f0", "002_30147119cfdaa65e",
                      "003_72ab5779234c0ced", "004_a063f7a33093732b"]

    func golden(_ name: String) throws -> [[String]] {
        let text = try String(contentsOfFile: TestPaths.repoRoot + "/Tests/ToolkitTests/Golden/" + name, encoding: .utf8)
        return text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("tokens match the golden list", arguments: ids)
    func tokens(_ id: String) throws {
        let text = try String(contentsOfFile: TestPaths.samples + "/\(id).txt", encoding: .utf8)
        let n = Normalizer().normalize(text)
        let toks = try WordTokenizer().tokenize(n)
        let expected = try golden("\(id).tokens.tsv")
        #expect(toks.count == expected.count)
        for (t, g) in zip(toks, expected) {
            let slice = text.scalarSlice(t.span)
            #expect([String(t.span.start), String(t.span.end), "\(t.kind)", slice, n.string(t.normRange)] == g)
            #expect(slice == g[3], "span must slice the original text")
        }
    }

    @Test("sentences match the golden list", arguments: ids)
    func sentences(_ id: String) throws {
        let text = try String(contentsOfFile: TestPaths.samples + "/\(id).txt", encoding: .utf8)
        let spans = try SentenceSplitter().split(Normalizer().normalize(text))
        let expected = try golden("\(id).sentences.tsv")
        #expect(spans.count == expected.count)
        for (s, g) in zip(spans, expected) {
            #expect([String(s.start), String(s.end), text.scalarSlice(s).replacingOccurrences(of: "\n", with: "\\n")] == g)
        }
    }
}
