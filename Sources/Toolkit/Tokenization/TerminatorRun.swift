/// UAX #29's sentence boundary after a terminator, decided without ICU for the windows Arabic
/// news is made of.
///
/// After a terminator comes its run: `Close* Sp*`, where a further terminator starts the run
/// again (SB8a) and Extend and Format characters are ignored (SB5). The rules then look at the
/// character X after the run:
///
/// | X after the run                            | boundary                                 | rule      |
/// |--------------------------------------------|------------------------------------------|-----------|
/// | OLetter (Arabic letters)                   | before X                                 | SB11      |
/// | Sep, CR, LF                                | after X, where the scan cuts anyway      | SB9, SB10 |
/// | end of text                                | at the end, always a cut                 | SB2       |
/// | digit right after ATerm (Extend, Format)   | none                                     | SB6       |
/// | digit after ATerm, then Close or Sp        | none if the next letter is lower-case, else before X | SB8 |
/// | digit after STerm                          | before X                                 | SB11      |
///
/// Everything else is left to ICU: Latin letters after the run (SB7, SB8), SContinue (SB8a),
/// other classes, surrogates, and a further terminator in the window after a digit.
enum TerminatorRun {
    enum Outcome {
        /// ICU reports a boundary at this index, and none elsewhere in the window.
        case boundary(Int)
        /// ICU reports no boundary in the window besides those the scan adds itself (after a
        /// separator, at the end of the text).
        case noBoundary
    }

    /// The outcome for the terminator at `i`, whose window runs up to `stop` (the first letter
    /// or paragraph separator after it, or the end of the text); nil when ICU must decide.
    static func outcome(_ u: UnsafeBufferPointer<UInt16>, _ i: Int, _ stop: Int, _ t: SentenceBreakTable) -> Outcome? {
        typealias SB = SentenceBreakClass
        var last = t[u[i]]
        guard last != SB.surrogate else { return nil }
        // Nothing but Extend and Format since the last terminator (SB6 needs the digit next).
        var bare = true
        var afterSpace = false
        var k = i + 1
        run: while k < stop {
            let c = t[u[k]]
            switch c {
            case SB.extend, SB.format: break
            case SB.aTerm, SB.sTerm: last = c; bare = true; afterSpace = false
            case SB.close where !afterSpace: bare = false
            case SB.sp: afterSpace = true; bare = false
            default: break run
            }
            k += 1
        }
        // The class ending the window: OLetter, Upper, Lower or a separator (or a surrogate).
        let end = stop < u.count ? t[u[stop]] : nil
        if k == stop {
            guard let end else { return .noBoundary }
            switch end {
            case SB.oLetter: return .boundary(stop)
            case SB.sep, SB.cr, SB.lf: return .noBoundary
            default: return nil
            }
        }
        // A digit after the run, with no terminator after it in the window (else ICU decides).
        guard t[u[k]] == SB.numeric else { return nil }
        for m in (k + 1)..<stop {
            let c = t[u[m]]
            if c == SB.aTerm || c == SB.sTerm || c == SB.surrogate { return nil }
        }
        if last == SB.sTerm { return .boundary(k) }
        if bare { return .noBoundary }
        // SB8 reads past NotLetters (the digit and all up to `stop`) to the next letter.
        switch end {
        case SB.lower?: return .noBoundary
        case SB.surrogate?: return nil
        default: return .boundary(k)
        }
    }
}
