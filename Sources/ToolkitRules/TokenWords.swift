import Toolkit

/// Looks up tokens in a rule extractor's word table, straight from the normalized text.
///
/// With clitic segmentation on, a token the table does not know is looked up without its
/// proclitics too, one at a time (والضفة as الضفة, then ضفة).
struct TokenWords {
    /// Read through a pointer, so that the rare lookups that leave the fast path do not copy it.
    let lookup: UnsafePointer<WordTable.Lookup>
    let units: UnsafePointer<UInt16>?
    /// Units of the normalized text: a lookup may read past a token's end, never past this.
    let unitCount: Int
    let tokens: UnsafeBufferPointer<Token>
    let segments: [Int: [TokenSegment]]

    /// Runs `body` with the tokens of a document ready for lookups.
    static func with<R>(_ table: WordTable, _ tokens: [Token], _ normalized: NormalizedText,
                        _ segments: [Int: [TokenSegment]], _ body: (TokenWords) -> R) -> R {
        table.withLookup { lookup in
            withUnsafePointer(to: lookup) { lookup in
                normalized.utf16.withUnsafeBufferPointer { units in
                    tokens.withUnsafeBufferPointer { tokens in
                        body(TokenWords(lookup: lookup, units: units.baseAddress, unitCount: units.count, tokens: tokens,
                                        segments: segments))
                    }
                }
            }
        }
    }

    /// The word id of token `i` (`i < tokens.count`), or -1; with `startsOnly`, -1 also when it
    /// begins no term.
    @inline(__always)
    func id(_ i: Int, startsOnly: Bool = false) -> Int32 {
        guard let units else { return -1 }
        let id = PlainTokenWords.id(of: tokens[i], lookup, units, unitCount, startsOnly: startsOnly)
        if id >= 0 || segments.isEmpty { return id }
        return stemID(i, units: units, startsOnly: startsOnly)
    }

    /// The id of token `i` without its proclitics, the shortest cut first.
    @inline(never)
    private func stemID(_ i: Int, units: UnsafePointer<UInt16>, startsOnly: Bool) -> Int32 {
        guard let parts = segments[i] else { return -1 }
        let end = Int(tokens[i].normEnd)
        for part in parts.dropFirst() {
            let from = part.normRange.lowerBound
            let id = WordTable.Lookup.id(lookup, of: units + from, count: end - from, readable: unitCount - from, startsOnly: startsOnly)
            if id >= 0 { return id }
        }
        return -1
    }
}

extension TokenWords: TokenWordIDs {
    @inline(__always) func startID(_ i: Int) -> Int32 { id(i, startsOnly: true) }
    /// A token no word, or without clitics to strip, is what its id says; otherwise a stem may
    /// begin a term where the whole token does not.
    @inline(__always) func startID(_ i: Int, known id: Int32) -> Int32 { segments.isEmpty || id < 0 ? id : startID(i) }
    @inline(__always) func id(_ i: Int) -> Int32 { id(i, startsOnly: false) }
}
