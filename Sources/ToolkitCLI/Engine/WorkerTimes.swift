/// Where a worker's time went, in nanoseconds: building documents from input (parsing JSON,
/// UTF-8 checks and repair), each plugin of the chain, encoding records, and waiting for work
/// or for the writer.
struct WorkerTimes: Sendable {
    /// Per stage of the chain, in chain order.
    var stages: [UInt64]
    var input: UInt64 = 0
    var encode: UInt64 = 0
    /// From the worker's start to its end.
    var wall: UInt64 = 0

    init(stageCount: Int) { stages = Array(repeating: 0, count: stageCount) }

    var busy: UInt64 { stages.reduce(0, &+) &+ input &+ encode }

    /// Sums the times of several workers.
    static func total(_ all: [WorkerTimes], stageCount: Int) -> WorkerTimes {
        var t = WorkerTimes(stageCount: stageCount)
        for w in all {
            for k in t.stages.indices where k < w.stages.count { t.stages[k] &+= w.stages[k] }
            t.input &+= w.input
            t.encode &+= w.encode
            t.wall &+= w.wall
        }
        return t
    }
}
