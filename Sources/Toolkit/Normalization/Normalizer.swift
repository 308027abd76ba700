import CToolkitICU

/// Normalizes text in one pass over its UTF-8 bytes, keeping an alignment to the original.
///
/// The fast path decodes UTF-8 and looks each character up in a ``FoldTable``. Characters whose
/// normalization depends on context (combining sequences, composable hamza marks, rare
/// compatibility characters) are handed to ICU in the smallest run that is safe to normalize on
/// its own, so the result always equals ICU's normalization followed by the Arabic folds.
public struct Normalizer: Sendable {
    public let table: FoldTable

    public init(options: NormalizationOptions = NormalizationOptions()) {
        self.table = FoldTable(options: options)
    }

    public init(table: FoldTable) { self.table = table }

    public var options: NormalizationOptions { table.options }

    /// Normalizes a string (convenience for tools and tests).
    public func normalize(_ string: String) -> NormalizedText { normalize(SourceText(string)) }

    /// Normalizes a document's text.
    public func normalize(_ text: SourceText) -> NormalizedText {
        let form: Int32? = switch table.options.form {
        case .none: nil
        case .nfc: Int32(TK_NFC)
        case .nfkc: Int32(TK_NFKC)
        }
        // Normalized text is rarely longer in UTF-16 units than the original in UTF-8 bytes, so
        // write straight into the result arrays; expansions past that move to growable storage.
        let capacity = text.utf8.count + 16
        var spilled: NormalizedText?
        var count = 0
        var ends: [Int32] = []
        var starts: [Int32] = []
        let units = [UInt16](unsafeUninitializedCapacity: capacity) { ub, uc in
            starts = [Int32](unsafeUninitializedCapacity: capacity) { sb, sc in
                ends = [Int32](unsafeUninitializedCapacity: capacity) { eb, ec in
                    var out = AlignedBuffer(units: ub.baseAddress!, starts: sb.baseAddress!, ends: eb.baseAddress!, capacity: capacity)
                    text.utf8.withUnsafeBufferPointer { bytes in
                        table.main.withUnsafeBufferPointer { main in
                            run(bytes: bytes, main: main, form: form, out: &out)
                        }
                    }
                    if out.isOwned {
                        spilled = out.finish(originalLength: text.scalarCount)
                        count = 0
                    } else {
                        count = out.count
                    }
                    ec = count
                }
                sc = count
            }
            uc = count
        }
        return spilled ?? NormalizedText(utf16: units, starts: starts, ends: ends, originalLength: text.scalarCount)
    }

    private func run(bytes: UnsafeBufferPointer<UInt8>, main: UnsafeBufferPointer<UInt32>, form: Int32?,
                     out: inout AlignedBuffer) {
        let n = bytes.count
        var i = 0
        var s: Int32 = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                out.append(UInt16(b), s, s + 1)
                i += 1; s += 1
                continue
            }
            let (cp, len) = UTF8Decoding.decode(bytes, at: i)
            let e = cp < 0x10000 ? main[Int(cp)] : supplementaryEntry(cp, form: form)
            // Kept and single-mapped characters (nearly all) carry their output unit.
            if e & 0x0E00_0000 == 0, cp < 0x10000 {
                out.append(UInt16(truncatingIfNeeded: e), s, s + 1)
                i += len; s += 1
                continue
            }
            switch e >> 24 & 0xF {
            case FoldTable.tagKeep:
                out.append(scalar: cp, s, s + 1)
            case FoldTable.tagMap1:
                out.append(UInt16(truncatingIfNeeded: e), s, s + 1)
            case FoldTable.tagMapN:
                let start = Int(e & 0xFFFF), count = Int(e >> 16 & 0xFF)
                for k in start..<start + count { out.append(table.expansions[k], s, s + 1) }
            case FoldTable.tagRemoveMark:
                out.extendLast(to: s + 1)
            case FoldTable.tagRemoveControl:
                break
            case FoldTable.tagJoiner:
                let next = i + len < n ? UTF8Decoding.decode(bytes, at: i + len).scalar : 0
                if let prev = out.last, Self.isLetter(UInt32(prev)), Self.isLetter(next) {
                    out.append(UInt16(cp), s, s + 1)
                }
            default:
                // Complex: normalize the run from the last safe point to the next one with ICU.
                // Safe points are found only now, walking back: complex characters are rare.
                var safeByte = i, safeScalar = s
                if e & FoldTable.boundaryBit == 0 {
                    while safeByte > 0 {
                        var p = safeByte - 1
                        while p > 0, bytes[p] & 0xC0 == 0x80 { p -= 1 }
                        let c = UTF8Decoding.decode(bytes, at: p).scalar
                        safeByte = p; safeScalar -= 1
                        let pe = c < 0x80 ? FoldTable.boundaryBit : (c < 0x10000 ? main[Int(c)] : supplementaryEntry(c, form: form))
                        if pe & FoldTable.boundaryBit != 0 { break }
                    }
                }
                out.truncate(toSourceBefore: safeScalar)
                var j = i + len
                var sc = s + 1
                while j < n {
                    let (c2, l2) = UTF8Decoding.decode(bytes, at: j)
                    let e2 = c2 < 0x80 ? FoldTable.boundaryBit
                        : (c2 < 0x10000 ? main[Int(c2)] : supplementaryEntry(c2, form: form))
                    if e2 & FoldTable.boundaryBit != 0 && e2 >> 24 & 0xF != FoldTable.tagComplex { break }
                    j += l2; sc += 1
                }
                emitComplexRun(UnsafeBufferPointer(rebasing: bytes[safeByte..<j]), form: form,
                               start: safeScalar, end: sc, out: &out)
                i = j; s = sc
                continue
            }
            i += len; s += 1
        }
    }

    private func supplementaryEntry(_ cp: UInt32, form: Int32?) -> UInt32 {
        guard let form else { return FoldTable.boundaryBit }
        let props = tk_norm_props(form, cp)
        var e = props & 1 != 0 && props & 4 == 0 ? FoldTable.tagKeep << 24 : FoldTable.tagComplex << 24
        if props & 8 != 0 { e |= FoldTable.boundaryBit }
        return e
    }

    private func emitComplexRun(_ run: UnsafeBufferPointer<UInt8>, form: Int32?, start: Int32, end: Int32,
                                out: inout AlignedBuffer) {
        var src = [UInt16](repeating: 0, count: max(run.count, 1))
        let srcLen = src.withUnsafeMutableBufferPointer {
            tk_utf8_to_utf16(run.baseAddress, Int32(run.count), $0.baseAddress, nil)
        }
        guard srcLen > 0 else { return }
        var normalized = src
        if let form {
            var cap = Int(srcLen) * 4 + 8
            while true {
                var dst = [UInt16](repeating: 0, count: cap)
                let r = tk_normalize(form, src, srcLen, &dst, Int32(cap))
                if r >= 0 { normalized = Array(dst[0..<Int(r)]); break }
                if r == Int32.min { normalized = Array(src[0..<Int(srcLen)]); break }
                cap = Int(-r) + 8
            }
        } else {
            normalized = Array(src[0..<Int(srcLen)])
        }
        for u in normalized {
            let e = table.foldOnly[Int(u)]
            switch e >> 24 & 0xF {
            case FoldTable.tagMap1: out.append(UInt16(truncatingIfNeeded: e), start, end)
            case FoldTable.tagRemoveMark, FoldTable.tagRemoveControl: out.extendLast(to: end)
            default: out.append(u, start, end)
            }
        }
    }

    /// Letters for the ZWJ/ZWNJ rule (Arabic-script letters and any alphabetic character).
    @inline(__always)
    static func isLetter(_ cp: UInt32) -> Bool {
        if cp < 0x80 { return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7A }
        if (0x0620...0x064A).contains(cp) || (0x066E...0x06D3).contains(cp) { return true }
        return tk_is_alphabetic(cp) != 0
    }
}

