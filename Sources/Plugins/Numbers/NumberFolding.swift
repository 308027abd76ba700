/// The fold number words are matched under, applied to a token's normalized UTF-16 units.
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
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627
        case 0x0649, 0x06CC, 0x0626: return 0x064A
        case 0x0629: return 0x0647
        case 0x0624: return 0x0648
        case 0x06A9: return 0x0643
        case 0x0660...0x0669: return u - 0x0660 + 0x30
        case 0x06F0...0x06F9: return u - 0x06F0 + 0x30
        case 0x066B: return 0x2E
        case 0x066C: return 0x2C
        case 0x00B2: return 0x32
        case 0x00B3: return 0x33
        case 0x064B...0x065F, 0x0670, 0x0640, 0x0610...0x061A, 0x200B...0x200F, 0x061C, 0x2066...0x2069, 0xFEFF:
            return 0
        default: return u
        }
    }

    /// ``fold(_:)`` of every UTF-16 unit: one table read per unit when a whole text is folded.
    static let table: [UInt16] = (0...0xFFFF).map { fold(UInt16($0)) }

    /// Folds a whole text into `out` (same length, 0 where a unit is dropped), so that a document
    /// is folded once and every lookup and letter test reads the result. Returns whether any unit
    /// was dropped (then a token's folded form is not simply its slice).
    static func fold(_ units: UnsafeBufferPointer<UInt16>, into out: UnsafeMutableBufferPointer<UInt16>) -> Bool {
        precondition(out.count >= units.count)
        guard let src = units.baseAddress, let dst = out.baseAddress else { return false }
        // The smallest folded unit is 0 exactly when a unit was dropped.
        var least = UInt16.max
        table.withUnsafeBufferPointer { t in
            let t = t.baseAddress!
            for k in 0..<units.count {
                let f = t[Int(src[k])]
                dst[k] = f
                least = Swift.min(least, f)
            }
        }
        return least == 0
    }

    /// True for a dropped mark that carries tanween (ً ٌ ٍ).
    @inline(__always)
    static func isTanween(_ u: UInt16) -> Bool { (0x064B...0x064D).contains(u) }

    /// The folded units of a string (used when the tables are built).
    static func fold(_ s: String) -> [UInt16] {
        s.utf16.compactMap { u in
            let f = fold(u)
            return f == 0 ? nil : f
        }
    }

    /// FNV-1a over units read from the last to the first, so that one backward pass over a token
    /// yields the hash of every suffix (the token without 0, 1, 2 … leading clitic letters).
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hashStep(_ h: UInt64, _ u: UInt16) -> UInt64 { (h ^ UInt64(u)) &* 0x0000_0100_0000_01B3 }

    /// The hash of a whole folded form, as ``hashStep(_:_:)`` computes it backwards.
    static func hash<C: BidirectionalCollection>(_ units: C) -> UInt64 where C.Element == UInt16 {
        units.reversed().reduce(hashSeed, hashStep)
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
