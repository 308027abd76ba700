/// A growable buffer of plain C values whose storage stays put between calls, so a
/// `tk_document` can point into it without nested `withUnsafe…` scopes. Reused per worker.
final class CBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    func removeAll() { count = 0 }

    func append(_ e: Element) {
        if count == capacity { grow(to: capacity * 2) }
        base[count] = e
        count += 1
    }

    func append(contentsOf items: [Element]) {
        if count + items.count > capacity { grow(to: max(capacity * 2, count + items.count)) }
        items.withUnsafeBufferPointer { (base + count).update(from: $0.baseAddress!, count: $0.count) }
        count += items.count
    }

    func reserve(_ n: Int) { if n > capacity { grow(to: n) } }

    /// Replaces the contents: `body` writes at most `capacity` elements and returns how many.
    func fill(capacity n: Int, _ body: (UnsafeMutablePointer<Element>) -> Int) {
        count = 0
        reserve(n)
        count = body(base)
        precondition(count <= n)
    }

    subscript(i: Int) -> Element { base[i] }

    private func grow(to newCapacity: Int) {
        let p = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        p.update(from: base, count: count)
        base.deallocate()
        base = p
        capacity = newCapacity
    }
}
