import Plugins
import Toolkit

/// Folds lexicon terms and pattern texts exactly as the chain folds documents: the same
/// normalizer (with the options the chain's `normalize` step runs with, or none when the chain
/// has no such step) and the same word tokenizer, so a term matches the token norms it should.
struct TermFolder {
    let normalizer: Normalizer
    private let tokenizer: WordTokenizer

    init(chain: ChainContext) throws {
        if let stage = chain.stage(producing: NormalizePlugin.produces), stage.descriptor.name == NormalizePlugin.name {
            normalizer = Normalizer(options: NormalizePlugin.normalizationOptions(stage.options))
        } else {
            normalizer = .identity
        }
        tokenizer = try WordTokenizer()
    }

    /// The token norms of a term (`"الأمم المتحدة"` → `["الامم", "المتحده"]` as UTF-16).
    func words(of term: String) -> [[UInt16]] {
        let n = normalizer.normalize(term)
        return tokenizer.tokenize(n).map { Array(n.utf16[$0.normRange]) }
    }

    /// The folded form of a text (for patterns over normalized text).
    func fold(_ text: String) -> String { normalizer.normalize(text).string }
}
