import Foundation
import Testing
@testable import ToolkitCLI

/// What a page must show for one record: the parts of numbers (item, core), quotes (item) and
/// attributions (content, cue, source, introducer) by scalar range, read from the record.
func expectedParts(_ record: TestRecord) throws -> [HTMLInspector.Part: [Range<Int>]] {
    let json = try JSONValue.decode(record.encoded)
    let roles = ["numbers": ["", "core"], "quotes": [""], "attributions": ["content", "cue", "source", "introducer"]]
    var parts: [HTMLInspector.Part: [Range<Int>]] = [:]
    for (layer, members) in roles {
        for (i, item) in (json[layer]?.array ?? []).enumerated() {
            for member in members {
                guard let span = (member.isEmpty ? item : item[member])?.span, !span.isEmpty else { continue }
                parts[.init(layer: layer, item: i, role: member.isEmpty ? "item" : member)] = [span]
            }
        }
    }
    return parts
}

/// A tooltip without its bidi isolates (U+2068 … U+2069), for comparing.
func plainTip(_ tip: String?) -> String? {
    tip.map { String($0.unicodeScalars.filter { $0 != "\u{2068}" && $0 != "\u{2069}" }.map(Character.init)) }
}

/// Checks a page with the tag checker of the tests and, when Python 3 is there, with its
/// `html.parser`; returns the document texts Python read (nil without Python).
func checkPage(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String]? {
    let inspector = HTMLInspector(html)
    #expect(inspector.structureProblems() == [], sourceLocation: sourceLocation)
    guard let python = executable("python3") else { return nil }
    let script = """
    import json, sys
    from html.parser import HTMLParser
    VOID = {"area","base","br","col","embed","hr","img","input","link","meta","source","track","wbr"}
    class P(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.stack, self.problems, self.texts, self.depth = [], [], [], None
        def handle_starttag(self, tag, attrs):
            if tag in VOID: return
            self.stack.append(tag)
            if self.depth is not None: self.depth += 1
            elif tag == "div" and ("class", "text") in attrs: self.depth = 0; self.texts.append("")
        def handle_endtag(self, tag):
            if not self.stack or self.stack[-1] != tag:
                self.problems.append("</%s> closes <%s>" % (tag, self.stack[-1] if self.stack else ""))
                return
            self.stack.pop()
            if self.depth is not None:
                self.depth = None if self.depth == 0 else self.depth - 1
        def handle_data(self, data):
            if self.depth is not None: self.texts[-1] += data
    p = P()
    p.feed(sys.stdin.read()); p.close()
    if p.stack: p.problems.append("never closed: %s" % p.stack)
    print(json.dumps({"problems": p.problems, "texts": p.texts}))
    """
    let run = try runProgram(python, ["-c", script], input: html)
    #expect(run.status == 0, "python: \(run.stderr)", sourceLocation: sourceLocation)
    struct Result: Decodable { var problems: [String]; var texts: [String] }
    let result = try JSONDecoder().decode(Result.self, from: Data(run.stdout.utf8))
    #expect(result.problems == [], sourceLocation: sourceLocation)
    return result.texts
}

