/// A UTF-8 buffer of HTML under construction, with escaping for text and attribute values.
///
/// Escaping keeps the text exact: `&`, `<`, `>` become references, and so does CR (`&#13;`),
/// which an HTML parser would otherwise turn into LF. Attribute values (always written in
/// double quotes) also escape `"` and line feeds.
struct HTMLText {
    var bytes: [UInt8] = []

    /// Appends markup as it is.
    mutating func append(raw: String) { bytes.append(contentsOf: raw.utf8) }

    /// Appends text content, escaped.
    mutating func append(text: String) { escape(text.utf8, attribute: false) }

    /// Appends text content given as UTF-8 bytes, escaped.
    mutating func append(text: ArraySlice<UInt8>) { escape(text, attribute: false) }

    /// Appends text content, escaped, between two pieces of markup (`<h2>`, `</h2>`).
    mutating func append(text: String, between open: String, and close: String) {
        append(raw: open)
        append(text: text)
        append(raw: close)
    }

    /// Appends an attribute value (without the quotes), escaped.
    mutating func append(attribute: String) { escape(attribute.utf8, attribute: true) }

    private mutating func escape<C: Collection<UInt8>>(_ utf8: C, attribute: Bool) {
        for b in utf8 {
            switch b {
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x0D: bytes.append(contentsOf: "&#13;".utf8)
            case 0x22 where attribute: bytes.append(contentsOf: "&quot;".utf8)
            case 0x0A where attribute: bytes.append(contentsOf: "&#10;".utf8)
            default: bytes.append(b)
            }
        }
    }
}
