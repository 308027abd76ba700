/// A half-open range of Unicode scalars in a document's **original** text.
///
/// Offsets follow the output contract: code points, end-exclusive, exactly Python's
/// `text[start:end]`. Spans never point into normalized text.
public struct TextSpan: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    @inlinable
    public init(start: Int, end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    @inlinable public var length: Int { end - start }
    @inlinable public var isEmpty: Bool { start == end }

    /// True when the two spans share at least one scalar.
    @inlinable
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// True when `other` lies entirely inside this span.
    @inlinable
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    /// The smallest span covering both.
    @inlinable
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "[\(start),\(end))" }
}
