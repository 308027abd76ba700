import Plugins
import Toolkit
import ToolkitRules

// 1. A registry: the built-ins plus the extractors of a rule file (plugins of your own, or
//    libraries with DynamicPlugins.register, go in the same way).
let here = #filePath.split(separator: "/").dropLast(4).joined(separator: "/")
let rules = CommandLine.arguments.dropFirst().first ?? "/\(here)/rules/casualties.yaml"
var registry = PluginSystem.registry
try RuleFile.register(path: rules, into: &registry)

// 2. A pipeline, built once: plugin names and options, as on the command line.
let pipeline = try TextPipeline(chain: ["normalize", "tokenize", "sentences", "casualty-terms"],
                                options: ["tokenize": ["clitics": "true"]], registry: registry)

// 3. One text: typed results, spans into the original text.
let doc = try pipeline.process("قُتل 5 أشخاص وأصيب 12 آخرون في قصف على المدينة. وقال شهود إن القصف استمر ساعة.")
print("tokens:", (doc.tokens ?? []).map { doc.text(of: $0) }.joined(separator: " | "))
print("sentences:", doc.sentences?.count ?? 0)
for match in doc.layer("casualty-terms", as: RuleMatches.self) ?? RuleMatches() {
    print("\(match.label): \(doc.text(of: match.span)) [\(match.span.start), \(match.span.end))")
}

// 4. A batch, processed in parallel; results come back in input order.
let texts = ["لقي ثلاثة أشخاص حتفهم", "لا شيء هنا", "أصيب جندي بجروح"]
let docs = try await pipeline.process(texts)
for (text, d) in zip(texts, docs) {
    let labels = (d.layer("casualty-terms", as: RuleMatches.self) ?? RuleMatches()).map(\.label)
    print("\(text) → \(labels)")
}

// 5. The same record the command line writes, when JSON is what you need after all.
print(docs[0].jsonRecord.prefix(80), "…")
