extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and carriage returns: how the
    /// plugins' data tables read their cells.
    var trimmingSpaces: SubSequence {
        var s = self[...]
        while let c = s.first, c == " " || c == "\t" || c == "\r" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s = s.dropLast() }
        return s
    }
}
