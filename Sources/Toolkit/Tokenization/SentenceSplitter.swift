/// Sentence spans: ICU sentence break plus the quirks of Arabic news.
///
/// - `., ` (a period glued to a comma, common in scraped Arabic news) ends a sentence; ICU
///   reads it as a continuation.
/// - A boundary inside a quotation that closes later in the same paragraph is dropped, so a
///   quoted speech of several sentences stays in the sentence that introduces it.
/// - A period after a lone Arabic letter is an abbreviation, not a sentence end, when an Arabic
///   letter follows: `د.` (doctor), `أ.د.`, `م.` (engineer) before a name. After a number the
///   letter is a unit and the period may end the sentence (`عام 2015 م.`).
/// - Numbers such as `1.5` are never split (ICU's rule SB6), paragraph breaks always split.
/// One instance per worker (it owns an ICU iterator and a table of character classes).
public final class SentenceSplitter {
    private let breaker: BreakIterator
    private let classes = SentenceBreakTable()
    /// Longest quotation (UTF-16 units) inside which boundaries are dropped.
    public let maxQuoteLength = 600
    /// Decide boundaries only around terminators, asking ICU about rare windows alone (same
    /// boundaries, a fraction of the cost); off: ICU reads the whole text.
    public let fastPath: Bool
    /// Terminator windows the last call handed to ICU (for measurement and tests).
    public var icuWindows: Int { lastICUWindows }

    // Private storage behind the public property: the compiler can then prove every access
    // exclusive, where a public stored variable costs a run-time check per document.
    private var lastICUWindows = 0
    /// The last document's scan, kept for the storage of its arrays.
    private var spare = Scan()

    public init(locale: String = "ar", fastPath: Bool = true) throws {
        breaker = try BreakIterator(.sentence, locale: locale)
        self.fastPath = fastPath
    }

    /// The sentences of `text`, in order, as trimmed spans of the original text.
    public func split(_ text: NormalizedText) -> [TextSpan] {
        let n = text.count
        guard n > 0 else { return [] }
        var scan = spare
        spare = Scan()
        scan.removeAll()
        var spans: [TextSpan] = []
        text.utf16.withUnsafeBufferPointer { u in
            self.scan(u, fastPath: fastPath, into: &scan)
            if !fastPath { icuBoundaries(u, into: &scan.cuts) }
            if !scan.periodCommaCuts.isEmpty { scan.cuts.append(contentsOf: scan.periodCommaCuts) }
            scan.cuts.sort()
            scan.findQuotations(maxLength: maxQuoteLength)
            spans = self.spans(text, u, scan)
        }
        lastICUWindows = scan.icuWindows
        spare = scan
        return spans
    }

    /// The spans between cuts that do not fall inside a quotation, trimmed of white space and
    /// control characters, in original offsets.
    private func spans(_ text: NormalizedText, _ u: UnsafeBufferPointer<UInt16>, _ scan: Scan) -> [TextSpan] {
        var spans: [TextSpan] = []
        spans.reserveCapacity(scan.cuts.count + 1)
        let quoted = scan.quoted
        var q = 0
        var start = 0
        func add(_ end: Int) {
            var s = start, e = end
            while s < e, CharClass.isSpace(u[s]) || u[s] < 0x20 { s += 1 }
            while e > s, CharClass.isSpace(u[e - 1]) || u[e - 1] < 0x20 { e -= 1 }
            if s < e { spans.append(text.originalSpan(s..<e)) }
            start = end
        }
        for end in scan.cuts where end > start {
            while q < quoted.count, quoted[q].upperBound < end { q += 1 }
            if q < quoted.count, end > quoted[q].lowerBound { continue }
            if Self.followsAbbreviation(end, u) { continue }
            add(end)
        }
        if u.count > start { add(u.count) }
        return spans
    }

    /// True when the cut at `end` comes after an abbreviation (د. محمد، أ.د. علي: see
    /// ``ArabicAbbreviation``): the cut follows the period and the spaces after it.
    static func followsAbbreviation(_ end: Int, _ u: UnsafeBufferPointer<UInt16>) -> Bool {
        var p = end
        while p > 0, ArabicAbbreviation.isSpace(u[p - 1]) { p -= 1 }
        return p > 0 && ArabicAbbreviation.isAbbreviationPeriod(p - 1, u)
    }

