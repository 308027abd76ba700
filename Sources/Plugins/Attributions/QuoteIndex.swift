/// Where the quotations of a document are, by token: which quotation a mark token opens or
/// closes, and the innermost quotation each token lies in.
public struct QuoteIndex: Sendable {
    public let quotes: [QuoteMark]
    /// Quotation opened at a token (its first opening-mark token), else -1.
    public let openAt: [Int32]
    /// Quotation closed at a token (its first closing-mark token), else -1.
    public let closeAt: [Int32]
    /// Innermost quotation whose marks enclose the token (marks included), else -1.
    public let within: [Int32]

    public init(quotes: [QuoteMark], tokenCount n: Int) {
        self.quotes = quotes
        var openAt = [Int32](repeating: -1, count: n), closeAt = openAt, within = openAt
        // Outer quotations first, so inner ones overwrite `within`.
        let order = quotes.indices.filter { quotes[$0].openTokens != nil }
            .sorted { (quotes[$0].span.start, -quotes[$0].span.end) < (quotes[$1].span.start, -quotes[$1].span.end) }
        for q in order {
            let mark = quotes[q]
            guard let open = mark.openTokens else { continue }
            openAt[open.lowerBound] = Int32(q)
            let end = mark.closeTokens?.upperBound ?? mark.inner.upperBound
            if let close = mark.closeTokens { closeAt[close.lowerBound] = Int32(q) }
            for t in open.lowerBound..<min(end, n) { within[t] = Int32(q) }
        }
        self.openAt = openAt
        self.closeAt = closeAt
        self.within = within
    }

    /// The quotation opened at token `i`, if any.
    @inline(__always)
    public func opened(at i: Int) -> Int? { i < openAt.count && openAt[i] >= 0 ? Int(openAt[i]) : nil }

    /// The token after a quotation opened at `i` (after its closing mark, or its paragraph end).
    public func end(of q: Int) -> Int {
        quotes[q].closeTokens?.upperBound ?? quotes[q].inner.upperBound
    }

    /// True when token `i` lies inside a speech quotation (marks excluded).
    public func inSpeech(_ i: Int) -> Bool {
        var q = Int(within[i])
        while q >= 0 {
            let mark = quotes[q]
            if mark.inner.contains(i), mark.quoteClass == .speech { return true }
            // Look for an enclosing speech quotation.
            q = enclosing(q)
        }
        return false
    }

    /// True when token `i` lies inside a quoted name or term (marks excluded).
    public func inEntity(_ i: Int) -> Bool {
        let q = Int(within[i])
        guard q >= 0, quotes[q].inner.contains(i) else { return false }
        return quotes[q].quoteClass == .name || quotes[q].quoteClass == .term
    }

    private func enclosing(_ q: Int) -> Int {
        let s = quotes[q].span
        var best = -1
        for (k, other) in quotes.enumerated() where k != q && other.openTokens != nil && other.span.contains(s) && other.span != s {
            if best < 0 || quotes[best].span.contains(other.span) { best = k }
        }
        return best
    }
}
