import Testing
import Toolkit

@Suite("JSON reader")
struct JSONReaderTests {
    @Test("values round-trip with member order and numbers as written")
    func roundTrip() throws {
        let text = #"{"b":[1,2.50,-3e2,true,false,null],"a":{"x":"\"q\" \\ \/ \n é 😀"},"empty":{},"none":[]}"#
        let node = try JSONNode.parse(text)
        #expect(node["b"]?.array?.count == 6)
        #expect(node["b"]?.array?[1] == .number("2.50"))
        #expect(node["b"]?.array?[2].int == -300)
        #expect(node["a"]?["x"]?.string == "\"q\" \\ / \n é 😀")
        #expect(node.object?.keys == ["b", "a", "empty", "none"])
        #expect(node.jsonText == #"{"b":[1,2.50,-3e2,true,false,null],"a":{"x":"\"q\" \\ / \n é 😀"},"empty":{},"none":[]}"#)
    }

    @Test("escapes: surrogate pairs join, lone surrogates become U+FFFD")
    func escapes() throws {
        #expect(try JSONNode.parse(#""\ud83d\ude00 \u0627""#).string == "😀 ا")
        #expect(try JSONNode.parse(#""\ud83d x \ude00""#).string == "\u{FFFD} x \u{FFFD}")
    }

    @Test("malformed input is refused with the offset", arguments: [
        ("[1,]", 3), ("{\"a\" 1}", 5), ("01", 1), ("\"abc", 4), ("[1] x", 4), ("", 0), ("\"\\x\"", 2), ("tru", 0), ("-", 1),
    ])
    func malformed(text: String, offset: Int) {
        #expect { try JSONNode.parse(text) } throws: { ($0 as? JSONSyntaxError)?.offset == offset }
    }

    @Test("nesting is bounded")
    func depth() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONSyntaxError.self) { try JSONNode.parse(deep) }
    }
}
