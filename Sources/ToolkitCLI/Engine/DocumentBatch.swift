/// Consecutive documents handed from the reader to a worker in one piece, numbered by batch.
///
/// Handing documents over one at a time costs a lock round trip and often a thread wake-up
/// each; on a loaded machine the wake-ups dominated (workers waited 60% of the time on 5 KB
/// articles). A batch carries up to ``maxDocuments`` documents or ``maxBytes`` of input.
struct DocumentBatch: Sendable {
    static let maxDocuments = 64
    static let maxBytes = 256 << 10

    /// Position of the batch in the input (0, 1, 2, …).
    var sequence: Int
    var documents: [RawInput] = []
    var bytes = 0

    var isFull: Bool { documents.count >= Self.maxDocuments || bytes >= Self.maxBytes }

    mutating func append(_ doc: RawInput) {
        documents.append(doc)
        bytes += doc.byteCount
    }

    /// Memory the batch holds while queued.
    var weight: Int { bytes + 256 * documents.count }
}
