import FoundationEssentials
import Toolkit

/// `attributions`: who said what, according to whom (layer `attributions`, a list of
/// ``Attribution``), plus the document's `speakers` (a list of ``Speaker``): canonical speakers
/// with their mentions and the attributions they are the source of. Also fills the
/// `attribution` index of the `quotes` layer.
public struct AttributionsPlugin: Plugin {
    public static let name = "attributions"
    public static let summary = "Attributions (source, cue, content, introducer, addressee, medium, relay, nesting) and the document's speakers"
    public static let requires = ["tokens", "sentences", "quotes"]
    public static let produces = "attributions"
    public static var options: [PluginOption] {
        [
            PluginOption("cues", .string, default: nil,
                         help: "TSV file of extra verb cues, columns as CueTable.verbs (lemma, class, perfect, imperfect, participle, masdar, content)"),
            PluginOption("speakers", .bool, default: "true", help: "write the 'speakers' list"),
        ]
    }

    public static func prepare(_ options: PluginOptions) throws -> AttributionExtractor {
        var extra = ""
        if let path = options.string("cues") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw PluginError.badValue(plugin: name, option: "cues", value: path, reason: "cannot read the file")
            }
            extra = String(decoding: data, as: UTF8.self)
        }
        if extra.isEmpty { return AttributionExtractor(lexicons: .builtIn) }
        do {
            return AttributionExtractor(lexicons: QuoteLexicons(cues: try CueLexicon(extraVerbRows: extra)))
        } catch let e as CueTableError {
            throw PluginError.badValue(plugin: name, option: "cues", value: options.string("cues") ?? "", reason: e.description)
        }
    }

    private let extractor: AttributionExtractor
    private let speakers: Bool

    public init(shared: AttributionExtractor, options: PluginOptions) {
        extractor = shared
        speakers = options.bool("speakers") ?? true
    }

    public mutating func process(_ document: inout Document) throws {
        // Only `quotes` and this plugin read token views, and `quotes` runs first: nothing
        // after this one would use the view, so it is not stored in the document.
        let view = TokenView.of(&document, handOn: false)
        let quotes = document.layer(QuotesPlugin.produces, as: [QuoteMark].self) ?? []
        let result = extractor.extract(view, quotes: quotes, source: document.source)
        document.setLayer(Self.produces, result.attributions)
        if speakers { document.setLayer("speakers", result.speakers) }
        // Unchanged quotations are in the layer already.
        if !quotes.isEmpty, result.quotesChanged { document.setLayer(QuotesPlugin.produces, result.quotes) }
    }
}
