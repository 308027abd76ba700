/// Hands the workers' results to the writer in input order (or, when not `ordered`, as soon as
/// they are ready), holding at most `maxCount` results and `maxWeight` bytes.
///
/// In order, a worker whose result is too far ahead of the writer waits, so one slow document
/// (a 50 MB article) stalls the others after a bounded amount of work instead of letting
/// results pile up. The result the writer needs next is always admitted, so the window can
/// never deadlock.
final class ReorderWindow<Element: Sendable>: Sendable {
    enum Next {
        case element(Element)
        /// Nothing became ready within the timeout.
        case timedOut
        /// Every producer finished and every result was delivered, or the window was cancelled.
        case finished
    }

    private struct State: Sendable {
        var pending: [Int: (element: Element, weight: Int)] = [:]
        /// Sequence number the writer needs next (in order).
        var next = 0
        var weight = 0
        var producers: Int
        var cancelled = false
    }

    private let lock: ConditionLock<State>
    let ordered: Bool
    let maxCount: Int
    let maxWeight: Int

    /// `producers` is the number of threads that will call ``finishProducer()``.
    init(ordered: Bool, maxCount: Int, maxWeight: Int, producers: Int) {
        self.ordered = ordered
        self.maxCount = max(1, maxCount)
        self.maxWeight = max(1, maxWeight)
        lock = ConditionLock(State(producers: producers))
    }

    /// Adds the result for input position `sequence`, waiting while it does not fit in the
    /// window. False when the window was cancelled.
    @discardableResult
    func put(_ element: Element, sequence: Int, weight: Int) -> Bool {
        let ordered = self.ordered, maxCount = self.maxCount, maxWeight = self.maxWeight
        return lock.withLock(waitingWhile: { s in
            guard !s.cancelled else { return false }
            if ordered {
                return sequence != s.next && (sequence >= s.next + maxCount || s.weight + weight > maxWeight)
            }
            return !s.pending.isEmpty && (s.pending.count >= maxCount || s.weight + weight > maxWeight)
        }) { s in
            guard !s.cancelled else { return false }
            s.pending[sequence] = (element, weight)
            s.weight += weight
            return true
        }
    }

    /// A producer has put its last result.
    func finishProducer() { lock.withLock { s in s.producers -= 1 } }

    /// The next result for the writer, waiting at most `timeout` seconds.
    func next(timeout: Double) -> Next {
        let ordered = self.ordered
        return lock.withLock(waitingWhile: { s in
            !s.cancelled && s.producers > 0 && !Self.ready(s, ordered: ordered)
        }, timeout: timeout) { s in
            if s.cancelled { return .finished }
            if !Self.ready(s, ordered: ordered) { return s.producers > 0 ? .timedOut : .finished }
            let key = ordered ? s.next : s.pending.first!.key
            let (element, weight) = s.pending.removeValue(forKey: key)!
            s.weight -= weight
            s.next += 1
            return .element(element)
        }
    }

    /// Stops both sides: waiting producers return false, the writer gets `.finished`.
    func cancel() {
        lock.withLock { s in
            s.cancelled = true
            s.pending.removeAll()
            s.weight = 0
        }
    }

    private static func ready(_ s: State, ordered: Bool) -> Bool {
        ordered ? s.pending[s.next] != nil : !s.pending.isEmpty
    }
}
