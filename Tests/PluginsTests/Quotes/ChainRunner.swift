import Plugins
import Toolkit

/// Runs a chain of the built-in plugins over texts, for tests.
struct ChainRunner {
    static let full = ["normalize", "tokenize", "sentences", "quotes", "attributions"]

    let worker: PipelineWorker

    init(_ chain: [String] = ChainRunner.full) throws {
        worker = try BuiltinPlugins.registry.resolve(chain: chain).makeWorker()
    }

    func run(_ text: String, id: String = "test") -> Document {
        worker.process(id: id, text: text)
    }
}

/// The text of a span, sliced by Unicode scalars as the output contract defines offsets.
func slice(_ text: String, _ span: TextSpan) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[span.start..<span.end])
    return String(view)
}

extension Document {
    var quotes: [QuoteMark] { layer("quotes", as: [QuoteMark].self) ?? [] }
    var attributions: [Attribution] { layer("attributions", as: [Attribution].self) ?? [] }
    var speakers: [Speaker] { layer("speakers", as: [Speaker].self) ?? [] }

    /// The paired quotations' texts, in order.
    var quoteTexts: [String] { quotes.filter(\.isPaired).map { slice(text, $0.span) } }

    /// The attribution whose cue text is `cue` (the first one).
    func attribution(cue: String) -> Attribution? {
        attributions.first { slice(text, $0.cue.span) == cue }
    }

    func text(of span: TextSpan?) -> String? { span.map { slice(text, $0) } }
}
