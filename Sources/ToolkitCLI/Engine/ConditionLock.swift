#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// State guarded by a mutex with a condition variable, for the engine's blocking hand-overs
/// (reader → workers → writer). Synchronization's `Mutex` has no way to wait for a change, so
/// this wraps pthreads; the condition runs on the monotonic clock so timed waits ignore
/// changes of the wall clock.
final class ConditionLock<State: Sendable>: @unchecked Sendable {
    // Safe to share: `state` is only read or written inside `withLock`, which holds the
    // pthread mutex; the mutex and condition live in heap memory that never moves.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private var state: State

    init(_ state: State) {
        self.state = state
        mutex = .allocate(capacity: 1)
        condition = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        #if os(Linux)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        #endif
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Locks, waits while `blocked(state)` holds (at most `timeout` seconds when given), runs
    /// `body` and wakes every waiter, since `body` may have changed what they wait for.
    /// After a timeout `body` runs all the same: it must check the state itself.
    func withLock<R>(waitingWhile blocked: (State) -> Bool = { _ in false }, timeout: Double? = nil,
                     _ body: (inout State) throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let timeout {
            var deadline = Self.deadline(after: timeout)
            while blocked(state) {
                if pthread_cond_timedwait(condition, mutex, &deadline) == ETIMEDOUT { break }
            }
        } else {
            while blocked(state) { pthread_cond_wait(condition, mutex) }
        }
        let result = try body(&state)
        pthread_cond_broadcast(condition)
        return result
    }

    private static func deadline(after seconds: Double) -> timespec {
        var now = timespec()
        #if os(Linux)
        clock_gettime(CLOCK_MONOTONIC, &now)
        #else
        clock_gettime(CLOCK_REALTIME, &now)
        #endif
        let nanos = Int(now.tv_nsec) + Int(seconds * 1e9)
        return timespec(tv_sec: now.tv_sec + nanos / 1_000_000_000, tv_nsec: nanos % 1_000_000_000)
    }
}
