/// Word ids looked up for every token beforehand (for token patterns, which need them all).
struct WordIDList: TokenWordIDs {
    let ids: UnsafeBufferPointer<Int32>

    @inline(__always) func startID(_ i: Int) -> Int32 { ids[i] }
    @inline(__always) func startID(_ i: Int, known id: Int32) -> Int32 { id }
    @inline(__always) func id(_ i: Int) -> Int32 { ids[i] }
}