    /// ICU's sentence boundaries over the whole text, appended to `cuts` in place of the scan's.
    private func icuBoundaries(_ u: UnsafeBufferPointer<UInt16>, into cuts: inout [Int]) {
        cuts.removeAll(keepingCapacity: true)
        breaker.segment(u)
        for k in 0..<breaker.count { cuts.append(Int(breaker.ends[k])) }
    }

    /// ICU's sentence boundaries alone, as the fast path or ICU over the whole text finds them:
    /// ascending, each once, ending with the text's length. The tests compare the two.
    func icuBoundaries(_ u: UnsafeBufferPointer<UInt16>) -> [Int] {
        var scan = Scan()
        self.scan(u, fastPath: fastPath, into: &scan)
        lastICUWindows = scan.icuWindows
        if !fastPath { icuBoundaries(u, into: &scan.cuts) }
        scan.cuts.append(u.count)
        return Set(scan.cuts).sorted()
    }

    /// What one pass over the text finds: ICU's boundaries (decided around terminators), the
    /// `.,` cuts, and the quotation marks and line ends for quote tracking.
    struct Scan {
        var cuts: [Int] = []
        var periodCommaCuts: [Int] = []
        var marks: [(index: Int, unit: UInt16)] = []
        /// Quotations inside which cuts are dropped, ascending (from ``findQuotations(maxLength:)``).
        var quoted: [Range<Int>] = []
        /// Terminator windows handed to ICU.
        var icuWindows = 0

        /// Empties the arrays, keeping their storage (the check spares the generic removal when
        /// there is nothing to remove).
        mutating func removeAll() {
            if !cuts.isEmpty { cuts.removeAll(keepingCapacity: true) }
            if !periodCommaCuts.isEmpty { periodCommaCuts.removeAll(keepingCapacity: true) }
            if !marks.isEmpty { marks.removeAll(keepingCapacity: true) }
            if !quoted.isEmpty { quoted.removeAll(keepingCapacity: true) }
            icuWindows = 0
        }

        /// Tracks quotation marks per paragraph: a quotation that closes in the same paragraph
        /// within `maxLength` units is kept in `quoted`.
        mutating func findQuotations(maxLength: Int) {
            var open: Int? = nil
            var guillemetDepth = 0
            for (i, c) in marks {
                switch c {
                case 0x0A, 0x0D, 0x2029:
                    open = nil; guillemetDepth = 0
                case 0x22, 0x201C, 0x201D, 0x201E:
                    // Arabic news opens with either curly mark, so double quotes toggle.
                    if guillemetDepth == 0 {
                        if let o = open { close(o, i, maxLength); open = nil } else { open = i }
                    }
                case 0xAB:
                    if guillemetDepth == 0 { open = i }
                    guillemetDepth += 1
                case 0xBB:
                    if guillemetDepth > 0 {
                        guillemetDepth -= 1
                        if guillemetDepth == 0, let o = open { close(o, i, maxLength); open = nil }
                    }
                default: break
                }
            }
        }

        private mutating func close(_ open: Int, _ i: Int, _ maxLength: Int) {
            if i - open <= maxLength { quoted.append(open..<i) }
        }
    }

    /// ICU's sentence boundaries, decided only where a boundary is possible.
    ///
    /// UAX #29 breaks a sentence only after a paragraph separator (SB4) or after a terminator
    /// run `SATerm Close* Sp* ParaSep?` (SB11); every other rule only forbids breaks. Whether a
    /// terminator run breaks depends on the character before it (SB7) and on what follows up to
    /// the next letter or separator (SB6, SB8, SB8a). `TerminatorRun` decides the common
    /// windows; for the others ICU is asked about a window from the character before the
    /// terminator to just past that next letter. Separators break on their own.
    /// `SentenceSplitterTests` compares this with ICU over whole texts.
    ///
    /// Most units cannot matter (`SentenceBreakClass.arePlain`): the scan passes them eight at
    /// a time and reads unit by unit only the blocks that hold something else.
    func scan(_ u: UnsafeBufferPointer<UInt16>, fastPath: Bool, into scan: inout Scan) {
        typealias SB = SentenceBreakClass
        guard let base = u.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let n = u.count
        let t = classes, quick = classes.stops
        var i = 0
        while i < n {
            while i &+ 8 <= n, SB.arePlain(raw.loadUnaligned(fromByteOffset: i &* 2, as: SIMD8<UInt16>.self)) { i &+= 8 }
            let blockEnd = Swift.min(i &+ 8, n)
            while i < blockEnd {
                if quick[Int(u[i])] == 0 { i &+= 1; continue }
                i = visit(u, i, t, fastPath, &scan)
            }
        }
    }

