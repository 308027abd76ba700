#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decompresses a file through the system's `zstd` or `gzip`: the program reads the file on its
/// standard input and the toolkit reads its standard output. Streaming, and as fast as the
/// reference tools; nothing of the format is reimplemented here.
final class Decompressor {
    enum Program: String {
        case zstd, gzip
        /// The program for a file name, by extension.
        init?(path: String) {
            if path.hasSuffix(".zst") || path.hasSuffix(".zstd") { self = .zstd }
            else if path.hasSuffix(".gz") { self = .gzip }
            else { return nil }
        }
    }

    let program: Program
    let path: String
    /// Read end of the program's standard output.
    let output: Int32
    /// The compressed file, shared with the child: its offset says how far the child has read.
    private let input: Int32
    private let pid: pid_t
    private var finished = false

    init(_ program: Program, path: String) throws {
        self.program = program
        self.path = path
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { throw CLIError(.noInput, "cannot open \(path): \(String(cString: strerror(errno)))") }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else {
            close(file)
            throw CLIError(.data, "cannot create a pipe for \(program.rawValue): \(String(cString: strerror(errno)))")
        }
        // Only the child's copies (made by dup2 below) stay open across exec.
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, file, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        // The toolkit ignores SIGINT/SIGTERM to stop cleanly by itself; the child must not
        // inherit that (an ignored signal stays ignored across exec), nor a blocked mask.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, s) }
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(program.rawValue), strdup("-dc"), nil]
        defer { for a in argv { free(a) } }
        var pid = pid_t()
        let status = posix_spawnp(&pid, program.rawValue, &actions, &attributes, argv, environ)
        close(fds[1])
        guard status == 0 else {
            close(fds[0])
            close(file)
            if status == ENOENT {
                throw CLIError(.unavailable, """
                    reading \(path) needs the '\(program.rawValue)' program, which is not on PATH: \
                    install it (apt-get install \(program.rawValue)) or decompress the file first
                    """)
            }
            throw CLIError(.unavailable, "cannot start \(program.rawValue) for \(path): \(String(cString: strerror(status)))")
        }
        self.pid = pid
        self.output = fds[0]
        self.input = file
    }

    /// Compressed bytes the program has read so far.
    var consumedBytes: Int { max(0, Int(lseek(input, 0, SEEK_CUR))) }

    /// Waits for the program after its output ended; throws when it failed (a corrupt or
    /// truncated file), after everything it produced was read.
    func finish() throws {
        guard !finished else { return }
        finished = true
        let status = wait()
        guard status == 0 else {
            throw CLIError(.data, "\(program.rawValue) could not decompress \(path) (exit status \(status)); the records before the damage were written")
        }
    }

    /// Stops the program early (the run was interrupted).
    func terminate() {
        guard !finished else { return }
        finished = true
        kill(pid, SIGTERM)
        _ = wait()
    }

    private func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    deinit {
        terminate()
        close(output)
        close(input)
    }
}
