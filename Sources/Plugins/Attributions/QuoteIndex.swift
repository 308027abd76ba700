/// Where the quotations of a document are, by token: which quotation a mark token opens or
/// closes, and the innermost quotation each token lies in.
///
/// A document without quotations (most of them) stores no per-token arrays.
public struct QuoteIndex: Sendable {
    public let quotes: [QuoteMark]
    /// Quotation opened at a token (its first opening-mark token), else -1.
    public let openAt: QuoteColumn
    /// Quotation closed at a token (its first closing-mark token), else -1.
    public let closeAt: QuoteColumn
    /// Innermost quotation whose marks enclose the token (marks included), else -1.
    public let within: QuoteColumn
    private let insideSpeech: [Bool]
    private let insideEntity: [Bool]

    public init(quotes: [QuoteMark], tokenCount n: Int) {
        self.quotes = quotes
        guard !quotes.isEmpty else {
            (openAt, closeAt, within) = (QuoteColumn([]), QuoteColumn([]), QuoteColumn([]))
            (insideSpeech, insideEntity) = ([], [])
            return
        }
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
        self.openAt = QuoteColumn(openAt)
        self.closeAt = QuoteColumn(closeAt)
        self.within = QuoteColumn(within)
        var speech = [Bool](repeating: false, count: n), entity = speech
        for mark in quotes where mark.openTokens != nil {
            switch mark.quoteClass {
            case .speech?: for t in mark.inner where t < n { speech[t] = true }
            case .name?, .term?: for t in mark.inner where t < n { entity[t] = true }
            default: break
            }
        }
        insideSpeech = speech
        insideEntity = entity
    }

    /// The quotation opened at token `i`, if any.
    @inline(__always)
    public func opened(at i: Int) -> Int? { i < openAt.values.count && openAt.values[i] >= 0 ? Int(openAt.values[i]) : nil }

    /// The token after a quotation opened at `i` (after its closing mark, or its paragraph end).
    public func end(of q: Int) -> Int {
        quotes[q].closeTokens?.upperBound ?? quotes[q].inner.upperBound
    }

    /// True when token `i` lies inside a speech quotation (marks excluded), however deeply.
    @inline(__always)
    public func inSpeech(_ i: Int) -> Bool { !insideSpeech.isEmpty && insideSpeech[i] }

    /// True when token `i` lies inside a quoted name or term (marks excluded).
    @inline(__always)
    public func inEntity(_ i: Int) -> Bool { !insideEntity.isEmpty && insideEntity[i] }
}

/// A quotation index per token (see ``QuoteIndex``): -1 everywhere when it stores no values.
public struct QuoteColumn: Sendable {
    let values: [Int32]

    init(_ values: [Int32]) { self.values = values }

    @inline(__always)
    public subscript(i: Int) -> Int32 { values.isEmpty ? -1 : values[i] }
}
