extension BidirectionalCollection where Element: Equatable & ExpressibleByUnicodeScalarLiteral {
    /// The text without leading and trailing spaces, tabs and carriage returns: how the
    /// plugins' data tables read their cells (as characters, or as Unicode scalars).
    var trimmingSpaces: SubSequence {
        var s = self[...]
        while let c = s.first, c == " " || c == "\t" || c == "\r" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s = s.dropLast() }
        return s
    }
}