@Suite("HTML format")
struct HTMLFormatterTests {
    @Test("seed page: well formed, texts exact, every number, quote and attribution part at its span")
    func seedPage() throws {
        let records = try Fixtures.seedRecords()
        var f = HTMLFormatter()
        let html = try format(&f, records)
        let pythonTexts = try checkPage(html)
        let docs = HTMLInspector(html).documentTexts()
        try #require(docs.count == records.count)
        for (doc, record) in zip(docs, records) {
            #expect(doc.text == record.document.text, "text of \(record.document.id)")
            #expect(doc.parts == (try expectedParts(record)), "highlights of \(record.document.id)")
        }
        if let pythonTexts { #expect(pythonTexts == records.map(\.document.text)) }
        // An attribution's source, cue and content share the layer, the item and the tooltip.
        let first = docs[0]
        for i in 0..<3 {
            let parts = first.elements.filter { $0["data-layer"] == "attributions" && $0["data-item"] == "\(i)" }
            #expect(Set(parts.compactMap { $0["data-role"] }).isSuperset(of: ["source", "cue", "content"]))
            let tips = Set(parts.compactMap { $0["data-tip"]?.split(separator: "\n").dropFirst().joined(separator: "\n") })
            #expect(tips.count == 1)
            #expect(tips.first?.contains("kind: ") == true && tips.first?.contains("confidence: ") == true)
            #expect(parts.allSatisfy { $0["class"]?.contains("r-\($0["data-role"]!)") == true })
        }
        #expect(html.components(separatedBy: "<article ").count == records.count + 1)
        #expect(html.components(separatedBy: "<!DOCTYPE html>").count == 2)
        #expect(html.components(separatedBy: "</html>").count == 2)
        for (n, r) in records.enumerated() { #expect(html.contains("<li><a href=\"#doc-\(n + 1)\">\(r.document.id)</a>")) }
    }

    @Test("crossing, nested and coinciding spans stay well formed and cover exactly their ranges")
    func overlaps() throws {
        let text = "قال المسؤول إن \"المعركة ستنتهي خلال 3 أيام\" وإن 40 ألف شخص غادروا."
        let quote = scalarSpan(of: "\"المعركة ستنتهي خلال 3 أيام\"", in: text)
        let crossing = scalarSpan(of: "أيام\" وإن 40", in: text)
        let layers = """
        "attributions":[\
        {"kind":"direct","content":{\(spanMembers("\"المعركة ستنتهي خلال 3 أيام\"", in: text))},\
        "cue":{\(spanMembers("قال", in: text)),"lemma":"قال","class":"speech"},\
        "source":{\(spanMembers("المسؤول", in: text)),"type":"unnamed_person"},\
        "introducer":{\(spanMembers("إن", in: text))},"confidence":0.8},\
        {"kind":"indirect","content":{\(spanMembers("40 ألف شخص غادروا", in: text))},\
        "cue":{\(spanMembers("قال", in: text)),"class":"speech"},\
        "source":{\(spanMembers("المسؤول", in: text)),"type":"unnamed_person","realization":"shared"},"confidence":0.6}],\
        "quotes":[{\(spanMembers("\"المعركة ستنتهي خلال 3 أيام\"", in: text)),"class":"speech","malformed":null}],\
        "numbers":[\
        {\(spanMembers("3 أيام", in: text)),"core":{\(spanMembers("3", in: text))},"kind":"cardinal","value":3,"unit":null,"noun":"أيام"},\
        {\(spanMembers("40 ألف شخص", in: text)),"core":{\(spanMembers("40 ألف", in: text))},"kind":"cardinal","value":40000,"mod":null,"noun":"شخص"}],\
        "phrases":[{"start":\(crossing.lowerBound),"end":\(crossing.upperBound),"label":"crossing"}]
        """
        let record = TestRecord(id: "overlap", text: text, layers: layers)
        var f = HTMLFormatter()
        let html = try format(&f, [record])
        let pythonTexts = try checkPage(html)
        let doc = try #require(HTMLInspector(html).documentTexts().first)
        #expect(doc.text == text)
        if let pythonTexts { #expect(pythonTexts == [text]) }
        var expected = try expectedParts(record)
        expected[.init(layer: "phrases", item: 0, role: "item")] = [crossing]
        #expect(doc.parts == expected)
        #expect(doc.parts[.init(layer: "quotes", item: 0, role: "item")] == [quote])
        // The crossing span is cut and reopened; only its first piece takes keyboard focus.
        let pieces = doc.elements.filter { $0["data-layer"] == "phrases" }
        #expect(pieces.count > 1)
        #expect(pieces.filter { $0["tabindex"] == "0" }.count == 1)
        #expect(pieces.dropFirst().allSatisfy { $0["data-cont"] != nil })
        // Equal spans nest with the attribution's content outside the quote.
        #expect(html.contains("data-role=\"content\" data-tip=\"Attribution 1 · content"))
        let tip = try #require(doc.elements.first { $0["data-layer"] == "numbers" && $0["data-role"] == "item" }?["data-tip"])
        #expect(plainTip(tip) == "Number 1\nkind: cardinal\nvalue: 3\nnoun: أيام\ncore: 3")
        #expect(tip.contains("noun: \u{2068}أيام\u{2069}"))
        let attTip = try #require(doc.elements.first { $0["data-layer"] == "attributions" && $0["data-role"] == "cue" }?["data-tip"])
        #expect(plainTip(attTip) == "Attribution 1 · cue\nkind: direct\ncue: قال (speech)\nsource: المسؤول (unnamed_person)\nconfidence: 0.8")
    }

    @Test("text, ids and tooltips are escaped; CR survives; offsets count scalars")
    func escapingAndScalars() throws {
        let text = "<script>alert(\"x\")</script> & 'y'\r\n👍🏽 e\u{301} «مرحبا» </div>"
        let hello = scalarSpan(of: "«مرحبا»", in: text)
        #expect(hello == 41..<48)
        let layers = """
        "quotes":[{"start":41,"end":48,"text":"«مرحبا»","class":"term","malformed":"a \\"<b>\\" & c"}],\
        "notes":[{"start":0,"end":8,"label":"</span><b>"},{"start":40,"end":400,"label":"outside"}]
        """
        var f = HTMLFormatter()
        let html = try format(&f, [TestRecord(id: "<b>id&</b>", text: text, layers: layers)])
        _ = try checkPage(html)
        #expect(!html.contains("<script>alert") && !html.contains("<b>") && !html.contains("</div>\"") && !html.contains("\r"))
        #expect(html.contains("&lt;b&gt;id&amp;&lt;/b&gt;"))
        let doc = try #require(HTMLInspector(html).documentTexts().first)
        #expect(doc.text == text)
        #expect(doc.parts[.init(layer: "quotes", item: 0, role: "item")] == [hello])
        #expect(doc.parts[.init(layer: "notes", item: 0, role: "item")] == [0..<8])
        #expect(doc.parts[.init(layer: "notes", item: 1, role: "item")] == nil)
        #expect(html.contains("1 span outside the text, not shown"))
        let tips = doc.elements.compactMap { plainTip($0["data-tip"]) }
        #expect(tips.contains("Quote 1\nclass: term\nmalformed: a \"<b>\" & c"))
        #expect(tips.contains("notes 1\nlabel: </span><b>"))
        #expect(doc.elements.contains { $0["class"] == "hl l-quotes r-item q-term q-malformed" })
    }

    @Test("streamed: head once, one article per record, contents and script once at the end")
    func streaming() throws {
        var f = HTMLFormatter()
        let head = String(decoding: f.header(), as: UTF8.self)
        #expect(head.hasPrefix("<!DOCTYPE html>") && head.hasSuffix("<main>\n") && !head.contains("<article"))
        let records = [
            TestRecord(id: "a", text: "نص أول"),
            TestRecord(id: "b", text: "", layers: "\"errors\":[{\"plugin\":\"input\",\"message\":\"the record has no 'text' field\"}]"),
            TestRecord(id: "c", text: "نص ثالث", layers: "\"tokens\":[{\"start\":0,\"end\":2,\"text\":\"نص\",\"norm\":\"نص\",\"kind\":\"word\"}]"),
        ]
        for r in records {
            let article = String(decoding: try f.record(r.document, encoded: r.encoded), as: UTF8.self)
            #expect(article.hasPrefix("<article ") && article.hasSuffix("</article>\n"))
            #expect(article.contains("lang=\"ar\" dir=\"rtl\""))
        }
        let foot = String(decoding: f.footer(), as: UTF8.self)
        #expect(foot.hasPrefix("</main>\n<nav id=\"toc\"") && foot.hasSuffix("</html>\n"))
        #expect(foot.contains("Documents (3)"))
        #expect(foot.contains("#doc-1\">a</a> <span class=\"meta\">6 characters</span>"))
        #expect(foot.contains("#doc-2\">b</a> <span class=\"meta\">0 characters · 1 error</span>"))
        #expect(foot.contains("#doc-3\">c</a> <span class=\"meta\">7 characters · 1 tokens</span>"))
    }

    @Test("self-contained: nothing is fetched")
    func selfContained() throws {
        var f = HTMLFormatter()
        let html = try format(&f, try Fixtures.seedRecords())
        for marker in ["http:", "https:", "src=", "<link", "url(", "@import", "@font-face", "//cdn"] {
            #expect(!html.contains(marker), "page mentions \(marker)")
        }
        #expect(html.contains("<style>") && html.contains("<script>"))
    }
}
