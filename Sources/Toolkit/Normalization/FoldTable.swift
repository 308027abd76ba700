import CToolkitICU

/// The normalizer's per-code-point decisions, compiled once from ``NormalizationOptions`` with
/// ICU's own normalization data, so the hot loop is a table lookup per character.
///
/// A character takes the fast path when its normalization cannot depend on its neighbours
/// (quick-check "yes" and combining class 0, or a mark the folds remove). Anything else is
/// marked `complex`: the normalizer then hands the surrounding run to ICU.
public final class FoldTable: Sendable {
    /// Entry layout: bits 0–15 payload, 16–23 expansion length, 24–27 tag, bit 28 boundary-before.
    /// For `keep` and `map1` the payload is the output unit itself, so the hot loop emits it
    /// without looking at the tag.
    @usableFromInline let main: [UInt32]
    /// The folds alone (no Unicode form), applied to what ICU returns for a complex run.
    @usableFromInline let foldOnly: [UInt32]
    /// Multi-unit replacements, addressed by payload and length.
    @usableFromInline let expansions: [UInt16]
    public let options: NormalizationOptions

    @usableFromInline static let tagKeep: UInt32 = 0
    @usableFromInline static let tagMap1: UInt32 = 1
    @usableFromInline static let tagMapN: UInt32 = 2
    @usableFromInline static let tagRemoveMark: UInt32 = 3
    @usableFromInline static let tagRemoveControl: UInt32 = 4
    @usableFromInline static let tagComplex: UInt32 = 5
    @usableFromInline static let tagJoiner: UInt32 = 6
    @usableFromInline static let boundaryBit: UInt32 = 1 << 28

    public init(options: NormalizationOptions) {
        self.options = options
        var expansions: [UInt16] = []
        let icuForm: Int32? = switch options.form {
        case .none: nil
        case .nfc: Int32(TK_NFC)
        case .nfkc: Int32(TK_NFKC)
        }

        // Every code point keeps itself, then the folds overwrite the few they touch.
        var foldOnly = (0..<0x10000 as Range<UInt32>).map { FoldTable.tagKeep << 24 | $0 | FoldTable.boundaryBit }
        for (cp, action) in ArabicFolding.actions(options: options) where cp < 0x10000 {
            let entry: UInt32 = switch action {
            case .removeMark: FoldTable.tagRemoveMark << 24
            case .removeControl: FoldTable.tagRemoveControl << 24
            case .joiner: FoldTable.tagJoiner << 24
            case .replace(let to): FoldTable.tagMap1 << 24 | to
            }
            foldOnly[Int(cp)] = entry | FoldTable.boundaryBit
        }

        var main = foldOnly
        if let form = icuForm {
            var src = [UInt16](repeating: 0, count: 1)
            var dst = [UInt16](repeating: 0, count: 32)
            for cp in 0x80..<0x10000 as Range<UInt32> where !(0xD800...0xDFFF).contains(cp) {
                let props = tk_norm_props(form, cp)
                let qcYes = props & 1 != 0, nonzeroCCC = props & 4 != 0
                let boundaryBefore = props & 8 != 0, boundaryAfter = props & 16 != 0
                let fold = foldOnly[Int(cp)] >> 24 & 0xF
                let foldRemoves = fold == FoldTable.tagRemoveMark || fold == FoldTable.tagRemoveControl
                var entry: UInt32
                if qcYes && !nonzeroCCC {
                    entry = foldOnly[Int(cp)] & ~FoldTable.boundaryBit
                } else if foldRemoves && !(props & 2 != 0) {
                    // A mark the folds delete cannot reorder or compose with anything kept.
                    entry = foldOnly[Int(cp)] & ~FoldTable.boundaryBit
                } else if boundaryBefore && boundaryAfter {
                    // Self-contained decomposition (e.g. a presentation form): precompute it.
                    src[0] = UInt16(cp)
                    let n = Int(tk_normalize(form, src, 1, &dst, 32))
                    entry = FoldTable.tagComplex << 24
                    if n > 0 {
                        var units: [UInt16] = []
                        var removedAll = true
                        for u in dst[0..<n] {
                            let e = foldOnly[Int(u)]
                            switch e >> 24 & 0xF {
                            case FoldTable.tagKeep: units.append(u); removedAll = false
                            case FoldTable.tagMap1: units.append(UInt16(e & 0xFFFF)); removedAll = false
                            case FoldTable.tagRemoveMark, FoldTable.tagRemoveControl: break
                            default: units.append(u); removedAll = false
                            }
                        }
                        if removedAll || units.isEmpty {
                            entry = FoldTable.tagRemoveMark << 24
                        } else if units.count == 1 {
                            entry = FoldTable.tagMap1 << 24 | UInt32(units[0])
                        } else if units.count < 256, expansions.count + units.count < 0x10000 {
                            entry = FoldTable.tagMapN << 24 | UInt32(units.count) << 16 | UInt32(expansions.count)
                            expansions.append(contentsOf: units)
                        }
                    }
                } else {
                    entry = FoldTable.tagComplex << 24
                }
                if boundaryBefore { entry |= FoldTable.boundaryBit }
                main[Int(cp)] = entry
            }
        }
        self.main = main
        self.foldOnly = foldOnly
        self.expansions = expansions
    }
}
