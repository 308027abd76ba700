#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Plugins
import Toolkit

/// Extractors declared in a YAML rule file, without a compiler: lexicons (labelled term lists,
/// multi-word terms matched on normalized tokens), token patterns (sequences of words, lexicon
/// terms, token kinds, other layers' items such as `numbers`) and ICU regular expressions
/// (bounded in time, a runaway search is reported per document).
///
/// Each extractor of the file becomes a plugin, chainable by name:
///
/// ```swift
/// var registry = PluginSystem.registry
/// try RuleFile.register(path: "Examples/rules/casualties.yaml", into: &registry)
/// let pipeline = try registry.resolve(chain: ["normalize", "tokenize", "casualty-terms"])
/// ```
///
/// Items are ``RuleMatch``es: spans of the original text (never of the normalized text), a
/// label, and for patterns the rule name and captures.
public enum RuleFile {
    /// Reads a rule file into extractor declarations.
    public static func parse(path: String) throws(RuleFileError) -> [ExtractorSpec] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleFileError(path: path, line: nil, message: "cannot read the file")
        }
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        return try parse(yaml: String(decoding: data, as: UTF8.self), path: path, baseDirectory: directory)
    }

    /// Reads rule-file text; `baseDirectory` resolves lexicon `file:` paths.
    public static func parse(yaml: String, path: String = "<rules>", baseDirectory: String = ".") throws(RuleFileError) -> [ExtractorSpec] {
        do { return try RuleFileParser(path: path, baseDirectory: baseDirectory).parse(yaml) } catch let e as RuleFileError {
            throw e
        } catch {
            throw RuleFileError(path: path, line: nil, message: "\(error)")
        }
    }

    /// A plugin factory for a declared extractor. Its terms and patterns are folded when a
    /// chain is resolved, with the options of the chain's own `normalize` step.
    public static func factory(_ spec: ExtractorSpec) -> PluginFactory {
        let descriptor = PluginDescriptor(name: spec.name, version: spec.version, summary: spec.summary,
                                          requires: spec.requiredLayers, after: ["normalized"],
                                          produces: spec.produces, options: [])
        return PluginFactory(descriptor: descriptor) { _, chain in
            let rules = CompiledRules(spec, folder: try TermFolder(chain: chain))
            return { @Sendable in
                let extractor = try RuleExtractor(rules: rules)
                return DocumentProcessor { extractor.process(&$0) }
            }
        }
    }

    /// Reads a rule file and registers each of its extractors.
    ///
    /// - Throws: ``PluginError/loadFailed(path:reason:)`` for a malformed file (with the line)
    ///   or a name that is already registered.
    public static func register(path: String, into registry: inout PluginRegistry) throws {
        let specs: [ExtractorSpec]
        do { specs = try parse(path: path) } catch {
            throw PluginError.loadFailed(path: path, reason: error.line.map { "line \($0): \(error.message)" } ?? error.message)
        }
        for spec in specs { try registry.register(factory(spec), from: path) }
    }
}