/// Growable UTF-16 output with per-unit source ranges, in raw buffers: the normalizer writes
/// three values per character, and array appends (with their uniqueness checks) cost more than
/// the folding itself.
struct AlignedBuffer: ~Copyable {
    private var unitsPtr: UnsafeMutablePointer<UInt16>
    private var startsPtr: UnsafeMutablePointer<Int32>
    private var endsPtr: UnsafeMutablePointer<Int32>
    private var capacity: Int
    private(set) var count = 0
    /// False while writing into storage the caller owns; true once grown into our own.
    private(set) var isOwned: Bool

    /// Writes into caller-owned storage until it is full, then moves to its own.
    init(units: UnsafeMutablePointer<UInt16>, starts: UnsafeMutablePointer<Int32>, ends: UnsafeMutablePointer<Int32>, capacity: Int) {
        unitsPtr = units
        startsPtr = starts
        endsPtr = ends
        self.capacity = capacity
        isOwned = false
    }

    deinit {
        if isOwned {
            unitsPtr.deallocate()
            startsPtr.deallocate()
            endsPtr.deallocate()
        }
    }

    @inline(__always) var last: UInt16? { count > 0 ? unitsPtr[count - 1] : nil }

    @inline(never)
    private mutating func grow() {
        let newCapacity = capacity * 2
        let owned = isOwned
        func move<T>(_ p: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
            let q = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
            q.moveInitialize(from: p, count: count)
            if owned { p.deallocate() }
            return q
        }
        unitsPtr = move(unitsPtr)
        startsPtr = move(startsPtr)
        endsPtr = move(endsPtr)
        capacity = newCapacity
        isOwned = true
    }

    @inline(__always)
    mutating func append(_ u: UInt16, _ start: Int32, _ end: Int32) {
        if count == capacity { grow() }
        unitsPtr[count] = u
        startsPtr[count] = start
        endsPtr[count] = end
        count += 1
    }

    @inline(__always)
    mutating func append(scalar cp: UInt32, _ start: Int32, _ end: Int32) {
        if cp < 0x10000 {
            append(UInt16(truncatingIfNeeded: cp), start, end)
        } else {
            let v = cp - 0x10000
            append(UInt16(0xD800 | (v >> 10)), start, end)
            append(UInt16(0xDC00 | (v & 0x3FF)), start, end)
        }
    }

    /// A removed mark joins the previous unit's source range.
    @inline(__always)
    mutating func extendLast(to end: Int32) {
        if count > 0 { endsPtr[count - 1] = end }
    }

    /// Drops the units whose source starts at or after `scalar` (to redo them from there).
    mutating func truncate(toSourceBefore scalar: Int32) {
        while count > 0, startsPtr[count - 1] >= scalar { count -= 1 }
    }

    /// The result as arrays (copied from owned storage).
    consuming func finish(originalLength: Int) -> NormalizedText {
        NormalizedText(utf16: Array(UnsafeBufferPointer(start: unitsPtr, count: count)),
                       starts: Array(UnsafeBufferPointer(start: startsPtr, count: count)),
                       ends: Array(UnsafeBufferPointer(start: endsPtr, count: count)),
                       originalLength: originalLength)
    }
}

/// Decoding of already-validated UTF-8.
enum UTF8Decoding {
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                | UInt32(p[i + 3] & 0x3F), 4)
    }
}
