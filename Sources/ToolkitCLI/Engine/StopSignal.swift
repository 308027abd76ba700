#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Turns SIGINT (Ctrl-C) and SIGTERM into a request to stop cleanly: the engine stops reading,
/// writes the complete records it has and exits with 128 + the signal. A second signal exits
/// at once (a partial last line is then possible; `--resume` cuts it off).
enum StopSignal {
    /// The first signal received, 0 while none. An atomic store is async-signal-safe.
    private static let received = Atomic<Int32>(0)

    /// Installs the handlers for the rest of the process.
    static func install() {
        _ = received.load(ordering: .relaxed)  // initialize the global before a handler can touch it
        for s in [SIGINT, SIGTERM] {
            signal(s) { sig in
                if StopSignal.received.compareExchange(expected: 0, desired: sig, ordering: .relaxed).exchanged { return }
                _exit(128 + sig)
            }
        }
    }

    /// The signal that asked to stop, if any.
    static var requested: Int32? {
        let s = received.load(ordering: .relaxed)
        return s == 0 ? nil : s
    }

    /// The name shells use for a signal.
    static func name(_ signal: Int32) -> String {
        switch signal {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        default: "signal \(signal)"
        }
    }
}
