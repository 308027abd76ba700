/// A first-in first-out hand-over between threads, bounded by item count and by total weight
/// (bytes), so a fast producer cannot run ahead of slow consumers and memory stays bounded
/// whatever the input size. An item heavier than the bound is still admitted into an empty
/// queue, so one huge document passes instead of blocking forever.
final class BoundedQueue<Element: Sendable>: Sendable {
    private struct State: Sendable {
        /// Popped slots are set to nil at once (so a document's memory is released when a worker
        /// takes it) and compacted lazily.
        var items: [(element: Element, weight: Int)?] = []
        /// Index of the oldest item in `items`.
        var head = 0
        var weight = 0
        var closed = false
        var cancelled = false
        var count: Int { items.count - head }
    }

    private let lock = ConditionLock(State())
    let maxCount: Int
    let maxWeight: Int

    init(maxCount: Int, maxWeight: Int) {
        self.maxCount = max(1, maxCount)
        self.maxWeight = max(1, maxWeight)
    }

    /// Appends an item, waiting while the queue is full. False when the queue was cancelled
    /// (the item is dropped and the producer should stop).
    @discardableResult
    func push(_ element: Element, weight: Int) -> Bool {
        let maxCount = self.maxCount, maxWeight = self.maxWeight
        return lock.withLock(waitingWhile: { s in
            !s.cancelled && s.count > 0 && (s.count >= maxCount || s.weight + weight > maxWeight)
        }) { s in
            guard !s.cancelled else { return false }
            s.items.append((element, weight))
            s.weight += weight
            return true
        }
    }

    /// Removes the oldest item, waiting while the queue is empty and open. Nil once the queue
    /// is closed and drained, or cancelled.
    func pop() -> Element? {
        lock.withLock(waitingWhile: { s in !s.cancelled && !s.closed && s.count == 0 }) { s in
            guard !s.cancelled, s.count > 0 else { return nil }
            let (element, weight) = s.items[s.head]!
            s.items[s.head] = nil
            s.head += 1
            s.weight -= weight
            // Compact once the consumed prefix dominates, so the array does not grow forever.
            if s.head >= 64, s.head * 2 >= s.items.count {
                s.items.removeFirst(s.head)
                s.head = 0
            }
            return element
        }
    }

    /// No more items will come; consumers drain what is queued, then get nil.
    func close() { lock.withLock { s in s.closed = true } }

    /// Stops both sides at once: queued items are dropped, waiting producers and consumers return.
    func cancel() {
        lock.withLock { s in
            s.cancelled = true
            s.items.removeAll()
            s.head = 0
            s.weight = 0
        }
    }
}
