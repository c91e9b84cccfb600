@testable import Scenarios
import Testing

@Suite("CSV dialects")
struct CSVDialectTests {
    @Test("the header line names the separator; commas there make the file standard",
          arguments: [("month,revenue\n2026-01,1\n", ","), ("Monat;Umsatz\n2026-01;1,5\n", ";"),
                      ("month\trevenue\n2026-01\t1\n", "\t"), ("\"a;b\",c\n1,2\n", ","),
                      ("\"Monat, Jahr\";Umsatz\n2026-01;1\n", ";"), ("\u{FEFF}\r\nMonat;Umsatz\r\n", ";"),
                      ("revenue\n2026-01;1\n", ","), ("\n  \nMonat;Umsatz\n", ";")])
    func separator(text: String, expected: String) {
        #expect(CSVReader.Dialect(detecting: text).separator == Unicode.Scalar(expected)!)
    }

    /// Only semicolon files free the comma for decimals; "1.234,5" keeps its thousands
    /// separator so that it is reported rather than read as 1.2345.
    @Test("decimal commas are read only where the dialect writes them, and only unambiguous ones",
          arguments: [(";", "1234,5", "1234.5"), (";", "-0,25", "-0.25"), (";", "1.234,5", "1.234,5"), (";", "1,2,3", "1,2,3"),
                      (";", "12", "12"), (",", "1234,5", "1234,5"), ("\t", "1234,5", "1234,5")])
    func decimalComma(separator: String, text: String, expected: String) {
        #expect(CSVReader.Dialect(separator: Unicode.Scalar(separator)!).decimalPointed(text) == expected)
    }

    @Test("a semicolon-separated table keeps a quoted semicolon and a decimal comma inside their fields")
    func semicolonTable() throws {
        let (header, rows, dialect) = try CSVReader.table("Monat;\"Umsatz; netto\"\n2026-01;1234,5\n", file: "umsatz.csv", rowDescription: "one row")
        #expect(dialect.separator == ";")
        #expect(header.fields == ["Monat", "Umsatz; netto"])
        #expect(rows.map(\.fields) == [["2026-01", "1234,5"]])
    }

    @Test("a value past the header's columns names the file's own separator")
    func raggedSemicolonRow() {
        #expect(throws: DataErrors([DataError(file: "umsatz.csv", row: 2, message: "3 fields, but the header names 2 columns, so \"5\" is in no column; "
                                              + "write numbers without thousands separators, and quote text that holds a semicolon")])) {
            try CSVReader.table("Monat;Umsatz\n2026-01;1;5\n", file: "umsatz.csv", rowDescription: "one row")
        }
    }
}
