#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Yams

/// Reads a rule file's YAML into ``ExtractorSpec``s, strictly: unknown keys, wrong types and
/// missing fields are errors with their line, so a typo never silently disables a rule.
struct RuleFileParser {
    let path: String
    /// Directory that lexicon `file:` paths are relative to.
    let baseDirectory: String

    func parse(_ yaml: String) throws -> [ExtractorSpec] {
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch { throw RuleFileError(path: path, line: nil, message: "not valid YAML: \(error)") }
        guard let root else { throw fail(nil, "the file is empty") }
        let top = try map(root, "the file")
        if let v = top.optional("version") {
            guard try int(v, "version") == 1 else { throw fail(v, "unsupported version; this toolkit reads version 1") }
        }
        guard let list = top.optional("extractors") else { throw fail(root, "missing 'extractors'") }
        try top.checkKeys(["version", "extractors"])
        var specs: [ExtractorSpec] = []
        for node in try sequence(list, "extractors") {
            let spec = try extractor(node)
            if specs.contains(where: { $0.name == spec.name }) { throw fail(node, "two extractors are named '\(spec.name)'") }
            specs.append(spec)
        }
        guard !specs.isEmpty else { throw fail(list, "'extractors' is empty") }
        return specs
    }

    private func extractor(_ node: Node) throws -> ExtractorSpec {
        let m = try map(node, "an extractor")
        try m.checkKeys(["name", "version", "summary", "produces", "lexicons", "patterns", "keep_overlaps"])
        let name = try identifier(try m.required("name"), "name")
        var spec = ExtractorSpec(name: name, version: try m.optional("version").map { try string($0, "version") } ?? "1.0.0",
                                 summary: try m.optional("summary").map { try string($0, "summary") } ?? "Rules from \(path)",
                                 produces: try m.optional("produces").map { try identifier($0, "produces") } ?? name,
                                 lexicons: [], patterns: [],
                                 keepOverlaps: try m.optional("keep_overlaps").map { try bool($0, "keep_overlaps") } ?? false)
        for l in try m.optional("lexicons").map({ try sequence($0, "lexicons") }) ?? [] {
            let lexicon = try self.lexicon(l)
            if spec.lexicons.contains(where: { $0.label == lexicon.label }) {
                throw fail(l, "two lexicons of '\(name)' are labelled '\(lexicon.label)'")
            }
            spec.lexicons.append(lexicon)
        }
        for p in try m.optional("patterns").map({ try sequence($0, "patterns") }) ?? [] {
            let pattern = try self.pattern(p, lexicons: spec.lexicons)
            if spec.patterns.contains(where: { $0.name == pattern.name }) {
                throw fail(p, "two patterns of '\(name)' are named '\(pattern.name)'")
            }
            spec.patterns.append(pattern)
        }
        guard !spec.patterns.isEmpty || spec.lexicons.contains(where: \.emit) else {
            throw fail(node, "'\(name)' has no pattern and no lexicon that emits matches")
        }
        return spec
    }

    private func lexicon(_ node: Node) throws -> LexiconSpec {
        let m = try map(node, "a lexicon")
        try m.checkKeys(["label", "terms", "file", "emit"])
        let label = try identifier(try m.required("label"), "label")
        var terms = try m.optional("terms").map { try strings($0, "terms") } ?? []
        if let f = m.optional("file") {
            let file = try string(f, "file")
            let full = file.hasPrefix("/") ? file : baseDirectory + "/" + file
            guard let data = FileManager.default.contents(atPath: full) else {
                throw fail(f, "cannot read the lexicon file '\(full)'")
            }
            terms += Self.termLines(String(decoding: data, as: UTF8.self))
        }
        terms = terms.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        guard !terms.isEmpty else { throw fail(node, "lexicon '\(label)' has no terms (give 'terms' or 'file')") }
        return LexiconSpec(label: label, terms: terms, emit: try m.optional("emit").map { try bool($0, "emit") } ?? true)
    }

