import Toolkit

/// Tab-separated tokens: `id start end text norm kind`, one row per token, with a header.
/// Tabs, newlines and backslashes inside fields are escaped as `\t`, `\n`, `\\`.
enum TSVWriter {
    static let header = Array("id\tstart\tend\ttext\tnorm\tkind\n".utf8)

    static func rows(_ doc: Document) -> [UInt8] {
        guard let tokens = doc.tokens else { return [] }
        let index = doc.source.scalarIndex()
        var out: [UInt8] = []
        let id = escape(doc.id)
        for t in tokens {
            let text = escape(index.text(t.span, in: doc.source.utf8))
            let norm = escape(doc.norm(of: t))
            out.append(contentsOf: "\(id)\t\(t.span.start)\t\(t.span.end)\t\(text)\t\(norm)\t\(t.kind)\n".utf8)
        }
        return out
    }

    static func escape(_ s: String) -> String {
        guard s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" || $0 == "\r" }) else { return s }
        var r = ""
        for c in s {
            switch c {
            case "\t": r += "\\t"
            case "\n": r += "\\n"
            case "\r": r += "\\r"
            case "\\": r += "\\\\"
            default: r.append(c)
            }
        }
        return r
    }
}
