import Synchronization

/// How far the reader has got through the inputs, shared with the progress line: bytes of the
/// input files consumed so far (compressed bytes for `.zst`/`.gz`) out of their total size,
/// which is known when every input is a regular file.
///
/// The reader runs ahead of the writer by what the queues hold (up to tens of MB), so the
/// share of the input *written* is estimated from the documents' own bytes (lines as read,
/// after decompression): consumed share × written document bytes ÷ read document bytes.
final class InputProgress: Sendable {
    /// Total input bytes, or nil when some input has no size (a pipe on standard input).
    let totalBytes: Int?
    private let consumed = Atomic<Int>(0)
    private let documentBytesRead = Atomic<Int>(0)

    init(totalBytes: Int?) { self.totalBytes = totalBytes }

    /// Input bytes consumed so far.
    var consumedBytes: Int { consumed.load(ordering: .relaxed) }

    /// Sets the bytes consumed so far (the reader only moves it forward).
    func update(_ bytes: Int) { consumed.store(bytes, ordering: .relaxed) }

    /// The reader read a document of `bytes` (its line, or its file).
    func read(documentBytes bytes: Int) { documentBytesRead.add(bytes, ordering: .relaxed) }

    /// Share of the input whose records are written, in 0…1, when the total is known.
    func fraction(documentBytesWritten written: Int) -> Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        let read = documentBytesRead.load(ordering: .relaxed)
        let consumed = min(1, Double(consumedBytes) / Double(totalBytes))
        return read > 0 ? consumed * min(1, Double(written) / Double(read)) : 0
    }
}
