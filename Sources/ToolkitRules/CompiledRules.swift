import Plugins
import Toolkit

/// An extractor ready to run: terms folded and interned, patterns resolved to lexicon indices,
/// token-kind masks and layer names. Built once per chain and shared by every worker.
struct CompiledRules: Sendable {
    struct Lexicon: Sendable {
        /// The label of a declared lexicon; empty for a pattern's inline `norm:` list.
        var label: String
        var emit: Bool
        /// Terms as written (the `term` of emitted items).
        var terms: [String]
    }

    struct Step: Sendable {
        enum Match: Sendable {
            case lexicon(Int32)
            case kinds(UInt16)
            case layer(Int)
            case any
            case skip(Int)
        }

        var match: Match
        var optional: Bool
        var capture: String?
        /// For layer steps: the field read into the capture's value.
        var field: String?
        /// For layer steps: field → accepted values.
        var conditions: [String: [String]]
    }

    enum Body: Sendable {
        case tokens([Step])
        case regex(RegexSpec)
    }

    struct Pattern: Sendable {
        var name: String
        var label: String
        var body: Body
    }

    let spec: ExtractorSpec
    var words = WordTable()
    var trie = TermTrie()
    var lexicons: [Lexicon] = []
    /// Number of the first term of each lexicon in ``names``.
    var firstTerm: [Int32] = []
    /// Labels and written forms of all terms, numbered lexicon after lexicon.
    private(set) var names = TermNames(labels: [], terms: [])
    var patterns: [Pattern] = []
    /// Layers that `layer:` steps read, by index; and whether any step reads item fields.
    var layers: [String] = []
    var layerNeedsFields: [Bool] = []
    /// Whether matching reads tokens, and whether there are token patterns to try.
    let usesTokens: Bool
    let hasTokenPatterns: Bool

    init(_ spec: ExtractorSpec, folder: TermFolder) {
        self.spec = spec
        usesTokens = spec.usesTokens
        hasTokenPatterns = spec.patterns.contains { if case .tokens = $0.body { true } else { false } }
        for l in spec.lexicons { addLexicon(label: l.label, emit: l.emit, terms: l.terms, folder: folder) }
        for p in spec.patterns {
            switch p.body {
            case .tokens(let steps):
                let compiled = steps.map { compile($0, folder: folder) }
                patterns.append(Pattern(name: p.name, label: p.label, body: .tokens(compiled)))
            case .regex(var r):
                if r.text == .normalized { r.pattern = folder.fold(r.pattern) }
                patterns.append(Pattern(name: p.name, label: p.label, body: .regex(r)))
            }
        }
        names = TermNames(labels: lexicons.flatMap { l in l.terms.map { _ in l.label } }, terms: lexicons.flatMap(\.terms))
    }

    private mutating func addLexicon(label: String, emit: Bool, terms: [String], folder: TermFolder) {
        let index = Int32(lexicons.count)
        firstTerm.append(Int32(lexicons.reduce(0) { $0 + $1.terms.count }))
        lexicons.append(Lexicon(label: label, emit: emit, terms: terms))
        for (k, term) in terms.enumerated() {
            let ids = folder.words(of: term).map { words.intern($0) }
            guard !ids.isEmpty, !ids.contains(-1) else { continue }
            words.markStart(ids[0])
            trie.insert(ids, terminal: .init(lexicon: index, term: Int32(k)), row: emit ? firstTerm[Int(index)] + Int32(k) : nil)
        }
    }

    private mutating func compile(_ step: TokenStepSpec, folder: TermFolder) -> Step {
        let match: Step.Match
        switch step.match {
        case .lexicon(let label):
            match = .lexicon(Int32(lexicons.firstIndex { $0.label == label }!))
        case .norms(let list):
            match = .lexicon(Int32(lexicons.count))
            addLexicon(label: "", emit: false, terms: list, folder: folder)
        case .kinds(let names):
            var mask: UInt16 = 0
            for k in TokenKind.allCases where names.contains(k.description) { mask |= 1 << k.rawValue }
            match = .kinds(mask)
        case .layer(let name):
            var i = layers.firstIndex(of: name)
            if i == nil {
                i = layers.count
                layers.append(name)
                layerNeedsFields.append(false)
            }
            if step.field != nil || !step.conditions.isEmpty { layerNeedsFields[i!] = true }
            match = .layer(i!)
        case .any: match = .any
        case .skip(let n): match = .skip(n)
        }
        return Step(match: match, optional: step.optional, capture: step.capture, field: step.field,
                    conditions: step.conditions)
    }
}
