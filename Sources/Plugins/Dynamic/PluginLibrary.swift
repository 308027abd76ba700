#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CToolkitPluginABI

/// A shared library exporting the plugin ABI of `tk_plugin.h`, opened with `dlopen` and
/// checked: the ABI version first, then every entry point.
///
/// Libraries are never closed: worker instances may outlive any one chain, and unloading code
/// that registered thread-local destructors is unsafe.
final class PluginLibrary: @unchecked Sendable {
    // Safe to share: every stored property is immutable after init, the functions are plain C
    // entry points, and the ABI requires them to be callable from any thread (instances are
    // used by one thread at a time).
    let path: String
    let describe: tk_plugin_describe_fn
    let create: tk_plugin_create_fn
    let process: tk_plugin_process_fn
    let destroy: tk_plugin_destroy_fn

    static let entryPoints = ["tk_plugin_abi_version", "tk_plugin_describe", "tk_plugin_create",
                              "tk_plugin_process", "tk_plugin_destroy"]

    /// Opens and checks a library. Errors are ``PluginError/loadFailed(path:reason:)`` with
    /// `dlerror()`'s text when the file is not a loadable library.
    init(path: String) throws {
        self.path = path
        // A bare file name would be searched in the system's library paths; a path is meant.
        let target = path.contains("/") ? path : "./" + path
        _ = dlerror()
        guard let handle = dlopen(target, RTLD_NOW | RTLD_LOCAL) else {
            throw PluginError.loadFailed(path: path, reason: Self.lastError() ?? "dlopen failed")
        }
        func symbol(_ name: String) throws -> UnsafeMutableRawPointer {
            _ = dlerror()
            guard let p = dlsym(handle, name) else {
                throw PluginError.loadFailed(path: path, reason:
                    "it does not export '\(name)' (a toolkit plugin exports \(Self.entryPoints.joined(separator: ", ")))")
            }
            return p
        }
        let version = unsafeBitCast(try symbol("tk_plugin_abi_version"), to: tk_plugin_abi_version_fn.self)()
        guard version == TK_PLUGIN_ABI_VERSION else {
            throw PluginError.loadFailed(path: path, reason:
                "it was built for plugin ABI version \(version); this toolkit loads version \(TK_PLUGIN_ABI_VERSION) (tk_plugin.h): rebuild it against this toolkit's header")
        }
        describe = unsafeBitCast(try symbol("tk_plugin_describe"), to: tk_plugin_describe_fn.self)
        create = unsafeBitCast(try symbol("tk_plugin_create"), to: tk_plugin_create_fn.self)
        process = unsafeBitCast(try symbol("tk_plugin_process"), to: tk_plugin_process_fn.self)
        destroy = unsafeBitCast(try symbol("tk_plugin_destroy"), to: tk_plugin_destroy_fn.self)
    }

    /// The descriptor JSON the library returns.
    func descriptorJSON() throws -> [UInt8] {
        guard let p = describe() else {
            throw PluginError.loadFailed(path: path, reason: "tk_plugin_describe() returned NULL")
        }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: strlen(p)))
    }

    private static func lastError() -> String? {
        guard let e = dlerror() else { return nil }
        return String(cString: e)
    }
}
