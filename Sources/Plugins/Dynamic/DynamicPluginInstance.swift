#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CToolkitPluginABI
import Toolkit

/// One worker's instance of a library plugin: made with `tk_plugin_create`, fed documents as
/// `tk_document`s, destroyed with the worker.
///
/// Core layers cross as typed arrays built in buffers the instance reuses (tokens, sentences),
/// or by pointer without copying (the original text, the normalized UTF-16 text); other
/// required layers cross as JSON. The returned JSON is parsed and span-checked into a
/// ``JSONLayer``: a broken answer is an error of that document, never a crash of the host.
final class DynamicPluginInstance {
    private let library: PluginLibrary
    private let spec: DynamicPluginSpec
    private let handle: UnsafeMutableRawPointer
    private let passTokens: Bool
    private let passSentences: Bool
    private let wantsUTF8: Bool
    private let jsonLayers: [String]
    /// NUL-terminated names of `jsonLayers`, alive as long as the instance.
    private let layerNames: [UnsafeMutablePointer<CChar>]
    private let tokens = CBuffer<tk_token>(capacity: 1024)
    private let sentences = CBuffer<tk_span>()
    private let norm8 = CBuffer<UInt8>(capacity: 4096)
    private let norm8Offsets = CBuffer<Int32>(capacity: 4096)
    private let layerBytes = CBuffer<UInt8>(capacity: 1024)
    private let layers = CBuffer<tk_layer>()

    init(library: PluginLibrary, spec: DynamicPluginSpec, options: PluginOptions) throws {
        self.library = library
        self.spec = spec
        let requires = Set(spec.descriptor.requires)
        passTokens = requires.contains("tokens")
        passSentences = requires.contains("sentences")
        wantsUTF8 = spec.inputs.contains(.normUTF8)
        jsonLayers = spec.descriptor.requires.filter { !DynamicPluginSpec.coreLayers.contains($0) }
        layerNames = jsonLayers.map { strdup($0)! }
        let pairs = options.values.sorted { $0.key < $1.key }.map { (strdup($0.key)!, strdup($0.value)!) }
        defer { for (k, v) in pairs { free(k); free(v) } }
        let cOptions = pairs.map { tk_option(name: $0.0, value: $0.1) }
        var error = [CChar](repeating: 0, count: 1024)
        let made = cOptions.withUnsafeBufferPointer { o in
            error.withUnsafeMutableBufferPointer { e in library.create(o.baseAddress, o.count, e.baseAddress, e.count) }
        }
        guard let made else {
            for n in layerNames { free(n) }
            let message = error.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw PluginError.setupFailed(plugin: spec.descriptor.name,
                                          reason: message.isEmpty ? "tk_plugin_create returned NULL" : message)
        }
        handle = made
    }

    deinit {
        library.destroy(handle)
        for n in layerNames { free(n) }
    }

