/// Extractors as declared in a rule file, before anything is folded or compiled.
///
/// The YAML format (see `docs/custom-extractors.md`):
///
/// ```yaml
/// version: 1
/// extractors:
///   - name: casualties                 # --chain name and layer name
///     summary: Casualty counts
///     lexicons:
///       - label: killed
///         terms: [قتل, مقتل, قتلى]
///         file: lexicons/killed.txt    # one term per line, '#' starts a comment
///         emit: false                  # only a building block of patterns
///     patterns:
///       - name: killed-count
///         label: killed
///         tokens:
///           - lexicon: killed
///           - skip: 2
///           - {layer: numbers, capture: count, field: value}
///       - name: toll
///         regex: 'حصيله\s+(?<count>\d+)'
/// ```
public struct ExtractorSpec: Sendable, Equatable {
    public var name: String
    public var version: String
    public var summary: String
    /// The layer name (default: `name`).
    public var produces: String
    public var lexicons: [LexiconSpec]
    public var patterns: [PatternSpec]
    /// Keep matches that overlap (default: leftmost-longest, non-overlapping).
    public var keepOverlaps: Bool

    /// Whether matching reads tokens: a lexicon or a token pattern.
    public var usesTokens: Bool {
        !lexicons.isEmpty || patterns.contains { if case .tokens = $0.body { true } else { false } }
    }

    /// The layers this extractor needs earlier in the chain: `tokens` and those its `layer:`
    /// steps read.
    public var requiredLayers: [String] {
        var layers = usesTokens ? ["tokens"] : []
        for p in patterns {
            guard case .tokens(let steps) = p.body else { continue }
            for s in steps { if case .layer(let name) = s.match, !layers.contains(name) { layers.append(name) } }
        }
        return layers
    }
}

/// A labelled term list: single or multi-word terms, matched on token norms.
public struct LexiconSpec: Sendable, Equatable {
    public var label: String
    /// Terms as written in the file (folded later with the chain's normalizer).
    public var terms: [String]
    /// Whether matches become items of the layer (else the lexicon only serves patterns).
    public var emit: Bool
}

/// A named pattern producing items labelled `label`.
public struct PatternSpec: Sendable, Equatable {
    public enum Body: Sendable, Equatable {
        case tokens([TokenStepSpec])
        case regex(RegexSpec)
    }

    public var name: String
    public var label: String
    public var body: Body
}

/// One step of a token pattern: what one token (or one layer item, or a multi-word term)
/// must be.
public struct TokenStepSpec: Sendable, Equatable {
    public enum Match: Sendable, Equatable {
        /// A term of the named lexicon (longest first).
        case lexicon(String)
        /// One of these words or phrases, folded like lexicon terms.
        case norms([String])
        /// A token of one of these kinds (`word`, `number`, …).
        case kinds([String])
        /// An item of another layer whose span starts at this token (e.g. `numbers`).
        case layer(String)
        /// Any single token.
        case any
        /// Zero to `n` tokens of anything (fewest first).
        case skip(Int)
    }

    public var match: Match
    public var optional: Bool
    /// Name under which the matched span (and value) appears in the item's `captures`.
    public var capture: String?
    /// For layer steps: the item field whose value the capture takes (e.g. `value`).
    public var field: String?
    /// For layer steps: only items whose fields have one of these values
    /// (`where: {kind: [cardinal, vague]}`); numbers and booleans compare as written.
    public var conditions: [String: [String]] = [:]
}

/// An ICU regular expression over the document's normalized (default) or original text.
public struct RegexSpec: Sendable, Equatable {
    public enum Text: String, Sendable, Equatable, CaseIterable { case normalized, original }
    public enum Flag: String, Sendable, Equatable, CaseIterable { case case_insensitive, comments, dotall, multiline }

    public var pattern: String
    public var text: Text
    public var flags: [Flag]
    /// ICU match-engine steps allowed per search (roughly milliseconds); 0 = unlimited.
    public var timeLimit: Int
    /// Bytes of backtracking stack allowed; 0 = unlimited.
    public var stackLimit: Int

    public static let defaultTimeLimit = 200
    public static let defaultStackLimit = 1 << 20
}
