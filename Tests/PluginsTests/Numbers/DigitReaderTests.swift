@testable import Plugins
import Testing

struct DigitReaderTests {
    func read(_ s: String) -> DigitReading? {
        NumberFolding.fold(s).withUnsafeBufferPointer { DigitReading.read($0) }
    }

    @Test(arguments: [
        ("157", 157.0), ("1,000", 1000), ("١٬٠٠٠", 1000), ("12,500", 12500), ("1,000,000.25", 1_000_000.25),
        ("1.5", 1.5), ("٣٫٥", 3.5), ("4,8", 4.8), ("0.77", 0.77), ("01.10", 1.1), ("1.000.000", 1_000_000),
        ("1.234,5", 1234.5), ("۲۰۱۵", 2015),
    ])
    func values(_ written: String, _ value: Double) throws {
        let r = try #require(read(written), "\(written)")
        #expect(r.form == .number)
        #expect(close(r.value, value), "\(written) → \(r.value)")
    }

    @Test func plainIntegersAreMarked() throws {
        #expect(try #require(read("2014")).plain)
        #expect(try #require(read("2014")).digits == 4)
        #expect(try !#require(read("2,014")).plain)
        #expect(try !#require(read("20.14")).plain)
    }

    @Test func threeDigitsAfterOnePointMayGroupThousands() throws {
        #expect(try #require(read("2.800")).thousands == 2800)
        #expect(try #require(read("2.800")).value == 2.8)
        #expect(try #require(read("0.125")).thousands == nil)
        #expect(try #require(read("2.80")).thousands == nil)
    }

    @Test func clockTimesAndDottedDates() throws {
        #expect(try #require(read("16:00")).form == .clock(hour: 16, minute: 0))
        #expect(try #require(read("٩:٠٥")).form == .clock(hour: 9, minute: 5))
        #expect(try #require(read("21.8.2015")).form == .date(day: 21, month: 8, year: 2015))
        #expect(try #require(read("2015.08.21")).form == .date(day: 21, month: 8, year: 2015))
        #expect(read("25:00") == nil)
        #expect(read("16:7") == nil)
    }

    @Test func rejectsWhatIsNoNumber() {
        for s in ["", "1,,2", "1a", "1.2.x"] { #expect(read(s) == nil, "\(s)") }
    }
}