    /// Records a closing mark or separator at `i` (class `c`): a quotation mark or line end for
    /// the quote tracking, and the cut after a separator (after CR LF as one). Returns `i + 1`.
    private static func mark(_ u: UnsafeBufferPointer<UInt16>, _ i: Int, _ c: UInt8, _ scan: inout Scan) -> Int {
        typealias SB = SentenceBreakClass
        let unit = u[i]
        if isTrackedMark(unit) { scan.marks.append((i, unit)) }
        if c != SB.close, c != SB.cr || !(i + 1 < u.count && u[i + 1] == 0x0A) { scan.cuts.append(i + 1) }
        return i + 1
    }

    /// Handles a unit the quick test stops at: records its cut or quotation mark, or decides its
    /// terminator window. Returns where the scan goes on.
    private func visit(_ u: UnsafeBufferPointer<UInt16>, _ i: Int, _ t: SentenceBreakTable, _ fastPath: Bool,
                       _ scan: inout Scan) -> Int {
        typealias SB = SentenceBreakClass
        let n = u.count
        let unit = u[i]
        var c = t.stopClass(unit)
        if c == 0 { return i + 1 }  // on a page just read
        if c == SB.surrogate { c = SB.of(u, i, t) }
        if c == SB.close || c == SB.lf || c == SB.cr || c == SB.sep { return Self.mark(u, i, c, &scan) }
        guard c == SB.aTerm || c == SB.sTerm else { return i + 1 }
        if unit == 0x2E, i + 2 < n, u[i + 1] == 0x2C || u[i + 1] == 0x060C, CharClass.isSpace(u[i + 2]) {
            var j = i + 2
            while j < n, CharClass.isSpace(u[j]) { j += 1 }
            scan.periodCommaCuts.append(j)
        }
        // Window end: just past the first letter or separator after the terminator.
        var stop = i + 1
        while stop < n {
            let f = SB.of(u, stop, t)
            if f == SB.oLetter || f == SB.upper || f == SB.lower || f == SB.sep || f == SB.cr || f == SB.lf { break }
            if Self.isTrackedMark(u[stop]) { scan.marks.append((stop, u[stop])) }
            stop += 1
        }
        guard fastPath else { return Swift.max(stop, i + 1) }
        if let outcome = TerminatorRun.outcome(u, i, stop, t) {
            if case .boundary(let b) = outcome { scan.cuts.append(b) }
        } else {
            scan.icuWindows += 1
            // Window start: the character before the terminator, past any Extend/Format.
            var ws = i
            while ws > 0 {
                ws -= 1
                let p = SB.of(u, ws, t)
                if p != SB.extend && p != SB.format { break }
            }
            // A character beyond the BMP starts at its lead surrogate (SB7 reads it whole).
            if ws > 0, UTF16.isTrailSurrogate(u[ws]), UTF16.isLeadSurrogate(u[ws - 1]) { ws -= 1 }
            let we = Swift.min(n, stop + 2)
            breaker.segment(UnsafeBufferPointer(rebasing: u[ws..<we]))
            for k in 0..<breaker.count {
                let b = ws + Int(breaker.ends[k])
                if b > ws, b < we || we == n { scan.cuts.append(b) }
            }
        }
        return Swift.max(stop, i + 1)
    }

    /// Quotation marks and line ends, which the quote tracking needs.
    @inline(__always)
    static func isTrackedMark(_ c: UInt16) -> Bool {
        c == 0x22 || (0x201C...0x201E).contains(c) || c == 0xAB || c == 0xBB || c == 0x0A || c == 0x0D || c == 0x2029
    }
}
