/// A rule file that cannot be used: where (file and line) and why.
public struct RuleFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    /// 1-based line, when the problem has a place in the file.
    public let line: Int?
    public let message: String

    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
