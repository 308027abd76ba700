import Plugins
import Toolkit

/// One worker's instance of a rule extractor: its own regular expressions (ICU match state is
/// per instance) and scratch buffers over the shared compiled rules.
final class RuleExtractor {
    private let rules: CompiledRules
    private let regexes: [ICURegex?]
    /// Whether any pattern is a regular expression (else no search of the text is made).
    private let hasRegexes: Bool
    private var wordIDs: [Int32] = []
    /// Rows of a document as the scan finds them (at most one per token), copied out at their
    /// number; kept across documents.
    private var rowScratch = UnsafeMutableBufferPointer<RuleMatches.Row>(start: nil, count: 0)

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
        hasRegexes = regexes.contains { $0 != nil }
    }

    deinit { rowScratch.deallocate() }

    /// Room for `count` rows.
    private func rowScratch(for count: Int) -> UnsafeMutablePointer<RuleMatches.Row> {
        if rowScratch.count < count {
            rowScratch.deallocate()
            rowScratch = .allocate(capacity: max(count, 2 * rowScratch.count, 1024))
        }
        return rowScratch.baseAddress!
    }

    func process(_ document: inout Document) {
        let normalized = document.normalizedOrIdentity()
        let tokens = document.tokens ?? []
        var rows: [RuleMatches.Row] = []
        var patternFound: [(match: RuleMatch, priority: Int)] = []
        if !tokens.isEmpty, rules.usesTokens {
            let segments = document.tokenSegments
            if rules.hasTokenPatterns {
                // Patterns may start anywhere: every token's word id, once.
                wordIDs = TokenWords.with(rules.words, tokens, normalized, segments) { words in
                    (0..<tokens.count).map { words.id($0) }
                }
                rows = wordIDs.withUnsafeBufferPointer { lexiconRows(tokens, WordIDList(ids: $0)) }
                patternFound += tokenPatternMatches(&document, tokens, normalized)
            } else {
                // Lexicons only: look up the tokens that may begin a term, and the ones after
                // them only while a term goes on.
                rows = TokenWords.with(rules.words, tokens, normalized, segments) { words in
                    if let plain = PlainTokenWords(words) { return lexiconRows(tokens, plain) }
                    return lexiconRows(tokens, words)
                }
            }
        }
        if hasRegexes { patternFound += regexMatches(&document, normalized) }
        // Lexicon terms alone are already in order and without overlaps.
        var patternMatches: [RuleMatch] = []
        if !patternFound.isEmpty {
            (rows, patternMatches) = Self.resolve(lexicon: rows, patterns: patternFound, lexiconPriority: rules.patterns.count,
                                                  keepOverlaps: rules.spec.keepOverlaps)
        }
        document.setLayer(rules.spec.produces, RuleMatches(names: rules.names, rows: rows, patternMatches: patternMatches))
    }

    /// Matches of the token patterns, with their pattern index as priority.
    private func tokenPatternMatches(_ document: inout Document, _ tokens: [Token],
                                     _ normalized: NormalizedText) -> [(match: RuleMatch, priority: Int)] {
        let layers = rules.layers.indices.map {
            LayerItemIndex(document: document, layer: rules.layers[$0], needsFields: rules.layerNeedsFields[$0], tokens: tokens)
        }
        var matcher = TokenPatternMatcher(rules: rules, tokens: tokens, wordIDs: wordIDs, normalized: normalized, layers: layers)
        var out: [(match: RuleMatch, priority: Int)] = []
        for (k, p) in rules.patterns.enumerated() {
            guard case .tokens(let steps) = p.body else { continue }
            for m in matcher.matches(of: steps, name: p.name, label: p.label) { out.append((m, k)) }
            if matcher.exhausted {
                document.errors.append(DocumentError(plugin: rules.spec.name, message:
                    "rule '\(p.name)' gave up: too many ways to match in this document (fewer or shorter skip steps help); later token patterns were not tried"))
                break
            }
        }
        return out
    }

    /// Matches of the regular expressions; a search that runs away stops that rule for this
    /// document with an error entry, keeping what it found.
    private func regexMatches(_ document: inout Document, _ normalized: NormalizedText) -> [(match: RuleMatch, priority: Int)] {
        var out: [(match: RuleMatch, priority: Int)] = []
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
                        out.append((RuleMatch(span: text.originalSpan(whole), label: p.label, rule: p.name, captures: captures), k))
                    }
                }
            } catch {
                let what = switch error {
                case .timeOut: "timed out (time_limit \(spec.timeLimit))"
                case .stackOverflow: "ran out of backtracking stack (stack_limit \(spec.stackLimit) bytes)"
                case .failed: "failed in ICU"
                }
                document.errors.append(DocumentError(plugin: rules.spec.name, message:
                    "rule '\(p.name)' \(what): its search in this document stopped early; simplify the pattern or raise the limit"))
            }
        }
        return out
    }

    /// Leftmost-longest terms of the lexicons that emit matches, as rows.
    private func lexiconRows<Words: TokenWordIDs>(_ tokens: [Token], _ words: Words) -> [RuleMatches.Row] {
        let trie = rules.trie
        let keepOverlaps = rules.spec.keepOverlaps
        let scratch = rowScratch(for: tokens.count)
        return tokens.withUnsafeBufferPointer { tokens in
            trie.nodes.withUnsafeBufferPointer { nodes in trie.roots.withUnsafeBufferPointer { roots in
                var found = 0
                var i = 0
                // The id of the token after a term that did not go on, looked up already.
                var known = (index: -1, id: Int32(-1))
                while i < tokens.count {
                    let start = known.index == i ? words.startID(i, known: known.id) : words.startID(i)
                    // Most tokens begin no term.
                    guard start >= 0, Int(start) < roots.count, roots[Int(start)].node >= 0 else { i &+= 1; continue }
                    var node = roots[Int(start)].node
                    var n = roots[Int(start)].info
                    var best = (end: i + 1, row: Int32(-1))
                    var j = i + 1
                    while true {
                        if n.row >= 0 { best = (j, n.row) }
                        guard j < tokens.count, n.hasChildren else { break }
                        let id = words.id(j)
                        guard let next = trie.child(of: node, word: id) else {
                            known = (j, id)
                            break
                        }
                        node = next
                        n = nodes[Int(node)]
                        j += 1
                    }
                    // Written whether or not a term was found (at most one row per token: the
                    // scratch rows never overflow), and counted by the sign of its row, so that
                    // no branch guesses which. Without a term, best.end is i + 1.
                    scratch[found] = RuleMatches.Row(start: Int32(tokens[i].span.start), end: Int32(tokens[best.end &- 1].span.end),
                                                     ref: best.row)
                    found &+= Int(UInt32(bitPattern: ~best.row) >> 31)
                    i = keepOverlaps ? i &+ 1 : best.end
                }
                return Array(UnsafeBufferPointer(start: scratch, count: found))
            } }
        }
    }

    /// Lexicon rows and pattern matches in text order; unless overlaps are kept,
    /// leftmost-longest without overlaps (ties go to the earlier pattern, then to patterns over
    /// lexicon terms). Returns the rows and the pattern matches they refer to.
    static func resolve(lexicon rows: [RuleMatches.Row], patterns: [(match: RuleMatch, priority: Int)], lexiconPriority: Int,
                        keepOverlaps: Bool) -> ([RuleMatches.Row], [RuleMatch]) {
        var candidates = rows.map { (row: $0, priority: lexiconPriority) }
        for (k, p) in patterns.enumerated() {
            candidates.append((RuleMatches.Row(start: Int32(p.match.span.start), end: Int32(p.match.span.end), ref: ~Int32(k)),
                               p.priority))
        }
        candidates.sort { a, b in
            if a.row.start != b.row.start { return a.row.start < b.row.start }
            if a.row.end != b.row.end { return a.row.end > b.row.end }
            return a.priority < b.priority
        }
        var kept: [RuleMatches.Row] = []
        var matches: [RuleMatch] = []
        var end: Int32 = 0
        for c in candidates where keepOverlaps || kept.isEmpty || c.row.start >= end {
            var row = c.row
            if row.ref < 0 {
                matches.append(patterns[Int(~row.ref)].match)
                row.ref = ~Int32(matches.count - 1)
            }
            kept.append(row)
            end = row.end
        }
        return (kept, matches)
    }
}
