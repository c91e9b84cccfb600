import Scenarios
import Testing

@Suite("Data errors")
struct DataErrorsTests {
    @Test("the description lists the first 20 problems and counts the rest; every one is kept")
    func truncated() {
        let errors = DataErrors((2...31).map { DataError(file: "sales.csv", row: $0, column: "month", message: "bad") })
        let lines = errors.description.split(separator: "\n")
        #expect(lines.count == 21)
        #expect(lines[19] == "sales.csv, row 21, column \"month\": bad")
        #expect(lines[20] == "… and 10 more problems in sales.csv")
        #expect(errors.errors.count == 30)
        #expect(DataErrors(Array(errors.errors.prefix(20))).description.split(separator: "\n").count == 20)
    }
}
