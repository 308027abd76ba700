/// Folded word forms → ids, with a lookup that strips proclitics and allocates nothing.
///
/// A token is folded once and hashed backwards (``NumberFolding/hashStep(_:_:)``), which gives the
/// hash of the whole token and of the token without its first 1…4 letters in one pass; only
/// those cuts whose dropped letters are a valid clitic sequence (و ف, then ب ل ك, then ال or لل)
/// are looked up, shortest cut first. A 64-kbit filter answers most misses without touching
/// the dictionary, and every hit is verified against the stored form.
struct WordIndex: Sendable {
    /// The longest clitic sequence stripped (وبال، ولل).
    static let maxPrefix = 4
    /// Tokens longer than this cannot be a listed form with clitics.
    static let maxTokenLength = 24

    private var ids: [UInt64: Int32] = [:]
    private var units: [UInt16] = []
    private var starts: [Int32] = [0]
    private var filter = [UInt64](repeating: 0, count: 1 << 10)

    /// Number of distinct forms.
    var count: Int { starts.count - 1 }

    /// The id of a folded form, adding it when new.
    mutating func intern(_ form: [UInt16]) -> Int32 {
        precondition(!form.isEmpty, "empty form")
        let h = NumberFolding.hash(form)
        if let id = ids[h] {
            precondition(self.form(id).elementsEqual(form), "hash collision between lexicon forms")
            return id
        }
        let id = Int32(count)
        ids[h] = id
        units.append(contentsOf: form)
        starts.append(Int32(units.count))
        filter[Int(h >> 54)] |= 1 << (h >> 48 & 63)
        return id
    }

    /// The id of a folded form, if listed.
    func id(of form: [UInt16]) -> Int32? {
        guard let id = ids[NumberFolding.hash(form)], self.form(id).elementsEqual(form) else { return nil }
        return id
    }

    /// The stored folded form of an id.
    func form(_ id: Int32) -> ArraySlice<UInt16> { units[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])] }

    /// Looks up folded units: the form itself, or the form after a clitic sequence.
    func lookup(_ u: UnsafeBufferPointer<UInt16>) -> (id: Int32, prefix: Prefix)? {
        let n = u.count
        guard n > 0, n <= Self.maxTokenLength else { return nil }
        let maxCut = Swift.min(Self.maxPrefix, n - 2)
        var cuts: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        var h = NumberFolding.hashSeed
        var i = n - 1
        while i >= 0 {
            h = NumberFolding.hashStep(h, u[i])
            switch i {
            case 0: cuts.0 = h
            case 1: cuts.1 = h
            case 2: cuts.2 = h
            case 3: cuts.3 = h
            case 4: cuts.4 = h
            default: break
            }
            i -= 1
        }
        if let id = probe(cuts.0, u, from: 0) { return (id, []) }
        guard maxCut >= 1 else { return nil }
        for k in 1...maxCut {
            guard let prefix = Self.clitics(u, length: k) else { continue }
            let hk: UInt64
            switch k {
            case 1: hk = cuts.1
            case 2: hk = cuts.2
            case 3: hk = cuts.3
            default: hk = cuts.4
            }
            if let id = probe(hk, u, from: k) { return (id, prefix) }
        }
        return nil
    }

    @inline(__always)
    private func probe(_ h: UInt64, _ u: UnsafeBufferPointer<UInt16>, from k: Int) -> Int32? {
        guard filter[Int(h >> 54)] & (1 << (h >> 48 & 63)) != 0, let id = ids[h] else { return nil }
        let s = Int(starts[Int(id)]), e = Int(starts[Int(id) + 1])
        guard e - s == u.count - k else { return nil }
        for j in 0..<(e - s) where units[s + j] != u[k + j] { return nil }
        return id
    }

    /// The clitics of a word outside the lexicon when they end in the article (الجماعة، بالمركز,
    /// للشعب), which is all the extractor needs to know of it; empty otherwise.
    static func articleClitics(_ u: UnsafeBufferPointer<UInt16>) -> Prefix {
        for k in 2...4 where u.count >= k + 2 {
            if let p = clitics(u, length: k), p.contains(.article) { return p }
        }
        return []
    }

    /// The clitics spelled by the first `k` units, or nil when they are not a clitic sequence:
    /// an optional conjunction (و ف), an optional preposition (ب ك ل), then optionally the
    /// article (ال, or ل after the preposition ل: لل).
    static func clitics(_ u: UnsafeBufferPointer<UInt16>, length k: Int) -> Prefix? {
        var i = 0
        var p: Prefix = []
        if u[i] == Letter.waw || u[i] == Letter.feh { p.insert(.conjunction); i += 1 }
        var lamPreposition = false
        if i < k, u[i] == Letter.beh || u[i] == Letter.kaf || u[i] == Letter.lam {
            p.insert(.preposition)
            lamPreposition = u[i] == Letter.lam
            i += 1
        }
        if i == k { return p }
        if k - i == 2, u[i] == Letter.alef, u[i + 1] == Letter.lam { return p.union(.article) }
        if lamPreposition, k - i == 1, u[i] == Letter.lam { return p.union(.article) }
        return nil
    }
}
