import Forecasting
import Testing

@Suite("trimming spaces")
struct StringTrimmingSpacesTests {
    @Test("leading and trailing whitespace goes, inner spaces stay", arguments: [
        ("2024-01", "2024-01"),
        ("  2024-01\t", "2024-01"),
        ("\u{00A0}1 234\u{00A0}", "1 234"),
        ("North West\r", "North West"),
        (" \t ", ""),
        ("", ""),
    ])
    func trims(input: String, expected: String) {
        #expect(input.trimmingSpaces() == expected)
    }

    @Test("a substring trims as its text does")
    func substring() {
        let line = "a,  b  ,c"
        let field = line.split(separator: ",")[1]
        #expect(field.trimmingSpaces() == "b")
    }
}
