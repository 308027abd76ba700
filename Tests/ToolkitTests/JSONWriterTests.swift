import Testing
import Toolkit

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("commas, nesting, keys and every kind of value, byte for byte")
    func exactBytes() {
        var json = JSONWriter(capacity: 1)
        json.beginObject()
        json.field("a", 0)
        json.key("b"); json.beginArray(); json.int(-12); json.int(Int.min); json.int(Int.max); json.endArray()
        json.key("c"); json.beginObject(); json.endObject()
        json.key("d"); json.beginArray(); json.beginArray(); json.endArray(); json.null(); json.bool(true); json.bool(false); json.endArray()
        json.key("dynamic \"key\"")
        json.double(2.5)
        json.field("e", 40000.0)
        json.field("f", Double.nan)
        json.field("g", "q\"\\/\n\r\t\u{1}é 😀")
        json.key("h"); json.string(static: "word")
        json.key("i"); json.raw(Array("[1,2]".utf8))
        json.endObject()
        let expected = #"{"a":0,"b":[-12,-9223372036854775808,9223372036854775807],"c":{},"d":[[],null,true,false],"# +
            #""dynamic \"key\"":2.5,"e":40000,"f":null,"g":"q\"\\/\n\r\t\u0001é 😀","h":"word","i":[1,2]}"#
        #expect(String(decoding: json.bytes, as: UTF8.self) == expected)
        #expect(json.line() == Array((expected + "\n").utf8))
    }

    @Test("UTF-16 input: pairs joined, lone surrogates written as U+FFFD, controls escaped")
    func utf16() {
        let units: [UInt16] = [0x0627, 0xD83D, 0xDE00, 0xD800, 0x41, 0xDC00, 0x0A, 0x22, 0x4E2D]
        var json = JSONWriter()
        units.withUnsafeBufferPointer { json.string(utf16: $0) }
        #expect(String(decoding: json.bytes, as: UTF8.self) == "\"ا😀\u{FFFD}A\u{FFFD}\\n\\\"中\"")
    }

    @Test("a copied writer does not share what either writes next")
    func copyOnWrite() {
        var a = JSONWriter(capacity: 8)
        a.beginArray()
        a.int(1)
        var b = a
        a.int(2)
        b.string("x")
        a.endArray()
        b.endArray()
        #expect(String(decoding: a.bytes, as: UTF8.self) == "[1,2]")
        #expect(String(decoding: b.bytes, as: UTF8.self) == #"[1,"x"]"#)
    }

    /// A random value: nested containers, strings of scalars chosen to hit every escape and
    /// every UTF-8 length (with runs long and short around the eight-byte scan), and integers.
    private static func randomValue(_ rng: inout SplitMix, depth: Int) -> JSONNode {
        switch rng.next() % (depth > 3 ? 3 : 5) {
        case 0:
            let pool: [Unicode.Scalar] = ["a", "\"", "\\", "/", "\n", "\u{0}", "\u{1F}", " ", "é", "ا", "ـ", "中", "😀", "\u{7F}"]
            var s = String.UnicodeScalarView()
            for _ in 0..<Int(rng.next() % 40) { s.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            return .string(String(s))
        case 1: return .number(String(Int64(bitPattern: rng.next()) >> Int64(rng.next() % 64)))
        case 2: return [.null, .bool(true), .bool(false)][Int(rng.next() % 3)]
        case 3: return .array((0..<Int(rng.next() % 5)).map { _ in randomValue(&rng, depth: depth + 1) })
        default:
            return .object(JSONObject((0..<Int(rng.next() % 5)).map { k in (key: "k\(k)\u{22}", value: randomValue(&rng, depth: depth + 1)) }))
        }
    }

    @Test("integers print as Swift prints them")
    func integers() {
        var rng = SplitMix(seed: 3)
        for _ in 0..<2000 {
            let v = Int(truncatingIfNeeded: Int64(bitPattern: rng.next()) >> Int64(rng.next() % 64))
            var json = JSONWriter(capacity: 1)
            json.int(v)
            #expect(String(decoding: json.bytes, as: UTF8.self) == String(v))
        }
    }

    @Test("random documents read back as written")
    func roundTrip() throws {
        var rng = SplitMix(seed: 7)
        for _ in 0..<500 {
            let value = Self.randomValue(&rng, depth: 0)
            var json = JSONWriter(capacity: 16)
            value.write(to: &json)
            #expect(try JSONNode.parse(json.bytes) == value)
        }
    }
}

/// A small seeded generator, so that a failure can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
