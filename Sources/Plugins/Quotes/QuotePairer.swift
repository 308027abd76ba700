import Toolkit

/// Pairs the quotation marks of a document.
///
/// Marks are grouped in families that pair among themselves: double (" “ ” „ ‟ and a doubled
/// apostrophe ''), single (' ‘ ’ ‚, only where the spacing shows a quotation), guillemets « »
/// and single guillemets ‹ ›. Marks of different families nest freely.
///
/// Within a family, each mark gets an orientation from its spacing (a mark after a space and
/// before a word opens, one after a word and before a space or punctuation closes; a glued
/// proclitic counts as a space: لـ"العربية"، و”أمراء”). Arabic news opens with ” as often as
/// with “, so curly marks carry no direction of their own; guillemets and „ do. The best
/// pairing of the whole family is then found by dynamic programming: each mark is either
/// paired with the next one or left alone, pairs are rewarded for fitting orientations and
/// penalised for crossing paragraph breaks or being very long. A stray mark therefore costs
/// only itself and never shifts the pairing of the rest of the document.
///
/// A quotation continued over paragraphs in the convention where each paragraph re-opens and
/// only the last closes is merged into one pair. Quotations of the same family may nest one
/// level deep when the marks' spacing leaves no other reading.
public struct QuotePairer: Sendable {
    enum Family: Int { case double, single, guillemet, singleGuillemet }

    struct Mark {
        var tokens: Range<Int>
        var family: Family
        var glyph: UInt16
        var doubled: Bool
        /// Spacing evidence: +2 clearly opening … -2 clearly closing.
        var orientation: Int
        /// Glyph evidence as an opener (+) or closer (-).
        var prior: Int
        var paragraph: Int32
        var openScore: Int { orientation + prior }
    }

    public init() {}

    /// The quotation marks of a document, paired, in text order (classes not yet set). `start`
    /// is a token at or before the first mark (see ``QuotesPlugin/firstMark(_:_:)``).
    public func pair(_ view: TokenView, from start: Int = 0) -> [QuoteMark] {
        var marks = findMarks(view, from: start)
        guard !marks.isEmpty else { return [] }
        adjustGuillemetDirection(&marks)
        var result: [QuoteMark] = []
        result.reserveCapacity(marks.count)
        var families = 0
        for m in marks { families |= 1 << m.family.rawValue }
        for family in Self.families where families & 1 << family.rawValue != 0 {
            // Most documents have marks of one family: then no copy.
            let group = families == 1 << family.rawValue ? marks : marks.filter { $0.family == family }
            let items = mergeContinuations(bestPairing(group, view), group, view)
            appendQuoteMarks(items, group, view, to: &result)
        }
        flagConventions(&result, view)
        result.sort { $0.span < $1.span }
        return result
    }

    /// The families in the order their quotations are listed before sorting (a constant, not
    /// an array literal built per document).
    private static let families: [Family] = [.double, .single, .guillemet, .singleGuillemet]

    // MARK: Finding marks

    static func family(of c: UInt16) -> Family? {
        switch c {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xFF02, 0x2033: .double
        case 0x27, 0x2018, 0x2019, 0x201A: .single
        case 0xAB, 0xBB: .guillemet
        case 0x2039, 0x203A: .singleGuillemet
        default: nil
        }
    }

    /// Evidence of the glyph itself as an opening mark.
    static func prior(of c: UInt16) -> Int {
        switch c {
        case 0x201E, 0x201A: 2
        case 0xAB, 0x2039: 3
        case 0xBB, 0x203A: -3
        default: 0
        }
    }

    static func isProclitic(_ view: TokenView, _ i: Int) -> Bool {
        guard view.kind(i) == .word, view.length(i) == 1 else { return false }
        switch view.first(i) {
        case 0x0648, 0x0641, 0x0628, 0x0644, 0x0643: return true
        default: return false
        }
    }

    static func isOpeningPunct(_ c: UInt16) -> Bool {
        c == 0x28 || c == 0x5B || c == 0x7B || c == 0x3A || c == 0x2D || c == 0x2013 || c == 0x2014 || c == 0x2F
    }

