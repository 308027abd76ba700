import Plugins
import Toolkit

/// `organizations`: names of organizations introduced by a head noun, such as وزارة الصحة,
/// منظمة الصحة العالمية, قوات التحالف, حركة حماس.
///
/// A head noun (from the `heads` option) starts a name; the words after it belong to it while
/// they carry the article ال (the first one may be bare, as in حركة حماس), up to `max_words`.
public struct OrganizationsPlugin: Plugin {
    public static let name = "organizations"
    public static let summary = "Organizations named after a head noun (وزارة، منظمة، حركة، قوات …); compiled-in example"
    public static let requires = ["tokens"]
    public static let after = ["normalized"]
    public static let produces = "organizations"
    public static let options = [
        PluginOption("heads", .string, default: "وزارة,منظمة,حركة,جماعة,حزب,مجلس,وكالة,جيش,قوات,هيئة,شركة,جامعة",
                     help: "comma-separated head nouns, written as in the news"),
        PluginOption("max_words", .int, default: "3", help: "words after the head noun at most"),
    ]

    /// Shared by all workers: the head nouns in normalized form.
    public struct Heads: Sendable {
        let norms: Set<String>
    }

    /// Folds the head nouns the way the default chain folds tokens.
    public static func prepare(_ options: PluginOptions) throws -> Heads {
        let list = (options.string("heads") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: " ") }
        guard !list.isEmpty, list.allSatisfy({ !$0.isEmpty }) else {
            throw PluginError.badValue(plugin: name, option: "heads", value: options.string("heads") ?? "", reason: "no head noun")
        }
        let normalizer = Normalizer()
        return Heads(norms: Set(list.map { normalizer.normalize($0).string }))
    }

    private let heads: Heads
    private let maxWords: Int

    public init(shared: Heads, options: PluginOptions) throws {
        heads = shared
        maxWords = max(1, options.int("max_words") ?? 3)
    }

    public mutating func process(_ document: inout Document) throws {
        let tokens = document.tokens ?? []
        var found: [Organization] = []
        var i = 0
        while i < tokens.count {
            let head = document.norm(of: tokens[i])
            guard tokens[i].kind == .word, heads.norms.contains(head) else { i += 1; continue }
            var end = i
            while end + 1 < tokens.count, end - i < maxWords, tokens[end + 1].kind == .word {
                let norm = document.norm(of: tokens[end + 1])
                guard norm.hasPrefix("ال") || end == i else { break }
                end += 1
            }
            if end > i {
                found.append(Organization(span: TextSpan(start: tokens[i].span.start, end: tokens[end].span.end), head: head))
            }
            i = end + 1
        }
        document.setLayer(Self.produces, found)
    }
}

/// One organization name: its span in the original text and its head noun (normalized).
public struct Organization: SpannedItem, Sendable, Equatable {
    public var span: TextSpan
    public var head: String

    public func write(to json: inout JSONWriter, context: LayerContext) {
        json.beginObject()
        context.writeFields(span, to: &json)
        json.field("head", head)
        json.endObject()
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in c: Character) -> String {
        var s = self
        while s.first == c { s = s.dropFirst() }
        while s.last == c { s = s.dropLast() }
        return String(s)
    }
}
