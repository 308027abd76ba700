/// Allocator settings for corpus runs.
enum MemoryTuning {
    #if os(Linux)
    /// glibc's `mallopt` (from <malloc.h>, which the Glibc module does not export).
    @_silgen_name("mallopt")
    private static func mallopt(_ param: Int32, _ value: Int32) -> Int32
    /// glibc's parameter numbers (stable ABI): M_TRIM_THRESHOLD, M_MMAP_THRESHOLD.
    private static let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3
    #endif

    /// glibc serves allocations over 128 KB with `mmap` and returns them on `free`, so every
    /// document's arrays would fault in fresh pages (measured: ~84,000 faults and a third of the
    /// run time on 42 MB of news). Keeping freed memory in the heap lets documents reuse it; the
    /// heap stays bounded by the largest batch in flight.
    static func keepFreedMemory() {
        #if os(Linux)
        _ = mallopt(mmapThreshold, 256 << 20)
        _ = mallopt(trimThreshold, 512 << 20)
        #endif
    }
}
