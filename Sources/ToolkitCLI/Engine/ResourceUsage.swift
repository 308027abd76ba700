#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process measurements for summaries and `bench`.
#if canImport(Glibc)
private let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

enum ResourceUsage {
    /// Peak resident set size in MB.
    ///
    /// On Linux from `VmHWM` in /proc/self/status: `getrusage` keeps the peak of the process
    /// image before `exec`, so a toolkit started by a large parent (a test runner, a JVM) would
    /// report the parent's memory.
    static var peakRSSMegabytes: Double {
        #if os(Linux)
        if let kilobytes = procStatusKilobytes("VmHWM:") { return Double(kilobytes) / 1024.0 }
        #endif
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        return Double(usage.ru_maxrss) / 1024.0  // kilobytes on Linux
    }

    /// A `kB` field of /proc/self/status.
    private static func procStatusKilobytes(_ field: String) -> Int? {
        guard let status = try? LineReader.readAll(path: "/proc/self/status") else { return nil }
        for line in String(decoding: status, as: UTF8.self).split(separator: "\n") where line.hasPrefix(field) {
            return Int(line.dropFirst(field.count).split(separator: " ").first ?? "")
        }
        return nil
    }

    /// Number of online CPUs.
    static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
