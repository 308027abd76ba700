/// One way a plugin's output breaks the output contract, on one input.
public struct ConformanceViolation: Sendable, Equatable, CustomStringConvertible {
    /// The input it happened on (``ConformanceInput/name``).
    public let input: String
    /// Where in the record (`casualties[2].captures.count`), when it is about a value.
    public let path: String?
    /// What is wrong.
    public let message: String

    /// A violation on `input`, at `path` in the record when it is about a value.
    public init(input: String, path: String? = nil, message: String) {
        self.input = input
        self.path = path
        self.message = message
    }

    public var description: String {
        if let path { return "[\(input)] \(path): \(message)" }
        return "[\(input)] \(message)"
    }
}
