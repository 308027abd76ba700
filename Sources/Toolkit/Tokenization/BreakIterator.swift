import CToolkitICU

/// A reusable ICU break iterator (word or sentence) with its output buffers.
///
/// Not thread-safe: create one per worker, as ICU's own iterators are meant to be used.
public final class BreakIterator {
    public enum Kind: Sendable { case word, sentence }

    /// Raised when ICU cannot open an iterator (missing data, bad locale).
    public struct OpenError: Error, CustomStringConvertible {
        public let icuError: String
        public var description: String { "ICU could not open a break iterator: \(icuError)" }
    }

    private let handle: OpaquePointer
    /// Segment end offsets (UTF-16 units) of the last call to ``segment(_:)``.
    public private(set) var ends: [Int32] = []
    /// ICU rule status of each segment of the last call.
    public private(set) var statuses: [Int32] = []
    /// Number of valid entries in ``ends`` and ``statuses``.
    public private(set) var count = 0

    public init(_ kind: Kind, locale: String = "ar") throws {
        var err = [CChar](repeating: 0, count: 64)
        let h = tk_breaker_open(kind == .word ? Int32(TK_BREAK_WORD) : Int32(TK_BREAK_SENTENCE), locale, &err, 64)
        guard let h else {
            let message = err.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw OpenError(icuError: message)
        }
        handle = h
    }

    deinit { tk_breaker_close(handle) }

    /// Segments UTF-16 text; results are in ``ends``/``statuses`` up to ``count``.
    public func segment(_ text: [UInt16]) {
        text.withUnsafeBufferPointer { segment($0) }
    }

    /// Segments a buffer of UTF-16 text; offsets are relative to its start.
    public func segment(_ text: UnsafeBufferPointer<UInt16>) {
        if ends.count < text.count {
            let cap = Swift.max(text.count, ends.count * 2)
            ends = [Int32](repeating: 0, count: cap)
            statuses = [Int32](repeating: 0, count: cap)
        }
        let n = ends.withUnsafeMutableBufferPointer { e in
            statuses.withUnsafeMutableBufferPointer { s in
                tk_breaker_segment(handle, text.baseAddress, Int32(text.count), e.baseAddress, s.baseAddress)
            }
        }
        count = Swift.max(Int(n), 0)
    }
}
