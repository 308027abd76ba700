/// Joins clock times that ICU splits at the colon (`16:00`, `١٠:٣٠`, `9:05:30`) into one number.
public struct ClockTimeFilter: TokenFilter {
    public init() {}

    public func isNeeded(_ hints: TextHints) -> Bool { hints.clockColon }

    public func apply(_ tokens: inout [Token], in text: NormalizedText) {
        guard tokens.count >= 3 else { return }
        text.utf16.withUnsafeBufferPointer { u in
            func digits(_ t: Token, _ allowed: ClosedRange<Int>) -> Bool {
                guard t.kind == .number, allowed.contains(t.normRange.count) else { return false }
                return t.normRange.allSatisfy { CharClass.isDigit(u[$0]) }
            }
            func colon(_ t: Token) -> Bool { t.normRange.count == 1 && u[Int(t.normStart)] == 0x3A }

            var out: [Token] = []
            out.reserveCapacity(tokens.count)
            var i = 0
            while i < tokens.count {
                let t = tokens[i]
                if i + 2 < tokens.count, digits(t, 1...2), colon(tokens[i + 1]), digits(tokens[i + 2], 2...2),
                   t.normEnd == tokens[i + 1].normStart, tokens[i + 1].normEnd == tokens[i + 2].normStart {
                    var last = i + 2
                    if last + 2 < tokens.count, colon(tokens[last + 1]), digits(tokens[last + 2], 2...2),
                       tokens[last].normEnd == tokens[last + 1].normStart,
                       tokens[last + 1].normEnd == tokens[last + 2].normStart {
                        last += 2
                    }
                    out.append(text.token(t.normRange.lowerBound..<tokens[last].normRange.upperBound, .number))
                    i = last + 1
                    continue
                }
                out.append(t)
                i += 1
            }
            tokens = out
        }
    }
}
