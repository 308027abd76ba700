import Toolkit

/// Checks one encoded record against the output contract: valid JSON on one line, the id and
/// length, and every span (any object with `start`/`end`) in bounds with `text` equal to the
/// original slice (`bytes`, when present, on UTF-8 boundaries and matching too).
struct RecordChecker {
    let input: String
    let source: SourceText
    /// Byte offset of every scalar offset (scalarCount + 1 entries).
    private let offsets: [Int]
    private(set) var violations: [ConformanceViolation] = []

    init(input: String, source: SourceText) {
        self.input = input
        self.source = source
        var table: [Int] = []
        table.reserveCapacity(source.scalarCount + 1)
        for (i, b) in source.utf8.enumerated() where b & 0xC0 != 0x80 { table.append(i) }
        table.append(source.utf8.count)
        offsets = table
    }

    mutating func report(_ path: String?, _ message: String) {
        violations.append(ConformanceViolation(input: input, path: path, message: message))
    }

    /// Parses and checks a record; returns it for further checks.
    mutating func check(record bytes: [UInt8], id: String) -> JSONObject? {
        guard bytes.last == 0x0A, !bytes.dropLast().contains(0x0A) else {
            report(nil, "the record is not exactly one line")
            return nil
        }
        let node: JSONNode
        do { node = try JSONNode.parse(Array(bytes.dropLast())) } catch {
            report(nil, "the record is not valid JSON: \(error)")
            return nil
        }
        guard let record = node.object else { report(nil, "the record is not a JSON object"); return nil }
        if record["id"]?.string != id { report("id", "expected \"\(id)\"") }
        if record["length"]?.int != source.scalarCount { report("length", "expected \(source.scalarCount) scalars") }
        for (key, value) in record.members where key != "id" && key != "length" { walk(value, path: key) }
        return record
    }

    private mutating func walk(_ node: JSONNode, path: String) {
        switch node {
        case .array(let items):
            for (i, item) in items.enumerated() { walk(item, path: "\(path)[\(i)]") }
        case .object(let o):
            if o["start"] != nil || o["end"] != nil { checkSpan(o, path: path) }
            for (k, v) in o.members { walk(v, path: "\(path).\(k)") }
        default:
            break
        }
    }

    private mutating func checkSpan(_ o: JSONObject, path: String) {
        guard let s = o["start"]?.int, let e = o["end"]?.int else {
            report(path, "start and end must both be integers")
            return
        }
        guard 0 <= s, s <= e, e <= source.scalarCount else {
            report(path, "span [\(s), \(e)) is outside the text (\(source.scalarCount) scalars)")
            return
        }
        let slice = Array(source.utf8[offsets[s]..<offsets[e]])
        if let text = o["text"] {
            if text.string.map({ Array($0.utf8) }) != slice {
                report(path, "text \(text.jsonText) is not the original slice [\(s), \(e)): \(String(decoding: slice, as: UTF8.self).debugDescription)")
            }
        } else {
            report(path, "span without its text")
        }
        if let bytes = o["bytes"] {
            guard let pair = bytes.array, pair.count == 2, let bs = pair[0].int, let be = pair[1].int else {
                report(path, "bytes must be [start, end]")
                return
            }
            if bs != offsets[s] || be != offsets[e] {
                report(path, "bytes [\(bs), \(be)) do not match the span (expected [\(offsets[s]), \(offsets[e])))")
            }
        }
    }
}
