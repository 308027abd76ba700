import CToolkitICU

/// Sentence_Break classes of BMP code units for one splitter, read from ICU a page of 256 units
/// at a time when a unit of the page is first met: news text touches a handful of pages, where
/// the whole table would take 65,536 ICU calls. Not thread-safe, like the splitter owning it.
final class SentenceBreakTable {
    /// Marks the units of a page not read yet; nonzero, so the scan's quick test stops there.
    static let unread: UInt8 = 254
    private static let pageSize = 256

    /// The class of each unit (``SentenceBreakClass``), or `unread`.
    private let classes: UnsafeMutablePointer<UInt8>
    /// The class of each unit that stops the scan, 0 for the others, or `unread`.
    let stops: UnsafeMutablePointer<UInt8>

    init() {
        classes = .allocate(capacity: 0x10000)
        classes.initialize(repeating: Self.unread, count: 0x10000)
        stops = .allocate(capacity: 0x10000)
        stops.initialize(repeating: Self.unread, count: 0x10000)
    }

    deinit {
        classes.deallocate()
        stops.deallocate()
    }

    /// The class of a unit (a surrogate's is ``SentenceBreakClass/surrogate``).
    @inline(__always)
    subscript(unit: UInt16) -> UInt8 {
        let c = classes[Int(unit)]
        return c != Self.unread ? c : read(unit)
    }

    /// The class of a unit if it stops the scan, else 0.
    @inline(__always)
    func stopClass(_ unit: UInt16) -> UInt8 {
        let c = stops[Int(unit)]
        guard c == Self.unread else { return c }
        _ = read(unit)
        return stops[Int(unit)]
    }

    /// Reads the page holding `unit` from ICU and returns the unit's class.
    @inline(never)
    private func read(_ unit: UInt16) -> UInt8 {
        let first = Int(unit) & ~(Self.pageSize - 1)
        for u in first..<first + Self.pageSize {
            let c = (0xD800...0xDFFF).contains(u)
                ? SentenceBreakClass.surrogate : UInt8(truncatingIfNeeded: tk_sentence_break(UInt32(u)))
            classes[u] = c
            stops[u] = SentenceBreakClass.stopsScan(c) ? c : 0
        }
        return classes[Int(unit)]
    }
}
