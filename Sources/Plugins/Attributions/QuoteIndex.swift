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
    /// Per token, ``speechBit`` and ``entityBit`` (the fourth column of the shared storage).
    private let inside: QuoteColumn
    private static let speechBit: Int32 = 1, entityBit: Int32 = 2

    public init(quotes: [QuoteMark], tokenCount n: Int) {
        self.quotes = quotes
        guard !quotes.isEmpty else {
            (openAt, closeAt, within, inside) = (QuoteColumn([]), QuoteColumn([]), QuoteColumn([]), QuoteColumn([]))
            return
        }
        // The four columns share one allocation: open, close, within (-1 when none), inside (0).
        var storage = [Int32](repeating: -1, count: 4 * n)
        storage.withUnsafeMutableBufferPointer { b in
            let (open0, close0, within0, inside0) = (0, n, 2 * n, 3 * n)
            for t in inside0..<inside0 + n { b[t] = 0 }
            // Outer quotations first, so inner ones overwrite `within`.
            var order: [Int] = []
            order.reserveCapacity(quotes.count)
            for q in quotes.indices where quotes[q].openTokens != nil { order.append(q) }
            order.sort { (quotes[$0].span.start, -quotes[$0].span.end) < (quotes[$1].span.start, -quotes[$1].span.end) }
            for q in order {
                // Columns share the storage: a mark past the tokens (a quotes layer that does not
                // match them) is left out rather than spilling into the next column.
                guard let open = quotes[q].openTokens, open.lowerBound < n, (quotes[q].closeTokens?.lowerBound ?? 0) < n else { continue }
                b[open0 + open.lowerBound] = Int32(q)
                let end = quotes[q].closeTokens?.upperBound ?? quotes[q].inner.upperBound
                if let close = quotes[q].closeTokens { b[close0 + close.lowerBound] = Int32(q) }
                for t in open.lowerBound..<min(end, n) { b[within0 + t] = Int32(q) }
            }
            for mark in quotes where (mark.openTokens?.lowerBound ?? n) < n {
                let bit: Int32
                switch mark.quoteClass {
                case .speech?: bit = Self.speechBit
                case .name?, .term?: bit = Self.entityBit
                default: continue
                }
                for t in mark.inner where t < n { b[inside0 + t] |= bit }
            }
        }
        openAt = QuoteColumn(storage, offset: 0, count: n)
        closeAt = QuoteColumn(storage, offset: n, count: n)
        within = QuoteColumn(storage, offset: 2 * n, count: n)
        inside = QuoteColumn(storage, offset: 3 * n, count: n)
    }

    /// The quotation opened at token `i`, if any.
    @inline(__always)
    public func opened(at i: Int) -> Int? {
        guard i < openAt.count else { return nil }
        let q = openAt[i]
        return q >= 0 ? Int(q) : nil
    }

    /// The token after a quotation opened at `i` (after its closing mark, or its paragraph end).
    public func end(of q: Int) -> Int {
        quotes[q].closeTokens?.upperBound ?? quotes[q].inner.upperBound
    }

    /// True when token `i` lies inside a speech quotation (marks excluded), however deeply.
    @inline(__always)
    public func inSpeech(_ i: Int) -> Bool { inside.count > 0 && inside[i] & Self.speechBit != 0 }

    /// True when token `i` lies inside a quoted name or term (marks excluded).
    @inline(__always)
    public func inEntity(_ i: Int) -> Bool { inside.count > 0 && inside[i] & Self.entityBit != 0 }
}

/// A quotation index per token (see ``QuoteIndex``): -1 everywhere when it stores no values.
/// The columns of one index are slices of one array.
public struct QuoteColumn: Sendable {
    private let values: [Int32]
    private let offset: Int
    /// Number of tokens (0 when the column stores no values).
    let count: Int

    init(_ values: [Int32]) { (self.values, offset, count) = (values, 0, values.count) }

    init(_ storage: [Int32], offset: Int, count: Int) { (values, self.offset, self.count) = (storage, offset, count) }

    @inline(__always)
    public subscript(i: Int) -> Int32 {
        guard count > 0 else { return -1 }
        precondition(i >= 0 && i < count, "token index out of range")
        return values.withUnsafeBufferPointer { $0[offset &+ i] }
    }
}