    static func isClosingPunct(_ c: UInt16) -> Bool {
        switch c {
        case 0x2E, 0x2C, 0x060C, 0x3B, 0x061B, 0x3A, 0x21, 0x3F, 0x061F, 0x29, 0x5D, 0x7D, 0x2026, 0x2D, 0x2013, 0x2014: true
        default: false
        }
    }

    /// The ``TokenView/punctBit(_:)`` of every mark character: the scan for marks tests it for
    /// every token, which lets through only marks, instead of stopping (and mispredicting) at
    /// every punctuation token; a token that shares a bit with a mark is only checked in vain.
    static let markBits: UInt64 = {
        var bits: UInt64 = 0
        // Every character ``family(of:)`` knows, so that the two cannot disagree.
        for c in UInt16.min...UInt16.max where family(of: c) != nil { bits |= 1 << TokenView.punctBit(c) }
        return bits
    }()

    func findMarks(_ view: TokenView, from start: Int = 0) -> [Mark] {
        var marks: [Mark] = []
        let n = view.count
        let bits = Self.markBits
        var i = start
        while true {
            i = view.firstPunct(from: i, mayBeIn: bits)
            guard i < n else { break }
            let c = view.punct(i)
            guard var family = Self.family(of: c) else { i += 1; continue }
            var end = i + 1
            var doubled = false
            if c == 0x27 || c == 0x2019 || c == 0x2018, end < n, view.punct(end) == c, view.glued(end) {
                family = .double
                doubled = true
                end += 1
            }
            let isMark: (Int) -> Bool = { Self.family(of: view.punct($0)) != nil && view.punct($0) != 0 }
            let leftSpace = i == 0 || view.spaceBefore(i)
            let prevProclitic = !leftSpace && Self.isProclitic(view, i - 1)
            let leftOpen = leftSpace || prevProclitic || Self.isOpeningPunct(view.punct(i - 1)) || isMark(i - 1)
            let leftClose = !leftSpace && !prevProclitic && (view.isWord(i - 1) || Self.isClosingPunct(view.punct(i - 1)) || isMark(i - 1))
            let rightSpace = end >= n || view.spaceBefore(end)
            let rightOpen = !rightSpace && (view.isWord(end) || isMark(end) || view.punct(end) == 0x28)
            let rightClose = rightSpace || Self.isClosingPunct(view.punct(end)) || isMark(end)
            let orientation = (leftOpen ? 1 : 0) + (rightOpen ? 1 : 0) - (leftClose ? 1 : 0) - (rightClose ? 1 : 0)
            // A lone apostrophe quotes only where the spacing is unambiguous.
            if family == .single, abs(orientation) < 2 { i = end; continue }
            // Room for a typical document's marks at once rather than growing by doubling.
            if marks.isEmpty { marks.reserveCapacity(16) }
            marks.append(Mark(tokens: i..<end, family: family, glyph: c, doubled: doubled, orientation: orientation,
                              prior: Self.prior(of: c), paragraph: view.paragraph(i)))
            i = end
        }
        return marks
    }

    /// Some texts use » to open and « to close; when the spacing says so for most guillemets,
    /// their glyph evidence is reversed.
    func adjustGuillemetDirection(_ marks: inout [Mark]) {
        var evidence = 0
        for m in marks where m.family == .guillemet || m.family == .singleGuillemet {
            evidence += m.prior > 0 ? m.orientation : -m.orientation
        }
        guard evidence < -2 else { return }
        for k in marks.indices where marks[k].family == .guillemet || marks[k].family == .singleGuillemet {
            marks[k].prior = -marks[k].prior
        }
    }

    // MARK: Pairing

    /// A pair of marks or a lone mark of one family, by index into the family's marks.
    struct Item {
        var open: Int32
        /// The closing mark, or -1 for a lone mark.
        var close: Int32
        /// The paragraph of a lone mark (later than the mark's own when a continuation was merged).
        var paragraph: Int32
        var isLone: Bool { close < 0 }

