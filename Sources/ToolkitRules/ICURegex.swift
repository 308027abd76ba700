import CToolkitICU

/// An ICU regular expression with its own match state, bounded in time and stack.
/// One per worker: not thread-safe.
final class ICURegex {
    /// Why a search stopped early.
    enum Stop: Error, Equatable {
        case timeOut, stackOverflow, failed
    }

    private let re: OpaquePointer
    /// Capture names and their group numbers, in the pattern's order.
    let namedGroups: [(name: String, number: Int32)]

    init(_ pattern: String, flags: [RegexSpec.Flag], timeLimit: Int, stackLimit: Int) throws(RegexCompileError) {
        let compiled = try Self.open(pattern, flags: flags)
        _ = tk_regex_set_limits(compiled, Int32(clamping: timeLimit), Int32(clamping: stackLimit))
        var groups: [(String, Int32)] = []
        for name in Self.groupNames(in: pattern) {
            var n = name
            let number = n.withUTF8 { b in
                b.withMemoryRebound(to: CChar.self) { tk_regex_group_number(compiled, $0.baseAddress, Int32($0.count)) }
            }
            if number > 0 { groups.append((name, number)) }
        }
        re = compiled
        namedGroups = groups
    }

    deinit { tk_regex_close(re) }

    /// Compiles a pattern only to check it.
    static func validate(_ pattern: String, flags: [RegexSpec.Flag]) throws(RegexCompileError) {
        tk_regex_close(try open(pattern, flags: flags))
    }

    private static func open(_ pattern: String, flags: [RegexSpec.Flag]) throws(RegexCompileError) -> OpaquePointer {
        let units = Array(pattern.utf16)
        var bits: UInt32 = 0
        for f in flags {
            switch f {
            case .case_insensitive: bits |= UInt32(TK_REGEX_CASE_INSENSITIVE)
            case .comments: bits |= UInt32(TK_REGEX_COMMENTS)
            case .dotall: bits |= UInt32(TK_REGEX_DOTALL)
            case .multiline: bits |= UInt32(TK_REGEX_MULTILINE)
            }
        }
        var err = [CChar](repeating: 0, count: 64)
        var offset: Int32 = -1
        let re = err.withUnsafeMutableBufferPointer { e in
            tk_regex_open(units, Int32(units.count), bits, e.baseAddress, e.count, &offset)
        }
        guard let re else {
            let name = err.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw RegexCompileError(icuError: name, offset: Int(offset))
        }
        return re
    }

    /// Every match in `text` as group ranges (UTF-16 units; group 0 is the whole match, nil
    /// for groups that did not take part). Stops with ``Stop`` when a search runs away; the
    /// matches found until then are passed to `found` already.
    func forEachMatch(in text: UnsafeBufferPointer<UInt16>, _ found: ([Range<Int>?]) -> Void) throws(Stop) {
        guard tk_regex_set_text(re, text.baseAddress, Int32(text.count)) == 0 else { throw .failed }
        defer { tk_regex_reset_text(re) }
        let groups = [Int32(0)] + namedGroups.map(\.number)
        while true {
            switch tk_regex_find_next(re) {
            case 1:
                found(groups.map { g in
                    let s = tk_regex_start(re, g), e = tk_regex_end(re, g)
                    return s >= 0 && e >= s ? Int(s)..<Int(e) : nil
                })
            case 0: return
            case Int32(TK_REGEX_TIME_OUT): throw .timeOut
            case Int32(TK_REGEX_STACK_OVERFLOW): throw .stackOverflow
            default: throw .failed
            }
        }
    }

    /// Names of `(?<name>…)` groups, in order (lookbehinds `(?<=` `(?<!` are not groups).
    static func groupNames(in pattern: String) -> [String] {
        let s = Array(pattern.unicodeScalars)
        var names: [String] = []
        var i = 0
        var inClass = false
        while i < s.count {
            let c = s[i]
            if c == "\\" { i += 2; continue }
            if inClass { if c == "]" { inClass = false }; i += 1; continue }
            if c == "[" { inClass = true; i += 1; continue }
            if c == "(", i + 3 < s.count, s[i + 1] == "?", s[i + 2] == "<", s[i + 3] != "=", s[i + 3] != "!" {
                var j = i + 3
                var name = String.UnicodeScalarView()
                while j < s.count, s[j] != ">" { name.append(s[j]); j += 1 }
                names.append(String(name))
                i = j
                continue
            }
            i += 1
        }
        return names
    }
}

/// A pattern ICU refuses, with its error name and the offending offset.
struct RegexCompileError: Error, CustomStringConvertible {
    let icuError: String
    let offset: Int
    var description: String {
        offset >= 0 ? "bad regular expression (\(icuError) at offset \(offset))" : "bad regular expression (\(icuError))"
    }
}
