import Toolkit

/// Turns the records of a run into one output format, streamed: bytes once before the first
/// record, bytes per record (in input order), bytes once after the last.
///
/// A formatter gets each processed ``Document`` with its encoded JSON record (OUTPUT.md). Generic
/// formats (CSV, HTML) read the encoded record, so they handle any layer, including a user
/// plugin's; the document supplies the original text.
public protocol RecordFormatter {
    /// Whether ``record(_:encoded:)`` reads the encoded record; when false the runner may skip
    /// encoding and pass an empty array.
    var readsEncodedRecord: Bool { get }

    /// Bytes before the first record (a header row, the page head).
    mutating func header() -> [UInt8]

    /// Bytes for one document. `encoded` is its JSON record (one line, newline-terminated).
    mutating func record(_ document: Document, encoded: [UInt8]) throws -> [UInt8]

    /// Bytes after the last record (the page end).
    mutating func footer() -> [UInt8]

    /// Remarks for standard error once the run is over (e.g. fields a CSV left out); empty
    /// when there is nothing to say.
    var notes: [String] { get }
}

extension RecordFormatter {
    public var readsEncodedRecord: Bool { true }
    public mutating func header() -> [UInt8] { [] }
    public mutating func footer() -> [UInt8] { [] }
    public var notes: [String] { [] }
}

/// `--format jsonl`: the encoded records as they are, one line per document.
public struct JSONLinesFormatter: RecordFormatter {
    public init() {}

    public func record(_ document: Document, encoded: [UInt8]) -> [UInt8] { encoded }
}

/// `--format tsv`: one row per token (see ``TSVWriter``), read from the typed document, so the
/// record is never encoded.
struct TSVFormatter: RecordFormatter {
    var readsEncodedRecord: Bool { false }
    func header() -> [UInt8] { TSVWriter.header }
    func record(_ document: Document, encoded: [UInt8]) -> [UInt8] { TSVWriter.rows(document) }
}
