import Plugins
import Toolkit

/// One worker's instance of a rule extractor: its own regular expressions (ICU match state is
/// per instance) and scratch buffers over the shared compiled rules.
final class RuleExtractor {
    private let rules: CompiledRules
    private let regexes: [ICURegex?]
    private var wordIDs: [Int32] = []

    init(rules: CompiledRules) throws {
        self.rules = rules
        var regexes: [ICURegex?] = []
        for p in rules.patterns {
            if case .regex(let r) = p.body {
                do {
                    regexes.append(try ICURegex(r.pattern, flags: r.flags, timeLimit: r.timeLimit, stackLimit: r.stackLimit))
                } catch {
                    throw PluginError.setupFailed(plugin: rules.spec.name, reason: "pattern '\(p.name)': \(error)")
                }
            } else {
                regexes.append(nil)
            }
        }
        self.regexes = regexes
    }

    func process(_ document: inout Document) {
        let name = rules.spec.name
        var candidates: [(match: RuleMatch, priority: Int)] = []
        let normalized = document.normalizedOrIdentity()
        let tokens = document.tokens ?? []
        if !tokens.isEmpty, rules.spec.usesTokens {
            lookUpWords(tokens, normalized, segments: document.tokenSegments)
            for m in lexiconMatches(tokens) { candidates.append((m, rules.patterns.count + lexiconIndex(m))) }
            let layers = rules.layers.indices.map {
                LayerItemIndex(document: document, layer: rules.layers[$0], needsFields: rules.layerNeedsFields[$0], tokens: tokens)
            }
            var matcher = TokenPatternMatcher(rules: rules, tokens: tokens, wordIDs: wordIDs, normalized: normalized, layers: layers)
            for (k, p) in rules.patterns.enumerated() {
                guard case .tokens(let steps) = p.body else { continue }
                for m in matcher.matches(of: steps, name: p.name, label: p.label) { candidates.append((m, k)) }
                if matcher.exhausted {
                    document.errors.append(DocumentError(plugin: name, message:
                        "rule '\(p.name)' gave up: too many ways to match in this document (fewer or shorter skip steps help); later token patterns were not tried"))
                    break
                }
            }
        }
        var original: NormalizedText?
        for (k, p) in rules.patterns.enumerated() {
            guard case .regex(let spec) = p.body, let regex = regexes[k] else { continue }
            let text: NormalizedText
            if spec.text == .original {
                if original == nil { original = Normalizer.identity.normalize(document.source) }
                text = original!
            } else {
                text = normalized
            }
            do {
                try text.utf16.withUnsafeBufferPointer { units throws(ICURegex.Stop) in
                    try regex.forEachMatch(in: units) { groups in
                        guard let whole = groups[0], !whole.isEmpty else { return }
                        var captures: [RuleCapture] = []
                        for (g, named) in regex.namedGroups.enumerated() {
                            if let r = groups[g + 1], !r.isEmpty {
                                captures.append(RuleCapture(name: named.name, span: text.originalSpan(r)))
                            }
                        }
                        candidates.append((RuleMatch(span: text.originalSpan(whole), label: p.label, rule: p.name, captures: captures), k))
                    }
                }
            } catch {
                let what = switch error {
                case .timeOut: "timed out (time_limit \(spec.timeLimit))"
                case .stackOverflow: "ran out of backtracking stack (stack_limit \(spec.stackLimit) bytes)"
                case .failed: "failed in ICU"
                }
                document.errors.append(DocumentError(plugin: name, message:
                    "rule '\(p.name)' \(what): its search in this document stopped early; simplify the pattern or raise the limit"))
            }
        }
        document.setLayer(rules.spec.produces, Self.resolve(candidates, keepOverlaps: rules.spec.keepOverlaps))
    }

    private func lexiconIndex(_ m: RuleMatch) -> Int {
        rules.lexicons.firstIndex { $0.label == m.label } ?? 0
    }

    /// The word id of every token's norm. With clitic segmentation on, a token the terms do
    /// not know is looked up without its proclitics too (وأصيب as أصيب).
    private func lookUpWords(_ tokens: [Token], _ normalized: NormalizedText, segments: [Int: [TokenSegment]]) {
        wordIDs.removeAll(keepingCapacity: true)
        wordIDs.reserveCapacity(tokens.count)
        let words = rules.words
        normalized.utf16.withUnsafeBufferPointer { units in
            for (i, t) in tokens.enumerated() {
                var id = words.lookup(UnsafeBufferPointer(rebasing: units[t.normRange]))
                // Without its proclitics, one at a time: والضفة as الضفة, then ضفة.
                if id < 0, !segments.isEmpty, let parts = segments[i] {
                    for part in parts.dropFirst() where id < 0 {
                        id = words.lookup(UnsafeBufferPointer(rebasing: units[part.normRange.lowerBound..<t.normRange.upperBound]))
                    }
                }
                wordIDs.append(id)
            }
        }
    }

    /// Leftmost-longest terms of the lexicons that emit matches.
    private func lexiconMatches(_ tokens: [Token]) -> [RuleMatch] {
        var out: [RuleMatch] = []
        let trie = rules.trie
        var i = 0
        while i < tokens.count {
            var node = TermTrie.root
            var best: (end: Int, terminal: TermTrie.Terminal)?
            var j = i
            while j < tokens.count, let next = trie.child(of: node, word: wordIDs[j]) {
                node = next
                j += 1
                if let t = trie.emitting[Int(node)] { best = (j, t) }
            }
            guard let best else { i += 1; continue }
            let lexicon = rules.lexicons[Int(best.terminal.lexicon)]
            out.append(RuleMatch(span: TextSpan(start: tokens[i].span.start, end: tokens[best.end - 1].span.end),
                                 label: lexicon.label, term: lexicon.terms[Int(best.terminal.term)]))
            i = rules.spec.keepOverlaps ? i + 1 : best.end
        }
        return out
    }

    /// Matches in text order; unless overlaps are kept, leftmost-longest without overlaps
    /// (ties go to the earlier pattern, then to patterns over lexicon terms).
    static func resolve(_ candidates: [(match: RuleMatch, priority: Int)], keepOverlaps: Bool) -> [RuleMatch] {
        let sorted = candidates.sorted { a, b in
            if a.match.span.start != b.match.span.start { return a.match.span.start < b.match.span.start }
            if a.match.span.end != b.match.span.end { return a.match.span.end > b.match.span.end }
            return a.priority < b.priority
        }
        if keepOverlaps { return sorted.map(\.match) }
        var out: [RuleMatch] = []
        var end = 0
        for c in sorted where out.isEmpty || c.match.span.start >= end {
            out.append(c.match)
            end = c.match.span.end
        }
        return out
    }
}
