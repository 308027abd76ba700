/// Splits a word at a full stop glued between two Arabic words (`المعركة.وقال`), which scraped
/// news leaves where a sentence ends and ICU keeps as one word. Both sides must have at least
/// three Arabic letters, so initials and abbreviations (`د.يحيى`، `ع.م.ح`) stay whole.
public struct GluedPeriodFilter: TokenFilter {
    public init() {}

    public func isNeeded(_ hints: TextHints) -> Bool { hints.periodInWord }

    public func apply(_ tokens: inout [Token], in text: NormalizedText) {
        text.utf16.withUnsafeBufferPointer { u in
            func letters(_ r: Range<Int>) -> Int { r.reduce(0) { $0 + (CharClass.isArabicLetter(u[$1]) && u[$1] != 0x0640 ? 1 : 0) } }
            func splitPoints(_ t: Token) -> [Int] {
                guard t.kind == .word, t.normRange.count >= 7, t.normRange.contains(where: { u[$0] == 0x2E }) else { return [] }
                var points: [Int] = []
                var start = t.normRange.lowerBound
                for i in t.normRange where u[i] == 0x2E {
                    let rest = i + 1..<t.normRange.upperBound
                    let next = rest.firstIndex { u[$0] == 0x2E } ?? rest.upperBound
                    if letters(start..<i) >= 3, letters(i + 1..<next) >= 3, i > start, CharClass.isArabicLetter(u[i - 1]),
                       i + 1 < t.normRange.upperBound, CharClass.isArabicLetter(u[i + 1]) {
                        points.append(i)
                    }
                    start = i + 1
                }
                return points
            }
            guard tokens.contains(where: { !splitPoints($0).isEmpty }) else { return }
            var out: [Token] = []
            out.reserveCapacity(tokens.count + 4)
            for t in tokens {
                let points = splitPoints(t)
                guard !points.isEmpty else { out.append(t); continue }
                var start = t.normRange.lowerBound
                for p in points {
                    out.append(text.token(start..<p, .word))
                    out.append(text.token(p..<p + 1, .punct))
                    start = p + 1
                }
                out.append(text.token(start..<t.normRange.upperBound, .word))
            }
            tokens = out
        }
    }
}
