#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The cheapest reliable clock for timing work: `CLOCK_MONOTONIC`, read through the vDSO on
/// Linux (about 20 ns), so it can wrap every plugin call without showing up in the profile.
public enum MonotonicClock {
    /// Nanoseconds since an arbitrary fixed point; only differences are meaningful.
    @inline(__always)
    public static func nanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    /// Seconds since the same fixed point.
    public static func seconds() -> Double { Double(nanoseconds()) / 1e9 }
}
