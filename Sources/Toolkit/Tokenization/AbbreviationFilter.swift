/// Joins a lone Arabic letter and the full stop after it into one word when they abbreviate a
/// title before a name (`د.`، `م.`، `أ.د.`: see ``ArabicAbbreviation``), so that later stages
/// read the title as one token rather than as a letter and a sentence end.
public struct AbbreviationFilter: TokenFilter {
    public init() {}

    public func isNeeded(_ hints: TextHints) -> Bool { hints.letterPeriod }

    public func apply(_ tokens: inout [Token], in text: NormalizedText) {
        guard tokens.count >= 2 else { return }
        text.utf16.withUnsafeBufferPointer { u in
            // The period token right after word token `i`, glued to it, when it closes an abbreviation.
            func closesAbbreviation(_ i: Int) -> Bool {
                let t = tokens[i], next = tokens[i + 1]
                return t.kind == .word && next.kind == .punct && next.normStart == t.normEnd && next.normEnd == next.normStart + 1
                    && ArabicAbbreviation.isAbbreviationPeriod(Int(next.normStart), u)
            }
            guard let first = (0..<tokens.count - 1).first(where: closesAbbreviation) else { return }
            var out: [Token] = []
            out.reserveCapacity(tokens.count)
            out.append(contentsOf: tokens[..<first])
            var i = first
            while i < tokens.count {
                if i + 1 < tokens.count, closesAbbreviation(i) {
                    out.append(text.token(Int(tokens[i].normStart)..<Int(tokens[i + 1].normEnd), .word))
                    i += 2
                } else {
                    out.append(tokens[i])
                    i += 1
                }
            }
            tokens = out
        }
    }
}
