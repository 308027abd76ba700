import Toolkit

/// Matches compiled token patterns over one document's tokens, by backtracking with a budget:
/// lexicon steps try the longest term first, `skip` the fewest tokens first, optional steps
/// match when they can.
struct TokenPatternMatcher {
    let rules: CompiledRules
    let tokens: [Token]
    /// Word id of each token's norm in the rules' word table, or -1.
    let wordIDs: [Int32]
    let normalized: NormalizedText
    let layers: [LayerItemIndex]
    /// Steps left before the document gives up on patterns (runaway protection).
    var budget: Int
    private(set) var exhausted = false

    init(rules: CompiledRules, tokens: [Token], wordIDs: [Int32], normalized: NormalizedText, layers: [LayerItemIndex]) {
        self.rules = rules
        self.tokens = tokens
        self.wordIDs = wordIDs
        self.normalized = normalized
        self.layers = layers
        budget = 100_000 + 200 * tokens.count
    }

    /// Every match of a pattern, at every start token.
    mutating func matches(of steps: [CompiledRules.Step], name: String, label: String) -> [RuleMatch] {
        var out: [RuleMatch] = []
        var captures: [RuleCapture] = []
        for start in tokens.indices {
            captures.removeAll(keepingCapacity: true)
            if let span = match(steps, 0, start, nil, &captures) {
                out.append(RuleMatch(span: span, label: label, rule: name, captures: captures))
            }
            if exhausted { break }
        }
        return out
    }

    /// Longest-first ends (exclusive token indices) of the terms of a lexicon starting at `i`,
    /// with the term index.
    func lexiconEnds(_ lexicon: Int32, at i: Int) -> [(end: Int, term: Int32)] {
        var ends: [(Int, Int32)] = []
        var node = TermTrie.root
        var j = i
        while j < tokens.count, let next = rules.trie.child(of: node, word: wordIDs[j]) {
            node = next
            j += 1
            if let t = rules.trie.terminals[Int(node)].first(where: { $0.lexicon == lexicon }) { ends.append((j, t.term)) }
        }
        return ends.reversed()
    }

    private mutating func match(_ steps: [CompiledRules.Step], _ s: Int, _ i: Int, _ span: TextSpan?,
                                _ captures: inout [RuleCapture]) -> TextSpan? {
        if s == steps.count { return span }
        budget -= 1
        if budget < 0 { exhausted = true; return nil }
        let step = steps[s]
        let mark = captures.count
        func attempt(_ me: inout TokenPatternMatcher, next: Int, covered: TextSpan?, value: JSONNode?,
                     _ captures: inout [RuleCapture]) -> TextSpan? {
            if let name = step.capture, let covered { captures.append(RuleCapture(name: name, span: covered, value: value)) }
            let merged = covered.map { span?.union($0) ?? $0 } ?? span
            if let r = me.match(steps, s + 1, next, merged, &captures) { return r }
            captures.removeSubrange(mark...)
            return nil
        }
        switch step.match {
        case .lexicon(let l):
            for (end, term) in lexiconEnds(l, at: i) {
                let value = JSONNode.string(rules.lexicons[Int(l)].terms[Int(term)])
                let piece = covered(i, end)
                if let r = attempt(&self, next: end, covered: piece, value: value, &captures) { return r }
            }
        case .kinds(let mask):
            if i < tokens.count, mask & (1 << tokens[i].kind.rawValue) != 0 {
                let value = tokens[i].kind == .number ? numberValue(tokens[i]) : nil
                let piece = tokens[i].span
                if let r = attempt(&self, next: i + 1, covered: piece, value: value, &captures) { return r }
            }
        case .layer(let k):
            for item in layers[k].items(at: i) where Self.accepts(item, step.conditions) {
                let value = step.field.flatMap { item.fields?[$0] }
                let piece = item.span.union(covered(i, item.lastToken + 1)!)
                if let r = attempt(&self, next: item.lastToken + 1, covered: piece, value: value, &captures) { return r }
            }
        case .any:
            if i < tokens.count {
                let piece = tokens[i].span
                if let r = attempt(&self, next: i + 1, covered: piece, value: nil, &captures) { return r }
            }
        case .skip(let n):
            for k in 0...n where i + k <= tokens.count {
                if let r = match(steps, s + 1, i + k, span, &captures) { return r }
                if exhausted { return nil }
            }
            return nil
        }
        if step.optional { return match(steps, s + 1, i, span, &captures) }
        return nil
    }

    /// Whether an item's fields have the values a step's `where` asks for.
    private static func accepts(_ item: LayerItemIndex.Item, _ conditions: [String: [String]]) -> Bool {
        conditions.allSatisfy { field, values in
            switch item.fields?[field] {
            case .string(let s)?: values.contains(s)
            case .number(let n)?: values.contains(n)
            case .bool(let b)?: values.contains(b ? "true" : "false")
            case .null?: values.contains("null")
            default: false
            }
        }
    }

    /// The original span of tokens `from..<to`.
    private func covered(_ from: Int, _ to: Int) -> TextSpan? {
        guard from < to, to <= tokens.count else { return nil }
        return TextSpan(start: tokens[from].span.start, end: tokens[to - 1].span.end)
    }

    /// The value of a number token from its norm (digits are ASCII after folding; `,` and
    /// `٬` group thousands, `.` and `٫` mark decimals).
    private func numberValue(_ token: Token) -> JSONNode? {
        var digits = ""
        for u in normalized.utf16[token.normRange] {
            switch u {
            case 0x30...0x39: digits.unicodeScalars.append(Unicode.Scalar(u)!)
            case 0x2E, 0x066B: digits += "."
            case 0x2C, 0x066C: continue
            default: return nil
            }
        }
        guard let d = Double(digits), d.isFinite else { return nil }
        return .number(d == d.rounded() && abs(d) < 9e15 ? String(Int(d)) : String(d))
    }
}
