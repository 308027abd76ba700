import Testing
@testable import ToolkitCLI

/// A strict RFC 4180 reader: CRLF after every record (the last too), quotes only around whole
/// fields, doubled inside. Any deviation is an error, so a test that reads our output back
/// also checks its framing.
struct RFC4180Reader {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ text: String) throws -> [[String]] {
        let s = Array(text.unicodeScalars)
        var rows: [[String]] = []
        var row: [String] = []
        var i = 0
        while i < s.count {
            var field = ""
            if s[i] == "\"" {
                i += 1
                while true {
                    guard i < s.count else { throw Malformed(description: "unterminated quoted field") }
                    if s[i] == "\"" {
                        if i + 1 < s.count, s[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 2; continue }
                        i += 1
                        break
                    }
                    field.unicodeScalars.append(s[i])
                    i += 1
                }
            } else {
                while i < s.count, s[i] != ",", s[i] != "\r" {
                    guard s[i] != "\"", s[i] != "\n" else { throw Malformed(description: "bare \(s[i].escaped(asASCII: true)) at \(i)") }
                    field.unicodeScalars.append(s[i])
                    i += 1
                }
            }
            row.append(field)
            guard i < s.count else { throw Malformed(description: "no CRLF after the last record") }
            if s[i] == "," { i += 1; continue }
            guard s[i] == "\r", i + 1 < s.count, s[i + 1] == "\n" else {
                throw Malformed(description: "expected ',' or CRLF at \(i)")
            }
            i += 2
            rows.append(row)
            row = []
        }
        return rows
    }
}

