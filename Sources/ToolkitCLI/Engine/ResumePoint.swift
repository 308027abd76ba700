#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an interrupted run stopped, read from its JSONL output for `--resume`: how many
/// complete records (lines) it holds and the id of the last one.
///
/// A record is only complete with its newline. A run stopped by a signal writes whole lines,
/// but a killed one (SIGKILL, power loss) may leave a partial last line: ``prepare(output:)``
/// cuts it off, and the resumed run writes that record again.
struct ResumePoint: Equatable, Sendable {
    var completeRecords: Int
    /// Id of the last complete record, to check that the output belongs to this input.
    var lastID: String?

    static let start = ResumePoint(completeRecords: 0, lastID: nil)

    /// Counts the complete lines of `path` and truncates anything after the last newline.
    /// A missing file is a run that never started.
    static func prepare(output path: String) throws -> ResumePoint {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        if fd < 0, errno == ENOENT { return .start }
        guard fd >= 0 else { throw CLIError(.cannotCreate, "cannot open \(path) to resume: \(String(cString: strerror(errno)))") }
        defer { close(fd) }

        var lines = 0, offset = 0
        var lastNewline = -1, previousNewline = -1
        var chunk = [UInt8](repeating: 0, count: 4 << 20)
        while true {
            let n = chunk.withUnsafeMutableBufferPointer { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw CLIError(.data, "cannot read \(path): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            chunk.withUnsafeBufferPointer { b in
                var at = 0
                while at < n, let hit = memchr(b.baseAddress! + at, 0x0A, n - at) {
                    let i = UnsafeRawPointer(hit) - UnsafeRawPointer(b.baseAddress!)
                    previousNewline = lastNewline
                    lastNewline = offset + i
                    lines += 1
                    at = i + 1
                }
            }
            offset += n
        }
        if offset > lastNewline + 1, ftruncate(fd, off_t(lastNewline + 1)) != 0 {
            throw CLIError(.cannotCreate, "cannot cut the partial last line of \(path): \(String(cString: strerror(errno)))")
        }
        guard lines > 0 else { return .start }

        var last = [UInt8](repeating: 0, count: lastNewline - previousNewline - 1)
        let got = last.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(previousNewline + 1)) }
        guard got == last.count else { throw CLIError(.data, "cannot read the last record of \(path)") }
        let id: String?
        do {
            id = try last.withUnsafeBufferPointer { try JSONLineParser.parse($0).id }
        } catch {
            throw CLIError(.data, "the last line of \(path) is not a JSON record (\(error)); --resume continues JSONL output of the same run only")
        }
        return ResumePoint(completeRecords: lines, lastID: id)
    }
}
