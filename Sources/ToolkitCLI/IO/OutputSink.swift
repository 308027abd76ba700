#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered output to a file or standard output. Writes whole records, so an interrupted run
/// leaves complete lines only.
final class OutputSink {
    private let fd: Int32
    private let ownsFD: Bool
    private var buffer: [UInt8] = []

    /// Standard output for nil or `-`. A file is replaced, or with `append` (for `--resume`)
    /// continued after its last byte.
    init(path: String?, append: Bool = false) throws {
        if let path, path != "-" {
            let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0o644)
            guard fd >= 0 else { throw CLIError(.cannotCreate, "cannot write \(path): \(String(cString: strerror(errno)))") }
            self.fd = fd
            ownsFD = true
        } else {
            fd = STDOUT_FILENO
            ownsFD = false
        }
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func write(_ s: String) throws { try write(Array(s.utf8)) }

    func flush() throws {
        var off = 0
        while off < buffer.count {
            let n = buffer.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CLIError(.cannotCreate, "write failed: \(String(cString: strerror(errno)))")
            }
            off += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit {
        try? flush()
        if ownsFD { close(fd) }
    }
}

/// Writes a line to standard error.
func printError(_ message: String) { printErrorRaw(message + "\n") }

/// Writes text to standard error as it is (no newline added), in one write.
func printErrorRaw(_ text: String) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { _ = write(STDERR_FILENO, $0.baseAddress!, $0.count) }
}
