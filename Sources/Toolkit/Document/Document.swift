/// One input document and everything the chain has found in it.
///
/// The core layers (normalized text, tokens, sentences) are typed fields, because every
/// extractor reads them; other layers live in ``layers`` under their names, in the order
/// the chain produced them.
public struct Document: Sendable {
    /// The input's id (JSONL `id`, or the file name without extension).
    public let id: String
    /// The original text.
    public let source: SourceText

    /// Normalized text with its alignment (the `normalize` plugin; tokenizers create an
    /// identity version when it did not run).
    public var normalized: NormalizedText?
    /// Whether the normalized text should appear in the output record.
    public var emitNormalized = false
    /// Word tokens (the `tokenize` plugin).
    public var tokens: [Token]?
    /// Clitic segments by token index (only when clitic segmentation is on).
    public var tokenSegments: [Int: [TokenSegment]] = [:]
    /// Sentence spans (the `sentences` plugin).
    public var sentences: [TextSpan]?
    /// Other layers by name, in chain order.
    public private(set) var layers: [(name: String, value: any Layer)] = []
    /// Per-document failures; the record is still written.
    public var errors: [DocumentError] = []
    /// Derived data a plugin hands on to later plugins of the chain for this document (a token
    /// view, an index), by key, so they need not rebuild it. Never written to the record.
    public var shared: [String: any Sendable] = [:]

    public init(id: String, source: SourceText) {
        self.id = id
        self.source = source
    }

    public init(id: String, text: String) { self.init(id: id, source: SourceText(text)) }

    /// The original text.
    public var text: String { source.string }

    /// Adds or replaces a named layer.
    public mutating func setLayer(_ name: String, _ value: any Layer) {
        if let i = layers.firstIndex(where: { $0.name == name }) {
            layers[i].value = value
        } else {
            layers.append((name, value))
        }
    }

    /// A named layer, typed. `document.layer("quotes", as: [QuoteMark].self)`.
    public func layer<T>(_ name: String, as type: T.Type = T.self) -> T? {
        layers.first { $0.name == name }?.value as? T
    }

    /// The normalized text, or an identity normalization of the original when the chain has
    /// no `normalize` step.
    public mutating func normalizedOrIdentity() -> NormalizedText {
        if let normalized { return normalized }
        let n = Normalizer.identity.normalize(source)
        normalized = n
        return n
    }

    /// The normalized form (`norm`) of a token.
    public func norm(of token: Token) -> String {
        normalized?.string(token.normRange) ?? source.text(token.span)
    }
}

/// A failure recorded on a document: which plugin, and what went wrong.
public struct DocumentError: Sendable, Hashable, LayerItem {
    public var plugin: String
    public var message: String

    public init(plugin: String, message: String) {
        self.plugin = plugin
        self.message = message
    }

    public func write(to json: inout JSONWriter, context: LayerContext) {
        json.beginObject()
        json.field("plugin", plugin)
        json.field("message", message)
        json.endObject()
    }
}

extension Normalizer {
    /// The normalizer that changes nothing (used for alignment when no normalization ran).
    public static let identity = Normalizer(options: NormalizationOptions(profile: .none))
}