/// Rows read back, each as column name → value.
func csvTable(_ csv: String) throws -> (header: [String], rows: [[String: String]]) {
    let rows = try RFC4180Reader.read(csv)
    let header = try #require(rows.first)
    for r in rows { #expect(r.count == header.count, "row width \(r.count) ≠ header width \(header.count)") }
    return (header, rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
}

@Suite("CSV format")
struct CSVFormatterTests {
    @Test("fields with commas, quotes and line breaks are quoted and read back exactly")
    func quotingRoundTrip() throws {
        let text = "قال المتحدث، أمس: \"سنعود, غداً\" ثم أضاف «لن\nنتراجع»، وختم بـ\r\n\"قسد\"."
        let layers = """
        "quotes":[\
        {\(spanMembers("\"سنعود, غداً\"", in: text)),"class":"speech","malformed":null},\
        {\(spanMembers("«لن\nنتراجع»", in: text)),"class":"speech","malformed":"odd, \\"really\\""},\
        {\(spanMembers("\"قسد\"", in: text)),"class":"name","malformed":null}]
        """
        var f = CSVFormatter(layer: "quotes")
        let csv = try format(&f, [TestRecord(id: "doc,1 \"a\"", text: text, layers: layers)])
        let rows = try RFC4180Reader.read(csv)
        let speech = scalarSpan(of: "\"سنعود, غداً\"", in: text)
        let broken = scalarSpan(of: "«لن\nنتراجع»", in: text)
        let name = scalarSpan(of: "\"قسد\"", in: text)
        #expect(rows == [
            ["id", "start", "end", "text", "class", "malformed"],
            ["doc,1 \"a\"", "\(speech.lowerBound)", "\(speech.upperBound)", "\"سنعود, غداً\"", "speech", ""],
            ["doc,1 \"a\"", "\(broken.lowerBound)", "\(broken.upperBound)", "«لن\nنتراجع»", "speech", "odd, \"really\""],
            ["doc,1 \"a\"", "\(name.lowerBound)", "\(name.upperBound)", "\"قسد\"", "name", ""],
        ])
        #expect(csv.hasPrefix("id,start,end,text,class,malformed\r\n\"doc,1 \"\"a\"\"\","))
        #expect(f.notes.isEmpty)
    }

    @Test("attributions are flattened into the documented columns; the row span is the content")
    func attributionColumns() throws {
        let text = "وأفاد مراسل \"الحدث\" بأن 7 عناصر تسللوا، فيما نقلت الوكالة عن مصدر قوله إن الهجوم فشل."
        let first = """
        {"kind":"indirect","content":{\(spanMembers("7 عناصر تسللوا", in: text))},\
        "cue":{\(spanMembers("وأفاد", in: text)),"lemma":"أفاد","class":"report"},\
        "source":{\(spanMembers("مراسل \"الحدث\"", in: text)),"type":"unnamed_person","normalized":"مراسل قناة الحدث","realization":"explicit"},\
        "introducer":{\(spanMembers("بأن", in: text))},"confidence":0.9,"evidence":["cue-verb","complementizer"],"note":"hand-made"}
        """
        let second = """
        {"kind":"indirect","content":{\(spanMembers("الهجوم فشل", in: text))},\
        "cue":{\(spanMembers("قوله", in: text)),"lemma":"قال","class":"speech"},\
        "source":{\(spanMembers("مصدر", in: text)),"type":"anonymous","normalized":null,"realization":"explicit"},\
        "via":{\(spanMembers("الوكالة", in: text)),"type":"media"},"confidence":1}
        """
        var f = CSVFormatter(layer: "attributions")
        let csv = try format(&f, [TestRecord(id: "a", text: text, layers: "\"attributions\":[\(first),\(second)]")])
        let table = try csvTable(csv)
        #expect(table.header == ["id", "start", "end", "text"] + CSVFormatter.knownColumns["attributions"]!)
        #expect(table.rows.count == 2)
        let (a, b) = (table.rows[0], table.rows[1])
        let content = scalarSpan(of: "7 عناصر تسللوا", in: text)
        #expect(a["start"] == "\(content.lowerBound)" && a["end"] == "\(content.upperBound)")
        #expect(a["text"] == "7 عناصر تسللوا" && a["content.text"] == "7 عناصر تسللوا")
        #expect(a["cue.text"] == "وأفاد" && a["cue.class"] == "report" && a["cue.lemma"] == "أفاد")
        #expect(a["source.text"] == "مراسل \"الحدث\"" && a["source.type"] == "unnamed_person")
        #expect(a["introducer.text"] == "بأن" && a["confidence"] == "0.9")
        #expect(a["evidence"] == "[\"cue-verb\",\"complementizer\"]")
        #expect(a["via"] == "")
        #expect(b["introducer.start"] == "" && b["introducer.text"] == "" && b["source.normalized"] == "")
        #expect(b["confidence"] == "1")
        let via = scalarSpan(of: "الوكالة", in: text)
        #expect(b["via"] == "{\"start\":\(via.lowerBound),\"end\":\(via.upperBound),\"text\":\"الوكالة\",\"type\":\"media\"}")
        #expect(f.notes == ["csv: fields of 'attributions' outside the columns were left out: note"])
    }

    @Test("numbers: values in shortest form, null as empty, extra documented fields kept")
    func numberValues() throws {
        let text = "غادر نحو 40 ألف شخص، وثلث السكان، ومئات العائلات في 10 أيلول/سبتمبر."
        let items = [
            "{\(spanMembers("نحو 40 ألف شخص", in: text)),\"core\":{\(spanMembers("40 ألف", in: text))},\"kind\":\"cardinal\",\"value\":40000,\"min\":null,\"max\":null,\"mod\":\"approx\",\"unit\":null,\"noun\":\"شخص\"}",
            "{\(spanMembers("ثلث", in: text)),\"core\":{\(spanMembers("ثلث", in: text))},\"kind\":\"fraction\",\"value\":0.3333333333333333,\"min\":null,\"max\":null,\"mod\":null,\"unit\":null,\"noun\":\"السكان\"}",
            "{\(spanMembers("ومئات العائلات", in: text)),\"core\":{\(spanMembers("مئات", in: text))},\"kind\":\"vague\",\"value\":null,\"min\":null,\"max\":null,\"mod\":null,\"unit\":null,\"noun\":\"العائلات\"}",
            "{\(spanMembers("10 أيلول/سبتمبر", in: text)),\"core\":{\(spanMembers("10", in: text))},\"kind\":\"date\",\"value\":10,\"min\":null,\"max\":null,\"mod\":null,\"unit\":null,\"noun\":null,\"date\":\"--09-10\"}",
        ]
        var f = CSVFormatter(layer: "numbers")
        let csv = try format(&f, [TestRecord(id: "n", text: text, layers: "\"numbers\":[\(items.joined(separator: ","))]")])
        let rows = try csvTable(csv).rows
        #expect(rows.map { $0["value"] } == ["40000", "0.3333333333333333", "", "10"])
        #expect(rows.map { $0["core.text"] } == ["40 ألف", "ثلث", "مئات", "10"])
        #expect(rows[0]["mod"] == "approx" && rows[0]["min"] == "" && rows[3]["date"] == "--09-10")
        #expect(f.notes.isEmpty)
    }

    @Test("a layer without a documented schema: columns from the first document with items, never extended")
    func columnStability() throws {
        let text = "قتل 3 مدنيين وجرح 5 عناصر."
        let empty = TestRecord(id: "d0", text: text, layers: "\"casualties\":[]")
        let first = TestRecord(id: "d1", text: text, layers: """
        "casualties":[\
        {\(spanMembers("3 مدنيين", in: text)),"count":3,"who":{\(spanMembers("مدنيين", in: text)),"type":"civilians"}},\
        {\(spanMembers("5 عناصر", in: text)),"count":5,"verified":true,"who":null}]
        """)
        let later = TestRecord(id: "d2", text: text, layers: """
        "casualties":[{\(spanMembers("3 مدنيين", in: text)),"count":null,"late":"x","who":{"type":"civilians","start":null}}]
        """)
        var f = CSVFormatter(layer: "casualties")
        #expect(f.header().isEmpty)
        #expect(try f.record(empty.document, encoded: empty.encoded).isEmpty)
        let csv = try format(&f, [first, later])
        let table = try csvTable(csv)
        let expected = ["id", "start", "end", "text", "count", "verified", "who.start", "who.end", "who.text", "who.type"]
        #expect(table.header == expected)
        #expect(csv.components(separatedBy: "id,start,end,text").count == 2, "one header row")
        #expect(table.rows.map { $0["id"] } == ["d1", "d1", "d2"])
        #expect(table.rows[1]["verified"] == "true" && table.rows[1]["who.type"] == "")
        #expect(table.rows[2]["count"] == "" && table.rows[2]["who.type"] == "civilians" && table.rows[2]["verified"] == "")
        #expect(f.notes == ["csv: fields of 'casualties' outside the columns were left out: late"])
    }

    @Test("no items at all: the header alone")
    func headerOnly() throws {
        var custom = CSVFormatter(layer: "mine")
        #expect(try format(&custom, [TestRecord(id: "x", text: "نص")]) == "id,start,end,text\r\n")
        var known = CSVFormatter(layer: "quotes")
        #expect(try format(&known, [TestRecord(id: "x", text: "نص", layers: "\"quotes\":[]")]) == "id,start,end,text,class,malformed\r\n")
    }

    @Test("a span without text is sliced from the document by scalars; items without spans leave it empty")
    func spansByScalars() throws {
        let text = "👍🏽 e\u{301} مرحبا"
        let r = scalarSpan(of: "مرحبا", in: text)
        #expect(r == 6..<11)
        var f = CSVFormatter(layer: "greetings")
        let csv = try format(&f, [TestRecord(id: "s", text: text, layers: "\"greetings\":[{\"start\":6,\"end\":11,\"tone\":\"warm\"}]")])
        #expect(try csvTable(csv).rows == [["id": "s", "start": "6", "end": "11", "text": "مرحبا", "tone": "warm"]])

        var errors = CSVFormatter(layer: "errors")
        let e = try format(&errors, [TestRecord(id: "s", text: text, layers: "\"errors\":[{\"plugin\":\"numbers\",\"message\":\"bad, \\\"very\\\"\"}]")])
        #expect(try csvTable(e).rows == [["id": "s", "start": "", "end": "", "text": "", "plugin": "numbers", "message": "bad, \"very\""]])
    }
}
