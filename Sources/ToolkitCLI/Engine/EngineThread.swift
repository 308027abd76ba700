#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A dedicated OS thread for one long-running loop of the engine (the reader, a worker).
///
/// Dispatch's pool is meant for short tasks; a reader blocked on a pipe or a worker busy for
/// minutes would hold its threads, so each loop gets a thread of its own that can be joined.
struct EngineThread {
    private let thread: pthread_t

    /// Starts `body` on a new thread. `body` is `sending`: what it captures belongs to the
    /// new thread from now on (a worker's plugin instances), so it needs no locks.
    init(_ body: sending @escaping () -> Void) {
        let box = Unmanaged.passRetained(Body(run: body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let status = pthread_create(&thread, nil, { raw in
            let body = Unmanaged<Body>.fromOpaque(raw!).takeRetainedValue()
            body.run()
            return nil
        }, box)
        precondition(status == 0, "cannot start a thread: \(String(cString: strerror(status)))")
        #if canImport(Glibc)
        self.thread = thread
        #else
        self.thread = thread!
        #endif
    }

    /// Waits for the thread to finish. Call exactly once, or ``detach()`` instead.
    func join() { pthread_join(thread, nil) }

    /// Lets the thread finish on its own (it may be blocked reading standard input).
    func detach() { pthread_detach(thread) }

    private final class Body {
        let run: () -> Void
        init(run: @escaping () -> Void) { self.run = run }
    }
}
