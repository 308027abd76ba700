import Foundation
import Synchronization
import Testing
@testable import ToolkitCLI

/// The engine's hand-overs between threads: bounded, ordered, and never deadlocking.
@Suite("Engine queues")
struct EngineQueueTests {
    @Test("the queue is first in, first out, and closes after draining")
    func fifo() {
        let q = BoundedQueue<Int>(maxCount: 100, maxWeight: 1000)
        for i in 0..<10 { q.push(i, weight: 1) }
        q.close()
        var out: [Int] = []
        while let x = q.pop() { out.append(x) }
        #expect(out == Array(0..<10))
    }

    @Test("a producer waits while the queue is full; an item heavier than the bound passes alone")
    func bounded() {
        let q = BoundedQueue<Int>(maxCount: 2, maxWeight: 10)
        let pushed = Atomic<Int>(0)
        let producer = EngineThread {
            for i in 0..<5 { q.push(i, weight: i == 3 ? 1000 : 1); pushed.add(1, ordering: .relaxed) }
            q.close()
        }
        Thread.sleep(forTimeInterval: 0.1)
        let pushedBeforeDraining = pushed.load(ordering: .relaxed)
        #expect(pushedBeforeDraining == 2)
        var out: [Int] = []
        while let x = q.pop() { out.append(x) }
        producer.join()
        #expect(out == [0, 1, 2, 3, 4])
    }

    @Test("cancel releases a waiting producer and consumer")
    func cancel() {
        let q = BoundedQueue<Int>(maxCount: 1, maxWeight: 10)
        q.push(0, weight: 1)
        let refused = Atomic<Bool>(false)
        let producer = EngineThread { refused.store(!q.push(1, weight: 1), ordering: .relaxed) }
        Thread.sleep(forTimeInterval: 0.05)
        q.cancel()
        producer.join()
        let wasRefused = refused.load(ordering: .relaxed)
        #expect(wasRefused)
        #expect(q.pop() == nil)
    }

    @Test("results come out in sequence order whatever order they are put in")
    func ordered() {
        let w = ReorderWindow<Int>(ordered: true, maxCount: 4, maxWeight: 100, producers: 3)
        let producers = (0..<3).map { p in
            EngineThread {
                // Producer p puts p, p+3, p+6, … with jitter, as workers finish at their own pace.
                for s in stride(from: p, to: 60, by: 3) {
                    Thread.sleep(forTimeInterval: Double((s * 7) % 5) / 2000)
                    w.put(s, sequence: s, weight: 1)
                }
                w.finishProducer()
            }
        }
        var out: [Int] = []
        while case .element(let x) = w.next(timeout: 5) { out.append(x) }
        for p in producers { p.join() }
        #expect(out == Array(0..<60))
    }

    @Test("in order, a result too far ahead waits until the writer catches up")
    func windowBound() {
        let w = ReorderWindow<Int>(ordered: true, maxCount: 2, maxWeight: 100, producers: 1)
        let put = Atomic<Int>(0)
        let producer = EngineThread {
            for s in [1, 2, 3, 0] { w.put(s, sequence: s, weight: 1); put.add(1, ordering: .relaxed) }
            w.finishProducer()
        }
        Thread.sleep(forTimeInterval: 0.1)
        // The writer needs 0 and the window holds 2: 1 fits, 2 waits.
        let admitted = put.load(ordering: .relaxed)
        #expect(admitted == 1)
        if case .element = w.next(timeout: 0.05) { Issue.record("nothing should be ready before sequence 0") }
        w.cancel()
        producer.join()
    }

    @Test("unordered: every result is delivered once")
    func unordered() {
        let w = ReorderWindow<Int>(ordered: false, maxCount: 3, maxWeight: 100, producers: 2)
        let producers = (0..<2).map { p in
            EngineThread {
                for s in stride(from: p, to: 100, by: 2) { w.put(s, sequence: s, weight: 1) }
                w.finishProducer()
            }
        }
        var out: [Int] = []
        drain: while true {
            switch w.next(timeout: 5) {
            case .element(let x): out.append(x)
            case .timedOut: continue
            case .finished: break drain
            }
        }
        for p in producers { p.join() }
        #expect(out.sorted() == Array(0..<100))
    }
}
