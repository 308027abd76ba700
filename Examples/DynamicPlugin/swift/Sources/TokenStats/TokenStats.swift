import CToolkitPluginABI

// token-stats: counts the tokens of each kind and points at the longest word.
// Output: {"word":120,"number":7,…,"longest":{"start":…,"end":…}} (the host adds the text).

private let descriptor: StaticString = """
    {"name":"token-stats","version":"1.0.0",\
    "summary":"Token counts by kind and the longest word (Swift example of a run-time loaded plugin)",\
    "requires":["tokens"],"after":["normalized"]}
    """

private let kinds = ["word", "number", "punct", "symbol", "url", "email", "hashtag", "mention"]

/// Per-worker state: the output buffer the host reads after each call.
private final class Instance {
    var output: [UInt8] = []
    var buffer: UnsafeMutableBufferPointer<UInt8> = .allocate(capacity: 256)

    deinit { buffer.deallocate() }

    /// Copies `output` into storage that stays valid until the next call.
    func publish() -> (UnsafePointer<CChar>, Int) {
        if buffer.count < output.count {
            buffer.deallocate()
            buffer = .allocate(capacity: output.count * 2)
        }
        _ = buffer.initialize(from: output)
        return (UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self), output.count)
    }
}

@_cdecl("tk_plugin_abi_version")
public func abiVersion() -> UInt32 { TK_PLUGIN_ABI_VERSION }

@_cdecl("tk_plugin_describe")
public func describe() -> UnsafePointer<CChar> {
    UnsafeRawPointer(descriptor.utf8Start).assumingMemoryBound(to: CChar.self)
}

@_cdecl("tk_plugin_create")
public func create(_ options: UnsafePointer<tk_option>?, _ count: Int,
                   _ error: UnsafeMutablePointer<CChar>?, _ errorCapacity: Int) -> UnsafeMutableRawPointer? {
    Unmanaged.passRetained(Instance()).toOpaque()
}

@_cdecl("tk_plugin_destroy")
public func destroy(_ instance: UnsafeMutableRawPointer?) {
    guard let instance else { return }
    Unmanaged<Instance>.fromOpaque(instance).release()
}

@_cdecl("tk_plugin_process")
public func process(_ instance: UnsafeMutableRawPointer?, _ document: UnsafePointer<tk_document>?,
                    _ result: UnsafeMutablePointer<tk_result>?) -> Int32 {
    guard let instance, let doc = document?.pointee, let result else { return 1 }
    let state = Unmanaged<Instance>.fromOpaque(instance).takeUnretainedValue()
    var counts = [Int](repeating: 0, count: kinds.count)
    var longest: tk_token?
    let tokens = UnsafeBufferPointer(start: doc.tokens, count: doc.token_count)
    for t in tokens {
        if t.kind >= 0, Int(t.kind) < counts.count { counts[Int(t.kind)] += 1 }
        if t.kind == Int32(TK_TOKEN_WORD), t.end - t.start > (longest.map { $0.end - $0.start } ?? 0) { longest = t }
    }
    var json = "{"
    for (k, name) in kinds.enumerated() { json += "\"\(name)\":\(counts[k])," }
    json += longest.map { "\"longest\":{\"start\":\($0.start),\"end\":\($0.end)}" } ?? "\"longest\":null"
    json += "}"
    state.output = Array(json.utf8)
    let (pointer, length) = state.publish()
    result.pointee.json = pointer
    result.pointee.json_len = length
    return 0
}
