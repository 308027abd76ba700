import Toolkit

/// One document after the chain: what the writer needs to write and count it.
struct ProcessedRecord: Sendable {
    /// The processed document, when the output format reads it (TSV, CSV, HTML); nil for
    /// JSON Lines, which only needs `encoded`, so the document's memory is freed in the worker.
    var document: Document?
    /// The JSON record (one newline-terminated line), or empty when encoding is off.
    var encoded: [UInt8]
    /// UTF-8 bytes of the document's text (after repair).
    var textBytes: Int
    /// Bytes of the document as read (its JSONL line or file), for the progress estimate.
    var inputBytes: Int
    /// Whether the record carries `errors`.
    var hasErrors: Bool

    /// Bytes this record holds while it waits for the writer, for the reorder window's bound.
    var weight: Int { encoded.count + (document.map { $0.source.utf8.count * 8 } ?? 0) + 64 }
}
