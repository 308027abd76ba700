/// Multi-word terms of every lexicon of an extractor, as a trie over word ids.
///
/// The root's children are an array indexed by word id (one load per token); deeper edges are
/// an ``EdgeTable``. Each node lists the terms ending there.
struct TermTrie: Sendable {
    /// A term ending at a node: which lexicon, and which of its terms.
    struct Terminal: Sendable, Equatable {
        var lexicon: Int32
        var term: Int32
    }

    private(set) var rootChildren: [Int32] = []
    private var edges = EdgeTable()
    private(set) var terminals: [[Terminal]] = [[]]
    /// Per node: whether any term goes on past it (else no edge lookup is needed).
    private var childFlags: [Bool] = [false]
    /// Per node: the first terminal of a lexicon that emits matches, or nil.
    private(set) var emitting: [Terminal?] = [nil]

    static let root: Int32 = 0

    /// Adds a term (its words as ids) of a lexicon.
    mutating func insert(_ words: [Int32], terminal: Terminal, emits: Bool) {
        var node = Self.root
        for w in words {
            if let next = child(of: node, word: w) {
                node = next
                continue
            }
            let new = Int32(terminals.count)
            terminals.append([])
            emitting.append(nil)
            childFlags.append(false)
            childFlags[Int(node)] = true
            if node == Self.root {
                if Int(w) >= rootChildren.count { rootChildren += [Int32](repeating: -1, count: Int(w) + 1 - rootChildren.count) }
                rootChildren[Int(w)] = new
            } else {
                edges.insert(node: node, word: w, child: new)
            }
            node = new
        }
        if !terminals[Int(node)].contains(terminal) { terminals[Int(node)].append(terminal) }
        if emits, emitting[Int(node)] == nil { emitting[Int(node)] = terminal }
    }

    /// The node reached from `node` by `word`, or nil.
    @inline(__always)
    func child(of node: Int32, word: Int32) -> Int32? {
        guard word >= 0 else { return nil }
        if node == Self.root {
            guard Int(word) < rootChildren.count else { return nil }
            let c = rootChildren[Int(word)]
            return c >= 0 ? c : nil
        }
        guard childFlags[Int(node)] else { return nil }
        return edges[node, word]
    }

    /// Whether any term goes on past `node`.
    @inline(__always)
    func hasChildren(_ node: Int32) -> Bool { childFlags[Int(node)] }
}
