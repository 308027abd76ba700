/// A document as the reader thread hands it on: a JSONL line not parsed yet, or a whole file.
///
/// Parsing JSON runs in the workers, in parallel, so the one reader thread only splits lines
/// and copies them: it stays far ahead of the workers even with many cores.
enum RawInput: Sendable {
    case line([UInt8], label: String, lineNumber: Int)
    case document(InputDocument)

    /// Bytes held (for the queue's bound).
    var byteCount: Int {
        switch self {
        case .line(let bytes, _, _): bytes.count
        case .document(let doc): doc.text.count
        }
    }

    /// The document: parsed from the line (a broken line gives an empty document with the error).
    func parsed() -> InputDocument {
        switch self {
        case .line(let bytes, let label, let lineNumber):
            bytes.withUnsafeBufferPointer { InputSource.document(fromLine: $0, label: label, lineNumber: lineNumber) }
        case .document(let doc):
            doc
        }
    }
}
