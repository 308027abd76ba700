/// Splits numbers at the Arabic comma (U+060C). ICU treats it as number-internal, but in Arabic
/// it separates items (`20،30` is twenty and thirty); the decimal point is ٫ or `.`.
public struct ArabicCommaFilter: TokenFilter {
    public init() {}

    public func isNeeded(_ hints: TextHints) -> Bool { hints.arabicCommaInNumber }

    public func apply(_ tokens: inout [Token], in text: NormalizedText) {
        text.utf16.withUnsafeBufferPointer { u in
            guard tokens.contains(where: { t in t.kind == .number && t.normRange.contains { u[$0] == 0x060C } }) else { return }
            var out: [Token] = []
            out.reserveCapacity(tokens.count + 4)
            for t in tokens {
                guard t.kind == .number, t.normRange.contains(where: { u[$0] == 0x060C }) else { out.append(t); continue }
                var start = t.normRange.lowerBound
                for i in t.normRange where u[i] == 0x060C {
                    if i > start { out.append(text.token(start..<i, .number)) }
                    out.append(text.token(i..<i + 1, .punct))
                    start = i + 1
                }
                if start < t.normRange.upperBound { out.append(text.token(start..<t.normRange.upperBound, .number)) }
            }
            tokens = out
        }
    }
}
