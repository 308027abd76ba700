import Toolkit

/// `--format html`: one self-contained page (inline CSS and JS, nothing fetched) for reading the
/// extractions.
///
/// Each document is an `<article lang="ar" dir="rtl">` whose text keeps its line breaks and
/// carries the highlights of every layer in its record (see ``HTMLHighlighter``): numbers,
/// quotes by class, attributions (source, cue, content, introducer), and any other layer whose
/// items have spans. Hovering or focusing a highlight shows its details and outlines the other
/// parts of the same item. A table of contents, written after the last document, is moved to
/// the top by CSS order and by the page script.
///
/// The page is streamed: head once, one article per record, the contents and script once at
/// the end; only each document's id and counts are kept until then.
public struct HTMLFormatter: RecordFormatter {
    private var contents = HTMLText()
    private var documents = 0

    public init() {}

    public func header() -> [UInt8] { Array(HTMLPage.head.utf8) }

    public mutating func record(_ document: Document, encoded: [UInt8]) throws -> [UInt8] {
        let record = try JSONValue.decode(encoded)
        documents += 1
        let anchor = "doc-\(documents)"
        let id = record["id"]?.displayText ?? document.id
        let source = document.source
        let (highlights, outside) = HTMLHighlighter.highlights(of: record, textLength: source.scalarCount)
        var summary = Self.summary(of: record, length: source.scalarCount)
        if outside > 0 { summary += " · \(outside) span\(outside == 1 ? "" : "s") outside the text, not shown" }

        var out = HTMLText()
        out.append(raw: "<article id=\"\(anchor)\" class=\"doc\" lang=\"ar\" dir=\"rtl\" aria-labelledby=\"\(anchor)-title\">\n")
        out.append(text: id, between: "<h2 id=\"\(anchor)-title\" dir=\"auto\">", and: "</h2>\n")
        out.append(text: summary, between: "<p class=\"meta\" lang=\"en\" dir=\"ltr\">", and: "</p>\n")
        if let errors = record["errors"]?.array, !errors.isEmpty {
            out.append(raw: "<ul class=\"errors\" lang=\"en\" dir=\"ltr\">\n")
            for e in errors {
                let line = [e["plugin"], e["message"]].compactMap { $0?.displayText }.joined(separator: ": ")
                out.append(text: line, between: "<li>", and: "</li>\n")
            }
            out.append(raw: "</ul>\n")
        }
        out.append(raw: "<div class=\"text\">")
        HTMLHighlighter.render(source, highlights, into: &out)
        out.append(raw: "</div>\n</article>\n")

        contents.append(text: id, between: "<li><a href=\"#\(anchor)\">", and: "</a> ")
        contents.append(text: summary, between: "<span class=\"meta\">", and: "</span></li>\n")
        return out.bytes
    }

    public func footer() -> [UInt8] {
        var out = HTMLText()
        out.append(raw: "</main>\n<nav id=\"toc\" aria-label=\"Documents\">\n<h2>Documents (\(documents))</h2>\n<ol>\n")
        out.bytes += contents.bytes
        out.append(raw: "</ol>\n</nav>\n")
        out.append(raw: HTMLPage.foot)
        return out.bytes
    }

    /// Layer counts shown first, in this order; other list layers follow by name.
    private static let summaryOrder = ["tokens", "sentences", "numbers", "quotes", "attributions"]

    /// `3079 characters · 11 numbers · 15 quotes · …` for the document's header and contents.
    static func summary(of record: JSONValue, length: Int) -> String {
        var parts = ["\(length) characters"]
        for name in record.sortedKeys(preferring: summaryOrder) where name != "errors" && record[name]?.array != nil { parts.append("\(record[name]?.array?.count ?? 0) \(name)") }
        if let errors = record["errors"]?.array, !errors.isEmpty {
            parts.append("\(errors.count) error\(errors.count == 1 ? "" : "s")")
        }
        return parts.joined(separator: " · ")
    }
}
