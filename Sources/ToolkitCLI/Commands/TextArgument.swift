/// Text from the command line, or all of standard input when none is given.
enum TextArgument {
    static func resolve(_ text: String?) throws -> String {
        if let text { return text }
        let bytes = try LineReader.readAllStdin()
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension LineReader {
    static func readAllStdin() throws -> [UInt8] {
        let reader = LineReader(fd: 0, ownsFD: false)
        var out: [UInt8] = []
        var first = true
        while let line = try reader.next({ Array($0) }) {
            if !first { out.append(0x0A) }
            out.append(contentsOf: line)
            first = false
        }
        return out
    }
}
