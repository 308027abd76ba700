/// Splits tokens where Arabic letters meet Latin (or other-script) letters or digits, which ICU
/// keeps together: `الـCNN` → `الـ` `CNN`, `كلم2` → `كلم` `2`, `ب200` → `ب` `200`.
/// Latin alphanumerics (`G20`, `MP3`) stay whole.
public struct ScriptBoundaryFilter: TokenFilter {
    public init() {}

    public func isNeeded(_ hints: TextHints) -> Bool { hints.mixedScript }

    private enum Class { case arabic, other, digit, joiner }

    public func apply(_ tokens: inout [Token], in text: NormalizedText) {
        apply(&tokens, in: text, hints: .all)
    }

    /// Visits only the tokens the segmenter reported as mixed, when it knows them.
    public func apply(_ tokens: inout [Token], in text: NormalizedText, hints: TextHints) {
        text.utf16.withUnsafeBufferPointer { u in
            var out: [Token] = []
            var changed = false
            var copied = 0
            func flush(upTo i: Int) {
                if !changed { out.reserveCapacity(tokens.count + 8); changed = true }
                out.append(contentsOf: tokens[copied..<i])
            }
            if let starts = hints.mixedScriptAt {
                // Both lists are in text order: walk them together.
                var t = 0
                for start in starts {
                    while t < tokens.count, Int(tokens[t].normStart) < start { t += 1 }
                    guard t < tokens.count, Int(tokens[t].normStart) == start, let pieces = split(tokens[t], text, u) else { continue }
                    flush(upTo: t)
                    out.append(contentsOf: pieces)
                    copied = t + 1
                }
            } else {
                for t in tokens.indices {
                    guard let pieces = split(tokens[t], text, u) else { continue }
                    flush(upTo: t)
                    out.append(contentsOf: pieces)
                    copied = t + 1
                }
            }
            if changed {
                out.append(contentsOf: tokens[copied...])
                tokens = out
            }
        }
    }

    private func cls(_ c: UInt16) -> Class {
        if CharClass.isDigit(c) { return .digit }
        if CharClass.isArabicLetter(c) { return .arabic }
        if c < 0x80 ? CharClass.isASCIILetter(c) : CharClass.isOtherLetter(c) { return .other }
        return .joiner  // marks, separators inside numbers, apostrophes: stay with their run
    }

    /// The pieces of a token that mixes scripts, or nil when it does not.
    private func split(_ t: Token, _ text: NormalizedText, _ u: UnsafeBufferPointer<UInt16>) -> [Token]? {
        guard t.kind == .word || t.kind == .number, t.normRange.count > 1 else { return nil }
        var hasArabic = false, hasOther = false
        for i in t.normRange {
            switch cls(u[i]) {
            case .arabic: hasArabic = true
            case .other, .digit: hasOther = true
            case .joiner: break
            }
        }
        guard hasArabic && hasOther else { return nil }
        // Digits and Latin letters form one run (G20); only Arabic vs the rest splits.
        func group(_ c: Class) -> Int { c == .arabic ? 0 : (c == .joiner ? -1 : 1) }
        var pieces: [Token] = []
        var start = t.normRange.lowerBound
        var runGroup = group(cls(u[start]))
        for i in t.normRange.dropFirst() {
            let g = group(cls(u[i]))
            if g >= 0, runGroup >= 0, g != runGroup {
                pieces.append(piece(start..<i, text: text, u: u))
                start = i
                runGroup = g
            } else if runGroup < 0 {
                runGroup = g
            }
        }
        pieces.append(piece(start..<t.normRange.upperBound, text: text, u: u))
        return pieces
    }

    private func piece(_ r: Range<Int>, text: NormalizedText, u: UnsafeBufferPointer<UInt16>) -> Token {
        let allDigits = r.allSatisfy { CharClass.isDigit(u[$0]) || [0x2E, 0x2C, 0x066B, 0x066C].contains(u[$0]) }
            && CharClass.isDigit(u[r.lowerBound])
        return text.token(r, allDigits ? .number : .word)
    }
}
