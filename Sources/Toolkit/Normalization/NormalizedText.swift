/// Normalized text with an alignment back to the original, in the manner of
/// huggingface/tokenizers' `NormalizedString`.
///
/// Every normalized UTF-16 unit knows the original scalar range it came from, so a range found
/// in normalized text (a token, a match) maps back to a ``TextSpan`` of the original text.
public struct NormalizedText: Sendable {
    /// The normalized text as UTF-16 (what ICU's break iterators read).
    public let utf16: [UInt16]
    /// Original scalar offset where each normalized unit's source starts.
    public let starts: [Int32]
    /// Original scalar offset where each normalized unit's source ends (marks removed after a
    /// letter are absorbed into that letter's range).
    public let ends: [Int32]
    /// Length of the original text in scalars.
    public let originalLength: Int

    public init(utf16: [UInt16], starts: [Int32], ends: [Int32], originalLength: Int) {
        precondition(utf16.count == starts.count && starts.count == ends.count)
        self.utf16 = utf16
        self.starts = starts
        self.ends = ends
        self.originalLength = originalLength
    }

    /// Number of normalized UTF-16 units.
    @inlinable public var count: Int { utf16.count }

    /// The original span of a non-empty range of normalized units.
    @inlinable
    public func originalSpan(_ range: Range<Int>) -> TextSpan {
        precondition(!range.isEmpty, "empty normalized range has no original span")
        return TextSpan(start: Int(starts[range.lowerBound]), end: Int(ends[range.upperBound - 1]))
    }

    /// The normalized text of a range, as a string.
    public func string(_ range: Range<Int>) -> String {
        utf16.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF16.self) }
    }

    /// The whole normalized text.
    public var string: String { string(0..<count) }

    /// The range of normalized units whose source lies inside `span` of the original text
    /// (binary search: units are in original order).
    public func normalizedRange(covering span: TextSpan) -> Range<Int> {
        var lo = 0, hi = count
        while lo < hi { let mid = (lo + hi) / 2; if Int(starts[mid]) < span.start { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < count, Int(starts[end]) < span.end { end += 1 }
        return lo..<end
    }
}
