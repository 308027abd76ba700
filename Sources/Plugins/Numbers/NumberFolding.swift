/// The fold number words are matched under, applied to a token's normalized UTF-16 units: the
/// shared ``ArabicLetterFold`` and the number signs.
///
/// It is idempotent over every normalization profile, so the plugin reads the same keys whether
/// or not `normalize` ran: alef variants → ا, ى and Persian ی → ي, ة → ه, the hamza seats ؤ ئ → و ي
/// (so مائة، مئة and مية meet), Arabic-Indic and Persian digits → ASCII, ٫ ٬ → `.` `,`, superscript
/// ² ³ → 2 3; diacritics, tatweel and format controls are dropped.
enum NumberFolding {
    /// The folded unit, or 0 when the unit is dropped.
    @inline(__always)
    static func fold(_ u: UInt16) -> UInt16 {
        if u < 0x80 { return u }
        switch u {
        case 0x066B: return 0x2E
        case 0x066C: return 0x2C
        case 0x00B2: return 0x32
        case 0x00B3: return 0x33
        case 0x0610...0x061A: return 0
        default: return ArabicLetterFold.fold(u) ?? 0
        }
    }

    /// ``fold(_:)`` of every UTF-16 unit: one table read per unit when a word is read.
    /// Built as the identity with the blocks ``fold(_:)`` changes filled in from it, since
    /// running the switch over all 65,536 units cost more than folding a long article.
    static let table: [UInt16] = {
        var t = [UInt16](unsafeUninitializedCapacity: 0x10000) { units, count in
            for u in 0..<0x10000 { units[u] = UInt16(truncatingIfNeeded: u) }
            count = 0x10000
        }
        for block in foldedBlocks {
            for u in block { t[Int(u)] = fold(u) }
        }
        return t
    }()

    /// Every unit ``fold(_:)`` changes lies in one of these (Latin-1 to Arabic, punctuation and
    /// bidi controls, the byte order mark); the tests check all the others.
    static let foldedBlocks: [ClosedRange<UInt16>] = [0x0080...0x07FF, 0x2000...0x206F, 0xFEFF...0xFEFF]

    /// True for a dropped mark that carries tanween (ً ٌ ٍ).
    @inline(__always)
    static func isTanween(_ u: UInt16) -> Bool { (0x064B...0x064D).contains(u) }

    /// The folded units of a string (used when the tables are built). Read by scalar: the UTF-16
    /// view of a native string decodes its UTF-8 again at every step. Folded through ``table``,
    /// which the scan reads anyway.
    static func fold(_ s: String) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(s.utf8.count)
        table.withUnsafeBufferPointer { table in
            for scalar in s.unicodeScalars {
                for u in UTF16.encode(scalar)! {
                    let f = table[Int(u)]
                    if f != 0 { units.append(f) }
                }
            }
        }
        return units
    }
}

/// Letters the number code names, as UTF-16 units.
enum Letter {
    static let alef: UInt16 = 0x0627
    static let beh: UInt16 = 0x0628
    static let teh: UInt16 = 0x062A
    static let feh: UInt16 = 0x0641
    static let kaf: UInt16 = 0x0643
    static let lam: UInt16 = 0x0644
    static let meem: UInt16 = 0x0645
    static let noon: UInt16 = 0x0646
    static let heh: UInt16 = 0x0647
    static let waw: UInt16 = 0x0648
    static let yeh: UInt16 = 0x064A
}
