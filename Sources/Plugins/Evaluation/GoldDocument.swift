import FoundationEssentials
import Toolkit

/// One article of a gold file (EVALUATION.md): the annotations a run is scored against.
/// Fields the scorers do not use are ignored; all are optional so partial gold files load.
public struct GoldDocument: Decodable, Sendable {
    public struct GoldSpan: Decodable, Sendable, Hashable {
        public let start: Int?
        public let end: Int?
        public let text: String?

        public var span: TextSpan? {
            guard let start, let end, start <= end else { return nil }
            return TextSpan(start: start, end: end)
        }
    }

    public struct Number: Decodable, Sendable {
        public let start: Int
        public let end: Int
        public let text: String?
        public let core: GoldSpan?
        public let kind: String?
        public let value: Double?
        public let min: Double?
        public let max: Double?
        public let mod: String?
        public let unit: String?
        public let noun: String?
        public let optional: Bool?
    }

    public struct QuoteMark: Decodable, Sendable {
        public let start: Int
        public let end: Int
        public let text: String?
        public let `class`: String?
        public let optional: Bool?
    }

    public struct Cue: Decodable, Sendable {
        public let start: Int?
        public let end: Int?
        public let text: String?
        public let lemma: String?
        public let `class`: String?
    }

    public struct Source: Decodable, Sendable {
        public let start: Int?
        public let end: Int?
        public let text: String?
        public let normalized: String?
        public let type: String?
        public let realization: String?
    }

    public struct Attribution: Decodable, Sendable {
        public let id: String?
        public let kind: String?
        public let content: GoldSpan
        public let cue: Cue?
        public let source: Source?
        public let optional: Bool?
    }

    public struct Distractor: Decodable, Sendable {
        public let start: Int
        public let end: Int
        public let text: String?
    }

    public let id: String
    public let numbers: [Number]?
    public let quote_marks: [QuoteMark]?
    public let attributions: [Attribution]?
    public let distractors: [Distractor]?

    /// Reads a gold JSONL file.
    public static func load(jsonl bytes: [UInt8]) throws -> [GoldDocument] {
        let decoder = JSONDecoder()
        var docs: [GoldDocument] = []
        for (n, line) in bytes.split(separator: 0x0A).enumerated() where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            do {
                docs.append(try decoder.decode(GoldDocument.self, from: Data(line)))
            } catch {
                throw GoldError(line: n + 1, message: "\(error)")
            }
        }
        return docs
    }
}

/// A gold file line that could not be read.
public struct GoldError: Error, CustomStringConvertible {
    public let line: Int
    public let message: String
    public var description: String { "gold file line \(line): \(message)" }
}
