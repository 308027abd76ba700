import Synchronization

/// How far the reader has got through the inputs, shared with the progress line: bytes of the
/// input files consumed so far (compressed bytes for `.zst`/`.gz`) out of their total size,
/// which is known when every input is a regular file.
final class InputProgress: Sendable {
    /// Total input bytes, or nil when some input has no size (a pipe on standard input).
    let totalBytes: Int?
    private let consumed = Atomic<Int>(0)

    init(totalBytes: Int?) { self.totalBytes = totalBytes }

    /// Input bytes consumed so far.
    var consumedBytes: Int { consumed.load(ordering: .relaxed) }

    /// Sets the bytes consumed so far (the reader only moves it forward).
    func update(_ bytes: Int) { consumed.store(bytes, ordering: .relaxed) }

    /// Fraction of the input consumed, in 0…1, when the total is known.
    var fraction: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(1, Double(consumedBytes) / Double(totalBytes))
    }
}
