/// Splits tokens where Arabic letters meet Latin (or other-script) letters or digits, which ICU
/// keeps together: `الـCNN` → `الـ` `CNN`, `كلم2` → `كلم` `2`, `ب200` → `ب` `200`.
/// Latin alphanumerics (`G20`, `MP3`) stay whole.
public struct ScriptBoundaryFilter: TokenFilter {
    public init() {}

    private enum Class { case arabic, other, digit, joiner }

    public func apply(_ tokens: inout [Token], in text: NormalizedText) {
        text.utf16.withUnsafeBufferPointer { u in
            func cls(_ c: UInt16) -> Class {
                if CharClass.isDigit(c) { return .digit }
                if CharClass.isArabicLetter(c) { return .arabic }
                if c < 0x80 ? CharClass.isASCIILetter(c) : CharClass.isOtherLetter(c) { return .other }
                return .joiner  // marks, separators inside numbers, apostrophes: stay with their run
            }
            func needsSplit(_ t: Token) -> Bool {
                guard t.kind == .word || t.kind == .number, t.normRange.count > 1 else { return false }
                var hasArabic = false, hasOther = false
                for i in t.normRange {
                    switch cls(u[i]) {
                    case .arabic: hasArabic = true
                    case .other, .digit: hasOther = true
                    case .joiner: break
                    }
                }
                return hasArabic && hasOther
            }
            guard tokens.contains(where: needsSplit) else { return }
            var out: [Token] = []
            out.reserveCapacity(tokens.count + 8)
            for t in tokens {
                guard needsSplit(t) else { out.append(t); continue }
                var start = t.normRange.lowerBound
                var current = cls(u[start])
                // Digits and Latin letters form one run (G20); only Arabic vs the rest splits.
                func group(_ c: Class) -> Int { c == .arabic ? 0 : (c == .joiner ? -1 : 1) }
                var runGroup = group(current)
                for i in t.normRange.dropFirst() {
                    let c = cls(u[i])
                    let g = group(c)
                    if g >= 0, runGroup >= 0, g != runGroup {
                        out.append(piece(start..<i, text: text, u: u))
                        start = i
                        runGroup = g
                    } else if runGroup < 0 {
                        runGroup = g
                    }
                    current = c
                }
                out.append(piece(start..<t.normRange.upperBound, text: text, u: u))
            }
            tokens = out
        }
    }

    private func piece(_ r: Range<Int>, text: NormalizedText, u: UnsafeBufferPointer<UInt16>) -> Token {
        let allDigits = r.allSatisfy { CharClass.isDigit(u[$0]) || [0x2E, 0x2C, 0x066B, 0x066C].contains(u[$0]) }
            && CharClass.isDigit(u[r.lowerBound])
        return text.token(r, allDigits ? .number : .word)
    }
}
