/// Text of a data table (cue verbs, source heads) as the lexicons read it.
///
/// A lexicon reads its tables once per run, splitting lines, cells and words and generating word
/// forms (قال → قالت، قالوا). Done on `String`, each step walks characters, which for Arabic means
/// grapheme breaking at every step; done on the Unicode scalars it costs a fraction. The two
/// readings agree on the layout (lines, cells, words) when no separator or other ASCII character
/// joins a neighbour into one character (``readsAsScalars(_:)``), and on a word when every scalar
/// of it is a character of its own (``isPlain``). The built-in tables read as scalars, and so do
/// their words but for the few with diacritics (بيّن), which are read as characters, as is any
/// table that does not qualify. The reading code is written once, generic over the two.
protocol TableText: RangeReplaceableCollection, BidirectionalCollection
where Element: Equatable & ExpressibleByUnicodeScalarLiteral {
    init(table text: String)
    /// The text as a `String`.
    var string: String { get }
    /// Its ``ArabicKey``.
    var key: UInt64 { get }
    /// True when every scalar is a character of its own: ASCII but for a carriage return (which
    /// joins a line feed), Arabic letters and digits.
    var isPlain: Bool { get }
}

extension String: TableText {
    init(table text: String) { self = text }
    var string: String { self }
    var key: UInt64 { ArabicKey.key(self) }
    var isPlain: Bool { unicodeScalars.allSatisfy([Unicode.Scalar].isPlain) }
}

/// The scalar reading: an array, which splits and concatenates far faster than a
/// `String.UnicodeScalarView`.
extension Array: TableText where Element == Unicode.Scalar {
    init(table text: String) { self.init(text.unicodeScalars) }
    var string: String {
        // Through UTF-8 bytes: building a String scalar by scalar is much slower.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(count * 2)
        for s in self { UTF8.encode(s) { utf8.append($0) } }
        return String(decoding: utf8, as: UTF8.self)
    }
    var key: UInt64 { ArabicKey.key(scalars: self) }
    var isPlain: Bool { allSatisfy(Self.isPlain) }

    static func isPlain(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v < 0x80 && v != 0x0D) || (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v)
            || (0x0660...0x0669).contains(v) || (0x0671...0x06D3).contains(v)
    }
}

extension TableText {
    /// True when `text` splits into the same lines, cells and words, trimmed alike, read as
    /// scalars as read as characters: no carriage return, and every ASCII character stands
    /// between plain scalars or Arabic marks (a mark after it, or a prepended sign before it,
    /// would join it into one character).
    static func readsAsScalars(_ text: String) -> Bool {
        var previous: Unicode.Scalar = " ", previousIsASCII = false
        for s in text.unicodeScalars {
            if s.value == 0x0D { return false }
            let ascii = s.value < 0x80
            if previousIsASCII, ![Unicode.Scalar].isPlain(s) { return false }
            if ascii, ![Unicode.Scalar].isPlain(previous), !(0x064B...0x065F).contains(previous.value), previous.value != 0x0670 {
                return false
            }
            previous = s
            previousIsASCII = ascii
        }
        return true
    }

    /// Non-empty, non-comment lines, trimmed of spaces, tabs and carriage returns.
    var tableRows: [Self] {
        split(separator: "\n").map { Self($0.trimmingSpaces) }.filter { !$0.isEmpty && $0.first != "#" }
    }

    /// The cells of a row, trimmed.
    func tableCells(_ separator: Element, omittingEmpty: Bool = true) -> [Self] {
        split(separator: separator, omittingEmptySubsequences: omittingEmpty).map { Self($0.trimmingSpaces) }
    }

    /// True for the cell `-` (an empty column).
    var isDash: Bool { count == 1 && first == "-" }

    func hasTableSuffix(_ suffix: String) -> Bool { reversed().starts(with: Self(table: suffix).reversed()) }
}
