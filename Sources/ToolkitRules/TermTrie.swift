/// Multi-word terms of every lexicon of an extractor, as a trie over word ids.
///
/// The root's children are an array indexed by word id, which also holds what a scan reads at
/// them (one load for a token that may begin a term); deeper edges are an ``EdgeTable``. Each
/// node lists the terms ending there.
struct TermTrie: Sendable {
    /// A term ending at a node: which lexicon, and which of its terms.
    struct Terminal: Sendable, Equatable {
        var lexicon: Int32
        var term: Int32
    }

    /// What a scan for terms reads at a node, in four bytes.
    struct Node: Sendable {
        /// row << 1 | hasChildren.
        private var bits: Int32 = -2

        /// The row of the first term ending here of a lexicon that emits matches (its number
        /// among all terms of the extractor), or -1.
        var row: Int32 {
            get { bits >> 1 }
            set { bits = newValue << 1 | bits & 1 }
        }

        /// Whether any term goes on past the node (else no edge lookup is needed).
        var hasChildren: Bool {
            get { bits & 1 != 0 }
            set { bits = bits & ~1 | (newValue ? 1 : 0) }
        }
    }

    /// A child of the root: its node (-1 for none) and what a scan reads there.
    struct Root: Sendable {
        var node: Int32 = -1
        var info = Node()
    }

    /// By word id.
    private(set) var roots: [Root] = []
    private var edges = EdgeTable()
    private(set) var terminals: [[Terminal]] = [[]]
    private(set) var nodes: [Node] = [Node()]
    /// Per node: the word that leads to it from the root, or -1 for deeper nodes.
    private var rootWords: [Int32] = [-1]

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
            rootWords.append(node == Self.root ? w : -1)
            nodes[Int(node)].hasChildren = true
            if node == Self.root {
                if Int(w) >= roots.count { roots += [Root](repeating: Root(), count: Int(w) + 1 - roots.count) }
                roots[Int(w)].node = new
            } else {
                edges.insert(node: node, word: w, child: new)
                syncRoot(node)
            }
            node = new
        }
        if !terminals[Int(node)].contains(terminal) { terminals[Int(node)].append(terminal) }
        if let row, nodes[Int(node)].row < 0 { nodes[Int(node)].row = row }
        syncRoot(node)
    }

    /// Copies a root child's node into ``roots``.
    private mutating func syncRoot(_ node: Int32) {
        let w = rootWords[Int(node)]
        if w >= 0 { roots[Int(w)].info = nodes[Int(node)] }
    }

    /// The node reached from `node` by `word`, or nil.
    @inline(__always)
    func child(of node: Int32, word: Int32) -> Int32? {
        guard word >= 0 else { return nil }
        if node == Self.root {
            guard Int(word) < roots.count else { return nil }
            let c = roots[Int(word)].node
            return c >= 0 ? c : nil
        }
        guard nodes[Int(node)].hasChildren else { return nil }
        return edges[node, word]
    }
}