    func process(_ document: inout Document) throws {
        var doc = tk_document()
        doc.size = UInt32(MemoryLayout<tk_document>.size)
        doc.length = Int64(document.source.scalarCount)
        if wantsUTF8 {
            encodeNormUTF8(document.normalized)
            doc.norm8 = UnsafeRawPointer(norm8.base).assumingMemoryBound(to: CChar.self)
            doc.norm8_len = norm8.count
        }
        if passTokens {
            fillTokens(document.tokens ?? [])
            doc.tokens = UnsafePointer(tokens.base)
            doc.token_count = tokens.count
        }
        if passSentences {
            sentences.removeAll()
            for s in document.sentences ?? [] { sentences.append(tk_span(start: Int32(s.start), end: Int32(s.end))) }
            doc.sentences = UnsafePointer(sentences.base)
            doc.sentence_count = sentences.count
        }
        if !jsonLayers.isEmpty {
            encodeLayers(document)
            doc.layers = UnsafePointer(layers.base)
            doc.layer_count = layers.count
        }
        var result = tk_result()
        var id = document.id
        let normalized = document.normalized
        let status: Int32 = id.withUTF8 { id in
            document.source.utf8.withUnsafeBufferPointer { text in
                (normalized?.utf16 ?? []).withUnsafeBufferPointer { n16 in
                    doc.id = UnsafeRawPointer(id.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                    doc.id_len = id.count
                    doc.text = UnsafeRawPointer(text.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                    doc.text_len = text.count
                    doc.norm16 = normalized == nil ? nil : n16.baseAddress
                    doc.norm16_len = n16.count
                    return library.process(handle, &doc, &result)
                }
            }
        }
        guard status == 0 else {
            throw PluginFailure(message: Self.string(result.error, result.error_len)
                ?? "tk_plugin_process failed with status \(status) and no message")
        }
        guard let json = result.json else { throw PluginFailure(message: "tk_plugin_process returned no JSON") }
        do {
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(json).assumingMemoryBound(to: UInt8.self), count: result.json_len)
            let layer = try JSONLayer(root: try JSONNode.parse(bytes), length: document.source.scalarCount)
            document.setLayer(spec.descriptor.produces, layer)
        } catch {
            throw PluginFailure(message: "returned \(error)")
        }
    }

    /// Token records, with byte ranges into the UTF-8 normalized text when it was asked for.
    private func fillTokens(_ source: [Token]) {
        let offsets = wantsUTF8 ? norm8Offsets : nil
        source.withUnsafeBufferPointer { src in
            tokens.fill(capacity: src.count) { out in
                for k in 0..<src.count {
                    let t = src[k]
                    var n8: (Int32, Int32) = (-1, -1)
                    if let offsets, Int(t.normEnd) < offsets.count {
                        n8 = (offsets[Int(t.normStart)], offsets[Int(t.normEnd)])
                    }
                    out[k] = tk_token(start: Int32(t.span.start), end: Int32(t.span.end),
                                      norm_start: t.normStart, norm_end: t.normEnd,
                                      norm8_start: n8.0, norm8_end: n8.1,
                                      kind: Int32(t.kind.rawValue), reserved: 0)
                }
                return src.count
            }
        }
    }

    /// UTF-16 → UTF-8 of the normalized text, with the byte offset of every unit (and of the
    /// end); a lone surrogate becomes U+FFFD.
    private func encodeNormUTF8(_ normalized: NormalizedText?) {
        let units = normalized?.utf16 ?? []
        units.withUnsafeBufferPointer { u in
            norm8Offsets.fill(capacity: u.count + 1) { offsets in
                norm8.fill(capacity: u.count * 3) { out in
                    var n = 0, i = 0
                    while i < u.count {
                        let w = UTF16Transcoding.encode(u, at: i, into: out + n)
                        offsets[i] = Int32(n)
                        // The second unit of a pair starts where the pair does.
                        if w.units == 2 { offsets[i + 1] = Int32(n) }
                        n += w.bytes
                        i += w.units
                    }
                    offsets[u.count] = Int32(n)
                    return n
                }
                return u.count + 1
            }
        }
    }

    /// Encodes the required non-core layers one after another, and points a `tk_layer` at each.
    private func encodeLayers(_ document: Document) {
        layerBytes.removeAll()
        let context = LayerContext(source: document.source)
        var ranges: [Range<Int>] = []
        for name in jsonLayers {
            var json = JSONWriter(capacity: 256)
            if let layer = document.layers.first(where: { $0.name == name })?.value {
                layer.write(to: &json, context: context)
            } else {
                json.null()
            }
            let start = layerBytes.count
            layerBytes.append(contentsOf: json.bytes)
            ranges.append(start..<layerBytes.count)
        }
        // Pointers are taken only now: appending may have moved the bytes.
        layers.removeAll()
        let base = UnsafeRawPointer(layerBytes.base).assumingMemoryBound(to: CChar.self)
        for (name, r) in zip(layerNames, ranges) {
            layers.append(tk_layer(name: name, json: base + r.lowerBound, json_len: r.count))
        }
    }

    private static func string(_ p: UnsafePointer<CChar>?, _ count: Int) -> String? {
        guard let p, count > 0 else { return nil }
        return String(decoding: UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: count),
                      as: UTF8.self)
    }
}

/// A per-document failure of a library plugin (its message goes into the record's errors).
struct PluginFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
