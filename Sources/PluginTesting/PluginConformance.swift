import Plugins
import Toolkit

/// Checks plugins against the output contract, for plugin authors' own tests (as swift-nio's
/// channel handler verifiers do): every span in bounds with `text` equal to the original
/// slice, one valid JSON line per document, the same output for the same input, no error and
/// no crash on empty, huge, mixed-script or ill-formed input.
///
/// It returns violations instead of asserting, so it works with any test framework:
///
/// ```swift
/// import PluginTesting
/// import Testing
///
/// @Test func conforms() {
///     #expect(PluginConformance.check(CasualtyCounter.self) == [])
/// }
/// ```
public enum PluginConformance {
    /// Checks a plugin type in its chain: its prerequisites (from the registry) come first.
    ///
    /// - Parameters:
    ///   - options: the plugin's options (`--set` values), checked like on the command line.
    ///   - registry: where prerequisites come from (the plugin is registered into it when absent).
    public static func check<P: Plugin>(_ type: P.Type, options: [String: String] = [:],
                                        registry: PluginRegistry = PluginSystem.registry,
                                        inputs: [ConformanceInput] = ConformanceInput.standard) -> [ConformanceViolation] {
        check(factory: PluginFactory(type), options: options, registry: registry, inputs: inputs)
    }

    /// Checks a plugin given as a factory (a library plugin, a rule extractor) in its chain.
    public static func check(factory: PluginFactory, options: [String: String] = [:],
                             registry: PluginRegistry = PluginSystem.registry,
                             inputs: [ConformanceInput] = ConformanceInput.standard) -> [ConformanceViolation] {
        var registry = registry
        let name = factory.descriptor.name
        if registry.factory(named: name) == nil {
            do { try registry.register(factory) } catch {
                return [ConformanceViolation(input: "setup", message: "cannot register \(name): \(error)")]
            }
        }
        let chain = prerequisites(of: factory.descriptor, in: registry) + [name]
        return check(chain: chain, settings: options.isEmpty ? [:] : [name: options], registry: registry, inputs: inputs)
    }

    /// Checks a whole chain, e.g. `["normalize", "tokenize", "casualties"]`.
    public static func check(chain: [String], settings: [String: [String: String]] = [:],
                             registry: PluginRegistry = PluginSystem.registry,
                             inputs: [ConformanceInput] = ConformanceInput.standard) -> [ConformanceViolation] {
        let pipeline: Pipeline
        let worker: PipelineWorker
        do {
            pipeline = try registry.resolve(chain: chain, settings: settings)
            worker = try pipeline.makeWorker()
        } catch {
            return [ConformanceViolation(input: "setup", message: "the chain \(chain.joined(separator: ",")) does not start: \(error)")]
        }
        var violations: [ConformanceViolation] = []
        for input in inputs {
            violations += check(input, pipeline: pipeline, worker: worker)
        }
        return violations
    }

    private static func check(_ input: ConformanceInput, pipeline: Pipeline, worker: PipelineWorker) -> [ConformanceViolation] {
        let id = "conformance-\(input.name)"
        let source = SourceText(bytes: input.bytes)
        let encoder = DocumentEncoder()
        func run(_ w: PipelineWorker) -> (Document, [UInt8]) {
            var doc = Document(id: id, source: source)
            w.process(&doc)
            return (doc, encoder.encode(doc))
        }
        let (doc, line) = run(worker)
        var checker = RecordChecker(input: input.name, source: source)
        checker.check(record: line, id: id)
        // The normalized text is written only on request; every other layer always is.
        for name in pipeline.layers where name != "normalized" && !checker.recordKeys.contains(name) {
            checker.report(name, "the layer is missing from the record although its plugin ran")
        }
        for e in doc.errors { checker.report("errors", "\(e.plugin) reported an error: \(e.message)") }
        if input.checksDeterminism {
            if run(worker).1 != line { checker.report(nil, "the same worker gave different output for the same input") }
            if let fresh = try? pipeline.makeWorker(), run(fresh).1 != line {
                checker.report(nil, "a fresh worker gave different output for the same input")
            }
        }
        return checker.violations
    }

    /// The plugins a plugin needs before it, in a working order: providers of its required
    /// layers and of the layers it must come after, recursively.
    static func prerequisites(of descriptor: PluginDescriptor, in registry: PluginRegistry) -> [String] {
        var order: [String] = []
        var visiting: Set<String> = [descriptor.name]
        func visit(_ d: PluginDescriptor) {
            for layer in d.requires + d.after {
                guard let provider = registry.factories.first(where: { $0.descriptor.produces == layer })?.descriptor,
                      !order.contains(provider.name), !visiting.contains(provider.name) else { continue }
                visiting.insert(provider.name)
                visit(provider)
                order.append(provider.name)
            }
        }
        visit(descriptor)
        return order
    }
}
