/// One document as read from the input, before any plugin runs.
struct InputDocument: Sendable {
    var id: String
    var text: [UInt8]
    /// Problems found while reading (broken JSON line, missing text); the record still appears.
    var errors: [String] = []
}
