/// A small HTML reader for checking the page the HTML format writes: tokens (tags with their
/// attributes, text with references resolved), whether every element is closed in order, and,
/// per document, the text and the scalar ranges each highlight covers.
struct HTMLInspector {
    enum Token: Equatable {
        case open(name: String, attributes: [String: String], selfClosing: Bool)
        case close(String)
        case text(String)
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    static let rawTextElements: Set<String> = ["script", "style"]

    private(set) var tokens: [Token] = []
    private(set) var problems: [String] = []

    init(_ html: String) {
        let s = Array(html.unicodeScalars)
        var i = 0
        var text = ""
        func flush() {
            if !text.isEmpty { tokens.append(.text(text)); text = "" }
        }
        func starts(_ p: String, at k: Int) -> Bool {
            let q = Array(p.unicodeScalars)
            return k + q.count <= s.count && Array(s[k..<k + q.count]).map { Character($0).lowercased() } == q.map { Character($0).lowercased() }
        }
        func find(_ p: String, from k: Int) -> Int? {
            var j = k
            while j < s.count { if starts(p, at: j) { return j }; j += 1 }
            return nil
        }
        while i < s.count {
            if s[i] == "&" {
                let (scalar, next) = Self.reference(s, at: i)
                if let scalar { text.unicodeScalars.append(scalar) } else { problems.append("bare & at \(i)") }
                i = next
                continue
            }
            guard s[i] == "<" else { text.unicodeScalars.append(s[i]); i += 1; continue }
            flush()
            if starts("<!--", at: i) {
                i = (find("-->", from: i + 4) ?? s.count - 3) + 3
                continue
            }
            if starts("<!", at: i) {
                i = (find(">", from: i) ?? s.count - 1) + 1
                continue
            }
            let closing = i + 1 < s.count && s[i + 1] == "/"
            var j = i + (closing ? 2 : 1)
            var name = ""
            while j < s.count, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) {
                name.unicodeScalars.append(s[j]); j += 1
            }
            name = name.lowercased()
            guard !name.isEmpty else { problems.append("stray < at \(i)"); text.unicodeScalars.append("<"); i += 1; continue }
            var attributes: [String: String] = [:]
            var selfClosing = false
            while j < s.count, s[j] != ">" {
                if s[j] == " " || s[j] == "\n" || s[j] == "\t" { j += 1; continue }
                if s[j] == "/" { selfClosing = true; j += 1; continue }
                var key = ""
                while j < s.count, !" =>/\n\t".unicodeScalars.contains(s[j]) { key.unicodeScalars.append(s[j]); j += 1 }
                var value = ""
                if j < s.count, s[j] == "=" {
                    j += 1
                    let quote = s[j]
                    guard quote == "\"" || quote == "'" else { problems.append("unquoted attribute \(key)"); break }
                    j += 1
                    while j < s.count, s[j] != quote {
                        if s[j] == "&" {
                            let (scalar, next) = Self.reference(s, at: j)
                            if let scalar { value.unicodeScalars.append(scalar) } else { problems.append("bare & in \(key)") }
                            j = next
                        } else {
                            if s[j] == "<" { problems.append("raw < in attribute \(key)") }
                            value.unicodeScalars.append(s[j]); j += 1
                        }
                    }
                    j += 1
                }
                if attributes[key] != nil { problems.append("duplicate attribute \(key)") }
                attributes[key.lowercased()] = value
            }
            i = j + 1
            if closing {
                tokens.append(.close(name))
                continue
            }
            tokens.append(.open(name: name, attributes: attributes, selfClosing: selfClosing))
            if Self.rawTextElements.contains(name) {
                let end = find("</\(name)", from: i) ?? s.count
                let raw = String(String.UnicodeScalarView(s[i..<end]))
                if !raw.isEmpty { tokens.append(.text(raw)) }
                i = end
            }
        }
        flush()
    }

    /// Resolves the character reference at `k` (`&amp;`, `&#13;`, `&#x27;`…).
    private static func reference(_ s: [Unicode.Scalar], at k: Int) -> (Unicode.Scalar?, Int) {
        guard let semi = s[k...].prefix(12).firstIndex(of: ";") else { return (nil, k + 1) }
        let body = String(String.UnicodeScalarView(s[(k + 1)..<semi]))
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        if let n = named[body] { return (n.unicodeScalars.first, semi + 1) }
        var value: UInt32?
        if body.hasPrefix("#x") || body.hasPrefix("#X") { value = UInt32(body.dropFirst(2), radix: 16) }
        else if body.hasPrefix("#") { value = UInt32(body.dropFirst(), radix: 10) }
        return (value.flatMap(Unicode.Scalar.init), semi + 1)
    }

    /// Problems of structure: stray text markup, and elements closed out of order or never.
    func structureProblems() -> [String] {
        var found = problems
        var stack: [String] = []
        for t in tokens {
            switch t {
            case .open(let name, _, let selfClosing):
                if !selfClosing && !Self.voidElements.contains(name) { stack.append(name) }
            case .close(let name):
                if stack.last == name { stack.removeLast() } else {
                    found.append("</\(name)> closes <\(stack.last ?? "nothing")>")
                }
            case .text: break
            }
        }
        if !stack.isEmpty { found.append("never closed: \(stack)") }
        return found
    }

    /// One highlighted part: which item of which layer, in which role.
    struct Part: Hashable, CustomStringConvertible {
        var layer: String
        var item: Int
        var role: String
        var description: String { "\(layer)[\(item)].\(role)" }
    }

    /// One `<div class="text">`: its text (tags stripped, references resolved), the scalar
    /// ranges of every highlight element (fragments of a part merged when adjacent), and the
    /// attributes of each highlight element.
    struct DocumentText {
        var text = ""
        var parts: [Part: [Range<Int>]] = [:]
        var elements: [[String: String]] = []
    }

    /// Every document text of the page, in order.
    func documentTexts() -> [DocumentText] {
        var docs: [DocumentText] = []
        var current: DocumentText?
        var depth = 0
        var offset = 0
        var open: [(attributes: [String: String], start: Int)] = []
        for t in tokens {
            switch t {
            case .open(let name, let attributes, _):
                if current == nil {
                    if name == "div", attributes["class"] == "text" { current = DocumentText(); depth = 0; offset = 0 }
                    continue
                }
                depth += 1
                open.append((attributes, offset))
                current?.elements.append(attributes)
            case .close:
                guard current != nil else { continue }
                if depth == 0 { docs.append(current!); current = nil; continue }
                depth -= 1
                let (a, start) = open.removeLast()
                if let layer = a["data-layer"], let item = a["data-item"].flatMap({ Int($0) }), let role = a["data-role"] {
                    let key = Part(layer: layer, item: item, role: role)
                    var ranges = current!.parts[key] ?? []
                    if let last = ranges.last, last.upperBound == start { ranges[ranges.count - 1] = last.lowerBound..<offset }
                    else if let first = ranges.first, first.lowerBound == offset { ranges[0] = start..<first.upperBound }
                    else { ranges.append(start..<offset) }
                    current!.parts[key] = ranges.sorted { $0.lowerBound < $1.lowerBound }
                }
            case .text(let s):
                guard current != nil else { continue }
                current!.text += s
                offset += s.unicodeScalars.count
            }
        }
        return docs
    }
}
