import Toolkit

/// ``TokenWords`` for a document without clitic segments (the usual case) and with text: no
/// stem to fall back on and no missing text to check for, at every token.
struct PlainTokenWords: TokenWordIDs {
    let lookup: UnsafePointer<WordTable.Lookup>
    let units: UnsafePointer<UInt16>
    let unitCount: Int
    let tokens: UnsafeBufferPointer<Token>

    /// Nil when `words` has clitic segments or no text.
    init?(_ words: TokenWords) {
        guard words.segments.isEmpty, let units = words.units else { return nil }
        lookup = words.lookup
        self.units = units
        unitCount = words.unitCount
        tokens = words.tokens
    }

    @inline(__always)
    private func id(_ i: Int, startsOnly: Bool) -> Int32 {
        Self.id(of: tokens[i], lookup, units, unitCount, startsOnly: startsOnly)
    }

    /// The id of a whole token (no clitics stripped), read from the normalized units.
    @inline(__always)
    static func id(of token: Token, _ lookup: UnsafePointer<WordTable.Lookup>, _ units: UnsafePointer<UInt16>,
                   _ unitCount: Int, startsOnly: Bool) -> Int32 {
        let start = Int(token.normStart)
        return WordTable.Lookup.id(lookup, of: units + start, count: Int(token.normEnd) &- start, readable: unitCount &- start,
                                   startsOnly: startsOnly)
    }

    @inline(__always) func startID(_ i: Int) -> Int32 { id(i, startsOnly: true) }
    @inline(__always) func startID(_ i: Int, known id: Int32) -> Int32 { id }
    @inline(__always) func id(_ i: Int) -> Int32 { id(i, startsOnly: false) }
}
