import Toolkit

/// `sentences`: ICU sentence break with Arabic news fixes.
public struct SentencesPlugin: Plugin {
    public static let name = "sentences"
    public static let summary = "Sentence spans: ICU sentence break plus Arabic news fixes ('., ', quotes spanning sentence ends)"
    public static let produces = "sentences"
    public static let after = ["normalized"]

    private let splitter: SentenceSplitter

    public init(shared: Void, options: PluginOptions) throws {
        splitter = try SentenceSplitter()
    }

    public mutating func process(_ document: inout Document) throws {
        document.sentences = splitter.split(document.normalizedOrIdentity())
    }
}
