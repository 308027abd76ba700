/// Builds a ``JSONNode`` from reader events: a stack of open arrays and objects.
struct JSONTreeBuilder: JSONEventHandler {
    private enum Open {
        case array([JSONNode])
        case object([(key: String, value: JSONNode)], key: String)
    }

    private var stack: [Open] = []
    private(set) var result: JSONNode = .null

    private mutating func add(_ v: JSONNode) {
        guard let top = stack.popLast() else { result = v; return }
        switch top {
        case .array(var items):
            items.append(v)
            stack.append(.array(items))
        case .object(var members, let key):
            members.append((key, v))
            stack.append(.object(members, key: ""))
        }
    }

    mutating func beginObject() { stack.append(.object([], key: "")) }

    mutating func key(_ key: JSONString) {
        if case .object(let members, _) = stack.popLast()! { stack.append(.object(members, key: key.string)) }
    }

    mutating func endObject() {
        if case .object(let members, _) = stack.popLast()! { add(.object(JSONObject(members))) }
    }

    mutating func beginArray() { stack.append(.array([])) }

    mutating func endArray() {
        if case .array(let items) = stack.popLast()! { add(.array(items)) }
    }

    mutating func string(_ value: JSONString) { add(.string(value.string)) }
    mutating func number(_ raw: UnsafeBufferPointer<UInt8>) { add(.number(String(decoding: raw, as: UTF8.self))) }
    mutating func bool(_ value: Bool) { add(.bool(value)) }
    mutating func null() { add(.null) }
}
