#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Turns SIGINT (Ctrl-C) and SIGTERM into a request to stop cleanly: the engine stops reading,
/// writes the complete records it has and exits with 128 + the signal.
///
/// A clean stop can itself be stuck: the output may be a pipe whose reader stopped reading. So
/// the first signal also arms a grace period of ``graceSeconds``; if the process is still there
/// when it ends, or when a second signal comes, it exits at once with the same status (a
/// partial last line is then possible; `--resume` cuts it off).
enum StopSignal {
    /// The first signal received, 0 while none. An atomic store is async-signal-safe.
    private static let received = Atomic<Int32>(0)
    static let graceSeconds: UInt32 = 5

    /// Installs the handlers for the rest of the process.
    static func install() {
        // Initialize the globals before a handler can touch them.
        _ = received.load(ordering: .relaxed)
        _ = graceSeconds
        // Handlers run on whatever thread the signal interrupts and may only call
        // async-signal-safe functions: atomics, alarm, _exit.
        signal(SIGALRM) { _ in _exit(128 + StopSignal.received.load(ordering: .relaxed)) }
        // A parent may start us with these signals blocked (threads of Dispatch's pool block
        // them, and a spawned child inherits the mask); the handlers must be reachable. Threads
        // created later inherit this thread's mask.
        var deliverable = sigset_t()
        sigemptyset(&deliverable)
        for s in [SIGINT, SIGTERM, SIGALRM] { sigaddset(&deliverable, s) }
        pthread_sigmask(SIG_UNBLOCK, &deliverable, nil)
        for s in [SIGINT, SIGTERM] {
            signal(s) { sig in
                if StopSignal.received.compareExchange(expected: 0, desired: sig, ordering: .relaxed).exchanged {
                    alarm(StopSignal.graceSeconds)
                    return
                }
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
