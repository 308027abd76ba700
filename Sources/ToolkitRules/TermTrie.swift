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

    /// What a scan for terms reads at a node, in one load.
    struct Node: Sendable {
        /// The row of the first term ending here of a lexicon that emits matches (its number
        /// among all terms of the extractor), or -1.
        var row: Int32 = -1
        /// Whether any term goes on past the node (else no edge lookup is needed).
        var hasChildren = false
    }

    private(set) var rootChildren: [Int32] = []
    private var edges = EdgeTable()
    private(set) var terminals: [[Terminal]] = [[]]
    private(set) var nodes: [Node] = [Node()]

    static let root: Int32 = 0

    /// Adds a term (its words as ids) of a lexicon; `row` is its number among all terms when
    /// its lexicon emits matches, else nil.
    mutating func insert(_ words: [Int32], terminal: Terminal, row: Int32?) {
        var node = Self.root
        for w in words {
            if let next = child(of: node, word: w) {
                node = next
                continue
            }
            let new = Int32(terminals.count)
            terminals.append([])
            nodes.append(Node())
            nodes[Int(node)].hasChildren = true
            if node == Self.root {
                if Int(w) >= rootChildren.count { rootChildren += [Int32](repeating: -1, count: Int(w) + 1 - rootChildren.count) }
                rootChildren[Int(w)] = new
            } else {
                edges.insert(node: node, word: w, child: new)
            }
            node = new
        }
        if !terminals[Int(node)].contains(terminal) { terminals[Int(node)].append(terminal) }
        if let row, nodes[Int(node)].row < 0 { nodes[Int(node)].row = row }
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
        guard nodes[Int(node)].hasChildren else { return nil }
        return edges[node, word]
    }
}
