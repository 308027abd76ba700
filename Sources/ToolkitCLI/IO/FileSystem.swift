#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system questions the CLI asks, answered with POSIX calls.
enum FileSystem {
    enum Kind { case file, directory, missing }

    static func kind(of path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        return (st.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }

    /// Size in bytes, or nil when the path cannot be read.
    static func size(of path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Int(st.st_size)
    }

    /// Bytes left to read from a descriptor that is a regular file (standard input redirected
    /// from a file), or nil for a pipe or terminal.
    static func remainingSize(of fd: Int32) -> Int? {
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return max(0, Int(st.st_size) - max(0, Int(lseek(fd, 0, SEEK_CUR))))
    }

    /// Every regular file below `directory`, as paths relative to it (not sorted).
    static func files(under directory: String) throws -> [String] {
        var result: [String] = []
        var pending = [""]
        while let rel = pending.popLast() {
            let full = rel.isEmpty ? directory : directory + "/" + rel
            guard let dir = opendir(full) else {
                throw CLIError(.noInput, "cannot list \(full): \(String(cString: strerror(errno)))")
            }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                let child = rel.isEmpty ? name : rel + "/" + name
                switch kind(of: directory + "/" + child) {
                case .directory: pending.append(child)
                case .file: result.append(child)
                case .missing: break
                }
            }
        }
        return result
    }
}
