import Plugins
import SharedTestData
import Testing
import Toolkit

/// Properties every result must have, checked over whole articles.
struct NumberPropertyTests {
    static func articles() -> [String] {
        var texts = [
            "قتل ثلاثة مدنيين، وأصيب ١٢ آخرون بينهم طفلان، فيما نزح نحو ٤٠ ألفاً خلال الأسبوعين الماضيين.",
            "ارتفع المؤشر 2.45% إلى 1582.81 دولار، بين 1560 و1585، بعد أكثر من 3 مليارات يورو (٢٠١٥/٢٠١٦).",
        ]
        for name in SharedData.files(in: "corpus/seeds") where name.hasSuffix(".txt") {
            if let bytes = SharedData.file("corpus/seeds/" + name) { texts.append(String(decoding: bytes, as: UTF8.self)) }
        }
        return texts
    }

    @Test func spansAreOrderedNestedAndInsideTheText() {
        for text in Self.articles() {
            let length = text.unicodeScalars.count
            let found = NumbersHarness.numbers(text)
            var previousEnd = 0
            for m in found {
                #expect(m.span.start >= previousEnd, "overlap at \(m.span)")
                #expect(m.span.end <= length)
                #expect(m.span.contains(m.core), "core \(m.core) outside \(m.span)")
                #expect(!m.core.isEmpty)
                let core = NumbersHarness.slice(text, m.core)
                #expect(core.first.map { !$0.isWhitespace } ?? false, "core «\(core)» starts with a space")
                #expect(core.last.map { !$0.isWhitespace } ?? false, "core «\(core)» ends with a space")
                switch m.kind {
                case .range: #expect(m.value == nil && m.min != nil && m.max != nil && m.min! < m.max!)
                case .vague: #expect(m.value == nil)
                default: #expect(m.value != nil, "\(m.kind) without a value at \(m.span)")
                }
                previousEnd = m.span.end
            }
        }
    }

    @Test func sameResultsWithAndWithoutNormalize() {
        for text in Self.articles() {
            let a = NumbersHarness.numbers(text), b = NumbersHarness.numbers(text, normalized: false)
            #expect(a == b)
        }
    }
}
