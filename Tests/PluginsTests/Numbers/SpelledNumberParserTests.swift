@testable import Plugins
import Testing

struct SpelledNumberParserTests {
    typealias A = NumberAtom

    static func unit(_ v: Double, and: Bool = false) -> A { A(kind: .unit, value: v, joined: and) }
    static func ten(_ v: Double, and: Bool = false) -> A { A(kind: .ten, value: v, joined: and) }
    static func hundred(_ v: Double, and: Bool = false) -> A { A(kind: .hundred, value: v, joined: and) }
    static func digits(_ v: Double, and: Bool = false) -> A { A(kind: .digits, value: v, joined: and) }
    static func scale(_ v: Double, _ c: Lexeme.Cardinal.Count = .one, and: Bool = false, tanween: Bool = false) -> A {
        A(kind: .scale, value: v, count: c, joined: and, tanween: tanween)
    }

    @Test func composesArabicOrder() {
        // خمسمائة وخمسة وعشرون
        #expect(SpelledNumberParser.compose([Self.hundred(500), Self.unit(5, and: true), Self.ten(20, and: true)])
            == Composition(value: 525, atoms: 3, scale: nil))
        // ثلاث مائة
        #expect(SpelledNumberParser.compose([Self.unit(3), Self.hundred(100)])?.value == 300)
        // ثلاثة عشر
        #expect(SpelledNumberParser.compose([Self.unit(3), Self.unit(10)])?.value == 13)
        // أحد عشر (a teen head alone is nothing)
        #expect(SpelledNumberParser.compose([A(kind: .teen, value: 1), Self.unit(10)])?.value == 11)
        #expect(SpelledNumberParser.compose([A(kind: .teen, value: 1)]) == nil)
    }

    @Test func multipliesAndAddsScales() {
        // ثلاثة آلاف
        #expect(SpelledNumberParser.compose([Self.unit(3), Self.scale(1000, .many)])?.value == 3000)
        // 40 ألف
        #expect(SpelledNumberParser.compose([Self.digits(40), Self.scale(1000)]) == Composition(value: 40000, atoms: 2, scale: 1000))
        // مليونان و300 ألف
        #expect(SpelledNumberParser.compose([Self.scale(1e6, .two), Self.digits(300, and: true), Self.scale(1000)])?.value == 2_300_000)
        // ألف وتسعمائة وخمسين
        #expect(SpelledNumberParser.compose([Self.scale(1000), Self.hundred(900, and: true), Self.ten(50, and: true)])?.value == 1950)
        // مليون ونصف
        #expect(SpelledNumberParser.compose([Self.scale(1e6), A(kind: .fraction, value: 0.5, joined: true)])?.value == 1_500_000)
        // نصف مليون
        #expect(SpelledNumberParser.compose([A(kind: .fraction, value: 0.5), Self.scale(1e6)])?.value == 500_000)
    }

    @Test func tanweenDecidesBetweenOneAndTwo() {
        #expect(SpelledNumberParser.compose([Self.scale(1000, .tanween)])?.value == 2000)  // ألفا شخص
        #expect(SpelledNumberParser.compose([Self.scale(1000, .tanween, tanween: true)])?.value == 1000)  // ألفاً
        #expect(SpelledNumberParser.compose([Self.digits(20), Self.scale(1000, .tanween, tanween: true)])?.value == 20000)
    }

    @Test func leavesSeparateNumbersApart() {
        // 500 و600: two numbers (a range), not 1100.
        #expect(SpelledNumberParser.compose([Self.digits(500), Self.digits(600, and: true)])?.atoms == 1)
        // عشرين وثلاثين
        #expect(SpelledNumberParser.compose([Self.ten(20), Self.ten(30, and: true)])?.atoms == 1)
        // عشرة وعشرين: ten and twenty, not thirty
        #expect(SpelledNumberParser.compose([Self.unit(10), Self.ten(20, and: true)])?.atoms == 1)
        // آلاف alone is vague, not a cardinal
        #expect(SpelledNumberParser.compose([Self.scale(1000, .many)]) == nil)
        // a larger scale after a smaller one ends the number
        #expect(SpelledNumberParser.compose([Self.scale(1000), Self.scale(1e6, and: true)])?.atoms == 1)
    }

    @Test func egyptianHundredsTakeUnitsWithoutAnd() {
        // متين تلاتة وستين
        #expect(SpelledNumberParser.compose([Self.hundred(200), Self.unit(3), Self.ten(60, and: true)])?.value == 263)
    }
}
