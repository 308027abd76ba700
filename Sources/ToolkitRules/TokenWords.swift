import Toolkit

/// Looks up tokens in a rule extractor's word table, straight from the normalized text.
///
/// With clitic segmentation on, a token the table does not know is looked up without its
/// proclitics too, one at a time (والضفة as الضفة, then ضفة).
struct TokenWords {
    let lookup: WordTable.Lookup
    let units: UnsafePointer<UInt16>?
    let tokens: UnsafeBufferPointer<Token>
    let segments: [Int: [TokenSegment]]

    /// Runs `body` with the tokens of a document ready for lookups.
    static func with<R>(_ table: WordTable, _ tokens: [Token], _ normalized: NormalizedText,
                        _ segments: [Int: [TokenSegment]], _ body: (TokenWords) -> R) -> R {
        table.withLookup { lookup in
            normalized.utf16.withUnsafeBufferPointer { units in
                tokens.withUnsafeBufferPointer { tokens in
                    body(TokenWords(lookup: lookup, units: units.baseAddress, tokens: tokens, segments: segments))
                }
            }
        }
    }

    /// The word id of token `i`, or -1; with `startsOnly`, -1 also when it begins no term.
    @inline(__always)
    func id(_ i: Int, startsOnly: Bool = false) -> Int32 {
        guard i < tokens.count, let units else { return -1 }
        let start = Int(tokens[i].normStart), end = Int(tokens[i].normEnd)
        var id = lookup.id(of: units + start, count: end - start, startsOnly: startsOnly)
        if id < 0, !segments.isEmpty, let parts = segments[i] {
            for part in parts.dropFirst() where id < 0 {
                id = lookup.id(of: units + part.normRange.lowerBound, count: end - part.normRange.lowerBound, startsOnly: startsOnly)
            }
        }
        return id
    }
}
