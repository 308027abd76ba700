/// Errors the CLI reports with a sysexits-style exit code.
public struct CLIError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        /// Wrong command line: unknown plugin, bad option (64, EX_USAGE).
        case usage
        /// Input that cannot be read as documents (65, EX_DATAERR).
        case data
        /// A named input file or directory does not exist (66, EX_NOINPUT).
        case noInput
        /// Cannot write the output (73, EX_CANTCREAT).
        case cannotCreate
        /// A program the input needs (`zstd`, `gzip`) is missing or cannot start (69, EX_UNAVAILABLE).
        case unavailable
        /// The run finished, but some records carry errors and `--fail-on-errors` was given (3).
        case recordErrors
        /// Stopped by a signal after writing complete records only (128 + the signal: 130 for
        /// SIGINT, 143 for SIGTERM, as shells report it).
        case interrupted(signal: Int32)
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var exitCode: Int32 {
        switch kind {
        case .usage: 64
        case .data: 65
        case .noInput: 66
        case .cannotCreate: 73
        case .unavailable: 69
        case .recordErrors: 3
        case .interrupted(let signal): 128 + signal
        }
    }

    public var description: String { message }
}
