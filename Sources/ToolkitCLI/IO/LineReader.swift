#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line (LF-terminated; a final line without LF counts) with
/// one buffer that grows for a long line and shrinks back after it, so memory follows the
/// longest line in flight, not the file.
final class LineReader {
    private static let initialCapacity = 1 << 20
    private let fd: Int32
    private let ownsFD: Bool
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var eof = false
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0
    /// Bytes read from the descriptor so far.
    private(set) var bytesRead = 0

    init(fd: Int32, ownsFD: Bool) {
        self.fd = fd
        self.ownsFD = ownsFD
        buffer = [UInt8](repeating: 0, count: Self.initialCapacity)
    }

    convenience init(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CLIError(.noInput, "cannot open \(path): \(String(cString: strerror(errno)))") }
        self.init(fd: fd, ownsFD: true)
    }

    deinit { if ownsFD { close(fd) } }

    /// Whether the next line can be returned without reading (which may wait on a pipe).
    var hasBufferedLine: Bool {
        if end > start, eof { return true }
        return buffer.withUnsafeBufferPointer { b in end > start && memchr(b.baseAddress! + start, 0x0A, end - start) != nil }
    }

    /// Calls `body` with the next line (without its LF or CR LF); false at the end of input.
    func next<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R? {
        while true {
            if let nl = buffer.withUnsafeBufferPointer({ b -> Int? in
                guard end > start, let hit = memchr(b.baseAddress! + start, 0x0A, end - start) else { return nil }
                return UnsafeRawPointer(hit) - UnsafeRawPointer(b.baseAddress!)
            }) {
                var lineEnd = nl
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let s = start
                start = nl + 1
                lineNumber += 1
                return try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[s..<lineEnd])) }
            }
            if eof {
                guard start < end else { return nil }
                let s = start
                start = end
                lineNumber += 1
                return try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[s..<end])) }
            }
            try fill()
        }
    }

    private func fill() throws {
        // Give back the memory of a huge line (a 50 MB article) once it has been handed out.
        if start == end, buffer.count > 8 * Self.initialCapacity {
            buffer = [UInt8](repeating: 0, count: Self.initialCapacity)
            start = 0
            end = 0
        }
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { b in
                if end > start { _ = memmove(b.baseAddress!, b.baseAddress! + start, end - start) }
            }
            end -= start
            start = 0
        }
        if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        let n = buffer.withUnsafeMutableBufferPointer { b in read(fd, b.baseAddress! + end, b.count - end) }
        if n < 0 {
            if errno == EINTR { return }
            throw CLIError(.data, "read failed: \(String(cString: strerror(errno)))")
        }
        if n == 0 { eof = true } else { end += n; bytesRead += n }
    }

    /// Reads a whole file (a single document, which may be tens of MB).
    static func readAll(path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CLIError(.noInput, "cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        return try readAll(fd: fd, label: path, expectedSize: FileSystem.size(of: path) ?? 0)
    }

    /// Reads a descriptor to its end.
    static func readAll(fd: Int32, label: String, expectedSize: Int = 0) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(expectedSize + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBufferPointer { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw CLIError(.data, "cannot read \(label): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }
}
