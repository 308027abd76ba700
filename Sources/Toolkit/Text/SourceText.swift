/// A document's original text as UTF-8 bytes, with the scalar bookkeeping that spans need.
///
/// Input arrives as UTF-8; ill-formed sequences are replaced by U+FFFD once, here, so every
/// later stage sees valid text and every offset is stable. `repairedSequences` says how many
/// replacements were made (the CLI reports them per record).
public struct SourceText: Sendable {
    /// Valid UTF-8 of the original text.
    public let utf8: [UInt8]
    /// Number of Unicode scalars (the unit of every span).
    public let scalarCount: Int
    /// True when every scalar is ASCII (bytes and scalars coincide).
    public let isASCII: Bool
    /// How many ill-formed UTF-8 sequences were replaced by U+FFFD.
    public let repairedSequences: Int

    /// Wraps text that is already a `String` (always valid).
    public init(_ string: String) {
        var s = string
        let bytes = s.withUTF8 { Array($0) }
        self.init(validUTF8: bytes)
    }

    /// Wraps raw bytes, replacing ill-formed UTF-8 with U+FFFD.
    public init(bytes: [UInt8]) {
        if let count = UTF8Validation.scalarCountIfValid(bytes) {
            self.init(validUTF8: bytes, scalarCount: count)
        } else {
            let (repaired, replacements) = UTF8Validation.repair(bytes)
            self.init(validUTF8: repaired, repaired: replacements)
        }
    }

    private init(validUTF8 bytes: [UInt8], repaired: Int = 0, scalarCount: Int? = nil) {
        self.utf8 = bytes
        var count = 0
        if let scalarCount { count = scalarCount } else {
            count = bytes.withUnsafeBufferPointer { UTF8Validation.scalarCount($0) }
        }
        self.scalarCount = count
        self.isASCII = count == bytes.count
        self.repairedSequences = repaired
    }

    /// The text as a Swift string.
    public var string: String { String(decoding: utf8, as: UTF8.self) }

    /// Builds a map from scalar offsets to UTF-8 byte offsets (`scalarCount + 1` entries).
    /// Serializers build it once per document to slice spans in O(1).
    public func scalarIndex() -> ScalarIndex { ScalarIndex(utf8: utf8, scalarCount: scalarCount, isASCII: isASCII) }

    /// The original text of a span. For many lookups, use ``scalarIndex()`` once instead.
    public func text(_ span: TextSpan) -> String { scalarIndex().text(span, in: utf8) }
}

/// Scalar offset → UTF-8 byte offset, for slicing the original text by span.
public struct ScalarIndex: Sendable {
    @usableFromInline let offsets: [Int32]
    @usableFromInline let identity: Bool

    init(utf8: [UInt8], scalarCount: Int, isASCII: Bool) {
        identity = isASCII
        if isASCII { offsets = []; return }
        var table = [Int32](repeating: 0, count: scalarCount + 1)
        utf8.withUnsafeBufferPointer { buf in
            table.withUnsafeMutableBufferPointer { t in
                var s = 0
                for (i, b) in buf.enumerated() where b & 0xC0 != 0x80 {
                    t[s] = Int32(i)
                    s += 1
                }
                t[s] = Int32(buf.count)
            }
        }
        offsets = table
    }

    /// Byte offset of a scalar offset (`scalarCount` maps to the end of the text).
    @inlinable
    public func byteOffset(_ scalar: Int) -> Int { identity ? scalar : Int(offsets[scalar]) }

    /// Byte range of a span.
    @inlinable
    public func byteRange(_ span: TextSpan) -> Range<Int> { byteOffset(span.start)..<byteOffset(span.end) }

    /// The text of a span.
    public func text(_ span: TextSpan, in utf8: [UInt8]) -> String {
        String(decoding: utf8[byteRange(span)], as: UTF8.self)
    }
}
