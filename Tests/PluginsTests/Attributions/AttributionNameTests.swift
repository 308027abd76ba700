import Testing
@testable import Plugins

@Suite("Attribution names")
struct AttributionNameTests {
    /// The definition: drop quotation marks, brackets and tatweel as characters, then collapse
    /// spaces.
    private func reference(_ text: String) -> String {
        String(text.filter { !AttributionSource.nameDrops.contains($0) }).split(separator: " ").joined(separator: " ")
    }

    @Test("names lose marks, brackets, tatweel and extra spaces")
    func examples() {
        #expect(AttributionSource.cleanName("  وكالة «رويترز»  ") == "وكالة رويترز")
        #expect(AttributionSource.cleanName("قوات \"سوريا الديمقراطية\" (قسد)") == "قوات سوريا الديمقراطية قسد")
        #expect(AttributionSource.cleanName("الـمرصد") == "المرصد")
    }

    @Test("equal to the character-level definition on random text, marks and joiners included")
    func matchesCharacters() {
        // Spaces and dropped characters next to combining marks, joiners and prepended signs:
        // the cases where characters and scalars differ.
        let pool: [Unicode.Scalar] = [" ", "\"", "«", "»", "(", ")", "ـ", "'", "“", "”", "‹", "›", "„",
                                      "ا", "ل", "م", "\u{064E}", "\u{0651}", "\u{0301}", "\u{200D}", "\u{200C}",
                                      "\u{0600}", "\u{06DD}", "a", "\u{0903}", "😀", "\u{1F3FB}"]
        var state: UInt64 = 11
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<(next() % 12) { s.append(pool[next() % pool.count]) }
            let text = String(s)
            #expect(AttributionSource.cleanName(text) == reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
