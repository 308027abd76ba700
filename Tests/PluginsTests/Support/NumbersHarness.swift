import Plugins
import Toolkit

/// Runs the numbers chain over texts.
enum NumbersHarness {
    /// `normalize,tokenize,numbers`, resolved once (building the tables is the expensive part).
    static let pipeline = try! BuiltinPlugins.registry.resolve(chain: ["normalize", "tokenize", "numbers"])
    /// `tokenize,numbers`: the plugin must work without normalization.
    static let rawPipeline = try! BuiltinPlugins.registry.resolve(chain: ["tokenize", "numbers"])

    /// `normalize,tokenize` and `tokenize`: the tokens the plugin reads.
    static let tokenPipeline = try! BuiltinPlugins.registry.resolve(chain: ["normalize", "tokenize"])
    static let rawTokenPipeline = try! BuiltinPlugins.registry.resolve(chain: ["tokenize"])

    /// The tokens of a text and the normalized text they point into (the text itself without
    /// normalization).
    static func tokens(_ text: String, normalized: Bool = true) -> (tokens: [Token], text: NormalizedText) {
        var doc = try! (normalized ? tokenPipeline : rawTokenPipeline).makeWorker().process(id: "t", text: text)
        return (doc.tokens ?? [], doc.normalizedOrIdentity())
    }

    /// The numbers found in a text.
    static func numbers(_ text: String, normalized: Bool = true) -> [NumberMention] {
        let worker = try! (normalized ? pipeline : rawPipeline).makeWorker()
        let doc = worker.process(id: "t", text: text)
        return doc.layer("numbers", as: [NumberMention].self) ?? []
    }

    /// The original text of a span, sliced by Unicode scalars.
    static func slice(_ text: String, _ span: TextSpan) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: Array(text.unicodeScalars)[span.start..<span.end])
        return String(s)
    }
}
