import Toolkit

/// `tokenize`: ICU word break with the Arabic news fixes, tokens with `norm` and `kind`.
public struct TokenizePlugin: Plugin {
    public static let name = "tokenize"
    public static let summary = "ICU word tokens (word/number/punct/symbol/url/email/hashtag/mention) with their normalized form"
    public static let produces = "tokens"
    public static let after = ["normalized"]
    public static var options: [PluginOption] {
        [PluginOption("clitics", .bool, default: "false",
                      help: "split proclitics (و ف ب ل ك ال س) into token segments, guarded by a lexicon")]
    }

    private let tokenizer: WordTokenizer

    public init(shared: Void, options: PluginOptions) throws {
        tokenizer = try WordTokenizer(options: TokenizerOptions(clitics: options.bool("clitics") ?? false))
    }

    public mutating func process(_ document: inout Document) throws {
        let text = document.normalizedOrIdentity()
        let tokens = tokenizer.tokenize(text)
        document.tokens = tokens
        if tokenizer.options.clitics { document.tokenSegments = tokenizer.segments(of: tokens, in: text) }
    }
}