        static func pair(_ a: Int, _ b: Int) -> Item { Item(open: Int32(truncatingIfNeeded: a), close: Int32(truncatingIfNeeded: b), paragraph: 0) }
        static func lone(_ a: Int, _ paragraph: Int32) -> Item { Item(open: Int32(truncatingIfNeeded: a), close: -1, paragraph: paragraph) }
    }

    func pairScore(_ a: Mark, _ b: Mark, _ view: TokenView) -> Int {
        let single = a.family == .single
        var s = single ? 1 : 3
        s += a.openScore - b.openScore
        let breaks = Int(b.paragraph - a.paragraph)
        s -= breaks * (single ? 8 : 4)
        let inside = b.tokens.lowerBound - a.tokens.upperBound
        if inside == 0 { s -= 5 }
        if single { if inside > 30 { s -= 3 } } else if inside > 1000 { s -= 4 } else if inside > 400 { s -= 2 }
        return s
    }

    /// The best sequence of pairs and lone marks for one family (ties prefer pairing). Besides
    /// pairing a mark with the next one, a pair may enclose up to three pairs of the same family
    /// ("… "الكورتيزون" …"), each of which must fit on its own.
    func bestPairing(_ marks: [Mark], _ view: TokenView) -> [Item] {
        let n = marks.count
        var items: [Item] = []
        items.reserveCapacity(n)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * n + 3) { scratch in
            let best = UnsafeMutableBufferPointer(rebasing: scratch[..<(n + 2)])
            // Per mark: 0 alone, 1 paired with the next, m > 1 enclosing m - 1 inner pairs.
            let choice = UnsafeMutableBufferPointer(rebasing: scratch[(n + 2)...])
            best.initialize(repeating: 0)
            choice.initialize(repeating: 0)
            for i in stride(from: n - 1, through: 0, by: -1) {
                best[i] = best[i + 1]
                if i + 1 < n {
                    let paired = pairScore(marks[i], marks[i + 1], view) + best[i + 2]
                    if paired >= best[i], paired > best[i + 2] { best[i] = paired; choice[i] = 1 }
                }
                var inner = 0
                for m in 1...3 {
                    let j = i + 2 * m + 1
                    guard j < n else { break }
                    let innerPair = pairScore(marks[i + 2 * m - 1], marks[i + 2 * m], view)
                    guard innerPair > 0 else { break }
                    inner += innerPair
                    let outer = pairScore(marks[i], marks[j], view)
                    guard outer > 0 else { continue }
                    let nested = outer + inner - 1 + best[j + 1]
                    if nested > best[i] { best[i] = nested; choice[i] = m + 1 }
                }
            }
            var i = 0
            while i < n {
                switch choice[i] {
                case 0: items.append(.lone(i, marks[i].paragraph)); i += 1
                case 1: items.append(.pair(i, i + 1)); i += 2
                default:
                    let m = choice[i] - 1
                    let j = i + 2 * m + 1
                    items.append(.pair(i, j))
                    for k in 0..<m { items.append(.pair(i + 1 + 2 * k, i + 2 + 2 * k)) }
                    i = j + 1
                }
            }
        }
        return items
    }

    /// Merges an opening mark left alone at the end of a paragraph with the quotation that
    /// re-opens at the start of the next paragraph(s).
    func mergeContinuations(_ items: [Item], _ marks: [Mark], _ view: TokenView) -> [Item] {
        func startsParagraph(_ m: Mark) -> Bool {
            m.tokens.lowerBound == 0 || view.paragraph(m.tokens.lowerBound - 1) != m.paragraph
        }
        func endsParagraph(_ m: Mark) -> Bool {
            var j = m.tokens.upperBound
            while j < view.count, view.paragraph(j) == m.paragraph, !view.isWord(j) { j += 1 }
            return j >= view.count || view.paragraph(j) != m.paragraph
        }
        // Nothing to merge without a lone opener (most documents): the items as they are.
        guard items.contains(where: { $0.isLone && marks[Int($0.open)].openScore > 0 }) else { return items }
        var out: [Item] = []
        out.reserveCapacity(items.count)
        for item in items {
            if let x = out.last, x.isLone, marks[Int(x.open)].openScore > 0 {
                let y = marks[Int(item.open)]
                if item.isLone {
                    if y.openScore > 0 && startsParagraph(y) && item.paragraph == x.paragraph + 1 {
                        out[out.count - 1].paragraph = item.paragraph
                        continue
                    }
                } else if startsParagraph(y) && y.paragraph == x.paragraph + 1 && endsParagraph(marks[Int(item.close)]) {
                    out[out.count - 1] = .pair(Int(x.open), Int(item.close))
                    continue
                }
            }
            out.append(item)
        }
        return out
    }

    /// Appends the quotations of a family's items to `quotes`.
    func appendQuoteMarks(_ items: [Item], _ marks: [Mark], _ view: TokenView, to quotes: inout [QuoteMark]) {
        let tokens = view.tokens
        func span(_ r: Range<Int>) -> TextSpan { TextSpan(start: tokens[r.lowerBound].span.start, end: tokens[r.upperBound - 1].span.end) }
        for item in items {
            let m = marks[Int(item.open)]
            if !item.isLone {
                let a = m, b = marks[Int(item.close)]
                var q = QuoteMark(span: span(a.tokens.lowerBound..<b.tokens.upperBound), open: span(a.tokens), close: span(b.tokens),
                                  openTokens: a.tokens, closeTokens: b.tokens, inner: a.tokens.upperBound..<b.tokens.lowerBound)
                if a.prior < 0 || b.prior > 0 { q.malformed = "reversed_marks" }
                quotes.append(q)
            } else if m.openScore > 0 {
                // An unclosed quotation is taken to run to the end of its sentence.
                var end = m.tokens.upperBound
                let sentence = view.sentence[m.tokens.lowerBound]
                while end < view.count, view.paragraph(end) == item.paragraph, sentence < 0 || view.sentence[end] == sentence { end += 1 }
                var last = end
                while last > m.tokens.upperBound, !view.isWord(last - 1) { last -= 1 }
                quotes.append(QuoteMark(span: span(m.tokens.lowerBound..<max(last, m.tokens.upperBound)), open: span(m.tokens), close: nil,
                                        openTokens: m.tokens, closeTokens: nil, inner: m.tokens.upperBound..<last, malformed: "unclosed"))
            } else {
                quotes.append(QuoteMark(span: span(m.tokens), open: m.openScore < 0 ? nil : span(m.tokens), close: m.openScore < 0 ? span(m.tokens) : nil,
                                        openTokens: nil, closeTokens: m.openScore < 0 ? m.tokens : nil, inner: m.tokens.upperBound..<m.tokens.upperBound,
                                        malformed: m.openScore < 0 ? "unopened" : "unpaired"))
            }
        }
    }

    /// The curly double marks “ ”.
    private static let curly: [UInt16] = [0x201C, 0x201D]

    /// Flags pairs that break the document's own convention for curly marks (”…“ or “…”), and
    /// pairs that mix straight and curly marks.
    func flagConventions(_ quotes: inout [QuoteMark], _ view: TokenView) {
        func glyph(_ r: Range<Int>?) -> UInt16? { r.map { view.punct($0.lowerBound) } }
        let curly = Self.curly
        var forward = 0, backward = 0
        for q in quotes {
            guard let o = glyph(q.openTokens), let c = glyph(q.closeTokens), curly.contains(o), curly.contains(c), o != c else { continue }
            if o == 0x201C { forward += 1 } else { backward += 1 }
        }
        let opener: UInt16? = forward > backward ? 0x201C : backward > forward ? 0x201D : nil
        for k in quotes.indices where quotes[k].isPaired && quotes[k].malformed == nil {
            guard let o = glyph(quotes[k].openTokens), let c = glyph(quotes[k].closeTokens) else { continue }
            if curly.contains(o), curly.contains(c), let opener {
                if o == c { quotes[k].malformed = o == opener ? "reversed_close_mark" : "reversed_open_mark" }
                else if o != opener { quotes[k].malformed = "reversed_marks" }
            } else if curly.contains(o) != curly.contains(c), o != 0x201E, c != 0x201E {
                quotes[k].malformed = "mismatched_marks"
            }
        }
    }
}