    /// Terms of a lexicon file: one per line; blank lines and `#` comments are skipped.
    static func termLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let term = String(content).trimmingSpaces
            return term.isEmpty ? nil : term
        }
    }

    private func pattern(_ node: Node, lexicons: [LexiconSpec]) throws -> PatternSpec {
        let m = try map(node, "a pattern")
        try m.checkKeys(["name", "label", "tokens", "regex", "text", "flags", "time_limit", "stack_limit"])
        let name = try identifier(try m.required("name"), "name")
        let label = try m.optional("label").map { try identifier($0, "label") } ?? name
        switch (m.optional("tokens"), m.optional("regex")) {
        case (let t?, nil):
            for key in ["text", "flags", "time_limit", "stack_limit"] where m.optional(key) != nil {
                throw fail(m.optional(key)!, "'\(key)' applies to regex patterns only")
            }
            var steps: [TokenStepSpec] = []
            for s in try sequence(t, "tokens") { steps.append(try step(s, lexicons: lexicons)) }
            guard !steps.isEmpty else { throw fail(t, "pattern '\(name)' has no token steps") }
            guard steps.contains(where: { !$0.optional && !Self.isSkip($0.match) }) else {
                throw fail(t, "pattern '\(name)' could match nothing: give it at least one step that is not optional or skip")
            }
            return PatternSpec(name: name, label: label, body: .tokens(steps))
        case (nil, let r?):
            let text = try m.optional("text").map { n in
                try choice(n, "text", RegexSpec.Text.self)
            } ?? .normalized
            var flags: [RegexSpec.Flag] = []
            for f in try m.optional("flags").map({ try sequence($0, "flags") }) ?? [] {
                flags.append(try choice(f, "flags", RegexSpec.Flag.self))
            }
            let spec = RegexSpec(pattern: try string(r, "regex"), text: text, flags: flags,
                                 timeLimit: try m.optional("time_limit").map { try nonNegative($0, "time_limit") } ?? RegexSpec.defaultTimeLimit,
                                 stackLimit: try m.optional("stack_limit").map { try nonNegative($0, "stack_limit") } ?? RegexSpec.defaultStackLimit)
            do { try ICURegex.validate(spec.pattern, flags: spec.flags) } catch { throw fail(r, "pattern '\(name)': \(error)") }
            return PatternSpec(name: name, label: label, body: .regex(spec))
        default:
            throw fail(node, "pattern '\(name)' needs exactly one of 'tokens' and 'regex'")
        }
    }

    private static func isSkip(_ m: TokenStepSpec.Match) -> Bool {
        if case .skip = m { return true }
        return false
    }

    private func step(_ node: Node, lexicons: [LexiconSpec]) throws -> TokenStepSpec {
        let m = try map(node, "a token step")
        let kinds = ["lexicon", "norm", "kind", "layer", "any", "skip"]
        try m.checkKeys(kinds + ["optional", "capture", "field", "where"])
        let given = kinds.filter { m.optional($0) != nil }
        guard given.count == 1, let key = given.first, let value = m.optional(key) else {
            throw fail(node, "a token step needs exactly one of \(kinds.joined(separator: ", "))")
        }
        let match: TokenStepSpec.Match
        switch key {
        case "lexicon":
            let label = try string(value, "lexicon")
            guard lexicons.contains(where: { $0.label == label }) else {
                throw fail(value, "no lexicon labelled '\(label)' (declare it under 'lexicons' before the patterns)")
            }
            match = .lexicon(label)
        case "norm":
            let words = try stringOrList(value, "norm").map(\.trimmingSpaces).filter { !$0.isEmpty }
            guard !words.isEmpty else { throw fail(value, "'norm' lists no word") }
            match = .norms(words)
        case "kind":
            let known = ["word", "number", "punct", "symbol", "url", "email", "hashtag", "mention"]
            let list = try stringOrList(value, "kind")
            if let bad = list.first(where: { !known.contains($0) }) {
                throw fail(value, "unknown token kind '\(bad)'; known: \(known.joined(separator: ", "))")
            }
            match = .kinds(list)
        case "layer": match = .layer(try identifier(value, "layer"))
        case "any":
            guard try bool(value, "any") else { throw fail(value, "write 'any: true' or leave the step out") }
            match = .any
        default:
            let n = try nonNegative(value, "skip")
            guard n <= 50 else { throw fail(value, "'skip' is at most 50 tokens") }
            match = .skip(n)
        }
        let field = try m.optional("field").map { try string($0, "field") }
        if field != nil, key != "layer" { throw fail(m.optional("field")!, "'field' applies to layer steps only") }
        var conditions: [String: [String]] = [:]
        if let w = m.optional("where") {
            guard key == "layer" else { throw fail(w, "'where' applies to layer steps only") }
            let fields = try map(w, "'where' (field: value or [values])")
            for (k, v) in fields.mapping { conditions[try string(k, "where")] = try stringOrList(v, "where") }
        }
        let optional = try m.optional("optional").map { try bool($0, "optional") } ?? false
        if optional, key == "skip" { throw fail(node, "a skip step is already optional") }
        return TokenStepSpec(match: match, optional: optional,
                             capture: try m.optional("capture").map { try identifier($0, "capture") }, field: field,
                             conditions: conditions)
    }

    // MARK: Typed access with line-numbered errors

    private func fail(_ node: Node?, _ message: String) -> RuleFileError {
        RuleFileError(path: path, line: node?.mark?.line, message: message)
    }

    private func map(_ node: Node, _ what: String) throws -> YAMLMap {
        guard let m = node.mapping else { throw fail(node, "expected \(what) as a mapping (key: value lines)") }
        return YAMLMap(mapping: m, node: node, parser: self)
    }

    private func sequence(_ node: Node, _ key: String) throws -> [Node] {
        guard let s = node.sequence else { throw fail(node, "'\(key)' must be a list") }
        return Array(s)
    }

    private func string(_ node: Node, _ key: String) throws -> String {
        guard let s = node.scalar?.string else { throw fail(node, "'\(key)' must be a text value") }
        return s
    }

    private func strings(_ node: Node, _ key: String) throws -> [String] {
        var out: [String] = []
        for item in try sequence(node, key) { out.append(try string(item, key)) }
        return out
    }

    private func stringOrList(_ node: Node, _ key: String) throws -> [String] {
        node.sequence != nil ? try strings(node, key) : [try string(node, key)]
    }

    private func identifier(_ node: Node, _ key: String) throws -> String {
        let s = try string(node, key)
        let ok = !s.isEmpty && s.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        guard ok else { throw fail(node, "'\(key)' must use letters, digits, '-' or '_' (got '\(s)')") }
        return s
    }

    private func bool(_ node: Node, _ key: String) throws -> Bool {
        guard let b = node.bool else { throw fail(node, "'\(key)' must be true or false") }
        return b
    }

    private func int(_ node: Node, _ key: String) throws -> Int {
        guard let i = node.int else { throw fail(node, "'\(key)' must be an integer") }
        return i
    }

    private func nonNegative(_ node: Node, _ key: String) throws -> Int {
        let i = try int(node, key)
        guard i >= 0 else { throw fail(node, "'\(key)' must not be negative") }
        return i
    }

    private func choice<C: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, _ type: C.Type) throws -> C
    where C.RawValue == String {
        let s = try string(node, key)
        guard let c = C(rawValue: s) else {
            throw fail(node, "'\(key)' must be one of \(C.allCases.map(\.rawValue).joined(separator: ", ")) (got '\(s)')")
        }
        return c
    }

    /// A mapping whose keys are checked against the ones a construct knows.
    struct YAMLMap {
        let mapping: Node.Mapping
        let node: Node
        let parser: RuleFileParser

        func optional(_ key: String) -> Node? { mapping[Node(key)] }

        func required(_ key: String) throws -> Node {
            guard let v = optional(key) else { throw parser.fail(node, "missing '\(key)'") }
            return v
        }

        func checkKeys(_ known: [String]) throws {
            for (k, _) in mapping {
                let name = k.scalar?.string ?? "?"
                if !known.contains(name) {
                    throw parser.fail(k, "unknown key '\(name)'; expected one of \(known.joined(separator: ", "))")
                }
            }
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
