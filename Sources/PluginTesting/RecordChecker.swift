import Toolkit

/// Checks one encoded record against the output contract as it reads it (no tree, so a
/// record of a huge document checks quickly): valid JSON on one line, the id and length, and
/// every span (any object with `start`/`end`) in bounds with `text` equal to the original
/// slice (and `bytes`, when present, on the matching UTF-8 offsets).
struct RecordChecker: JSONEventHandler {
    let input: String
    let source: SourceText
    /// Byte offset of every scalar offset (scalarCount + 1 entries).
    private let offsets: [Int]
    private(set) var violations: [ConformanceViolation] = []
    /// Top-level keys of the record, in order.
    private(set) var recordKeys: [String] = []

    private enum Step { case key(String), index(Int) }

    /// An open object: the member being read and what it has said about a span so far.
    private struct Object {
        var key = ""
        var start: Int?
        var end: Int?
        var hasStart = false
        var hasEnd = false
        var text: [UInt8]?
        var bytes: [Int]?
    }

    private enum Frame {
        case object(Object)
        case array(index: Int, ints: [Int]?)
    }

    private var stack: [Frame] = []
    private var path: [Step] = []
    private var id: String?
    private var length: Int?

    init(input: String, source: SourceText) {
        self.input = input
        self.source = source
        var table: [Int] = []
        table.reserveCapacity(source.scalarCount + 1)
        source.utf8.withUnsafeBufferPointer { b in
            for i in 0..<b.count where b[i] & 0xC0 != 0x80 { table.append(i) }
        }
        table.append(source.utf8.count)
        offsets = table
    }

    mutating func report(_ path: String?, _ message: String) {
        violations.append(ConformanceViolation(input: input, path: path, message: message))
    }

    /// Reads and checks a record (a JSON line with its newline).
    mutating func check(record bytes: [UInt8], id expected: String) {
        guard bytes.last == 0x0A, !bytes.dropLast().contains(0x0A) else {
            report(nil, "the record is not exactly one line")
            return
        }
        do {
            try bytes.withUnsafeBufferPointer { b throws(JSONSyntaxError) in
                try JSONReader.read(UnsafeBufferPointer(rebasing: b.dropLast()), into: &self)
            }
        } catch {
            report(nil, "the record is not valid JSON: \(error)")
            return
        }
        if id != expected { report("id", "expected \"\(expected)\"") }
        if length != source.scalarCount { report("length", "expected \(source.scalarCount) scalars") }
    }

    // MARK: Events

    mutating func beginObject() { stack.append(.object(Object())) }

    mutating func key(_ key: JSONString) {
        guard case .object(var o) = stack.removeLast() else { return }
        o.key = key.string
        stack.append(.object(o))
        if stack.count == 1 { recordKeys.append(o.key) }
        path.append(.key(o.key))
    }

    mutating func endObject() {
        guard case .object(let o) = stack.removeLast() else { return }
        if stack.isEmpty { return }
        if o.hasStart || o.hasEnd { checkSpan(o) }
        valueDone()
    }

    mutating func beginArray() {
        let collects = { if case .object(let o)? = stack.last, o.key == "bytes" { true } else { false } }()
        stack.append(.array(index: 0, ints: collects ? [] : nil))
        path.append(.index(0))
    }

    mutating func endArray() {
        path.removeLast()
        guard case .array(_, let ints) = stack.removeLast() else { return }
        if let ints, case .object(var o)? = stack.last {
            o.bytes = ints
            stack[stack.count - 1] = .object(o)
        }
        valueDone()
    }

    mutating func string(_ value: JSONString) {
        if case .object(var o)? = stack.last {
            if stack.count == 1, o.key == "id" { id = value.string }
            if o.key == "text" { o.text = value.bytes; stack[stack.count - 1] = .object(o) }
        }
        valueDone()
    }

    mutating func number(_ raw: UnsafeBufferPointer<UInt8>) {
        let int = Self.integer(raw)
        switch stack.last {
        case .object(var o)?:
            if stack.count == 1, o.key == "length" { length = int }
            if o.key == "start" { o.hasStart = true; o.start = int }
            if o.key == "end" { o.hasEnd = true; o.end = int }
            stack[stack.count - 1] = .object(o)
        case .array(let i, var ints?)?:
            ints.append(int ?? -1)
            stack[stack.count - 1] = .array(index: i, ints: ints)
        default:
            break
        }
        valueDone()
    }

    mutating func bool(_ value: Bool) { markNonInteger(); valueDone() }
    mutating func null() { markNonInteger(); valueDone() }

    /// A `start` or `end` that is not a number still makes the object a (broken) span.
    private mutating func markNonInteger() {
        guard case .object(var o)? = stack.last else { return }
        if o.key == "start" { o.hasStart = true }
        if o.key == "end" { o.hasEnd = true }
        stack[stack.count - 1] = .object(o)
    }

    /// After a value: leave the member (objects) or move to the next index (arrays).
    private mutating func valueDone() {
        guard let top = stack.last else { return }
        switch top {
        case .object:
            if !path.isEmpty { path.removeLast() }
        case .array(let i, let ints):
            stack[stack.count - 1] = .array(index: i + 1, ints: ints)
            path[path.count - 1] = .index(i + 1)
        }
    }

    // MARK: Checks

    private var pathText: String {
        var s = ""
        for step in path {
            switch step {
            case .key(let k): s += s.isEmpty ? k : ".\(k)"
            case .index(let i): s += "[\(i)]"
            }
        }
        return s
    }

    private mutating func checkSpan(_ o: Object) {
        let here = pathText
        guard let s = o.start, let e = o.end else {
            report(here, "start and end must both be integers")
            return
        }
        guard 0 <= s, s <= e, e <= source.scalarCount else {
            report(here, "span [\(s), \(e)) is outside the text (\(source.scalarCount) scalars)")
            return
        }
        let slice = source.utf8[offsets[s]..<offsets[e]]
        if let text = o.text {
            if !text.elementsEqual(slice) {
                report(here, "text \(String(decoding: text, as: UTF8.self).debugDescription) is not the original slice [\(s), \(e)): \(String(decoding: slice, as: UTF8.self).debugDescription)")
            }
        } else {
            report(here, "span without its text")
        }
        if let bytes = o.bytes, bytes != [offsets[s], offsets[e]] {
            report(here, "bytes \(bytes) do not match the span (expected [\(offsets[s]), \(offsets[e])])")
        }
    }

    /// An integer written as one (`-12`, `40`); nil for fractions, exponents and overflow.
    private static func integer(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0, negative = false, v = 0
        if raw.first == 0x2D { negative = true; i = 1 }
        guard i < raw.count else { return nil }
        while i < raw.count {
            let d = raw[i]
            guard (0x30...0x39).contains(d) else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(d - 0x30))
            if o1 || o2 { return nil }
            v = a
            i += 1
        }
        return negative ? -v : v
    }
}
