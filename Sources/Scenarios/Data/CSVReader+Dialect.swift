/// How a CSV export separates its fields and writes its decimal mark.
///
/// Spreadsheets in locales whose decimal mark is a comma (most of continental Europe and
/// Latin America) save "CSV" with semicolons between fields and commas in numbers —
/// `2024-01;1234,5` — the convention R's `read.csv2` reads. Plancast reads such files as they
/// are rather than asking planners to change their system's locale.
extension CSVReader {
    struct Dialect: Sendable, Equatable {
        /// The field separator: `,`, `;` or a tab.
        let separator: Unicode.Scalar

        /// The separator in words, for messages.
        var separatorName: String {
            switch separator {
            case ";": "semicolon"
            case "\t": "tab"
            default: "comma"
            }
        }

        /// Numbers may write their decimal mark as a comma (`1234,5`): in files separated by
        /// semicolons only, where the comma is free for it. Tab-separated exports come from
        /// either convention, so their commas are not read as decimal marks.
        var decimalComma: Bool { separator == ";" }

        static let standard = Dialect(separator: ",")

        /// The dialect of `text`, read from its header (its first line that is not blank)
        /// outside quotes: commas there make it standard; otherwise semicolons, then tabs,
        /// name the separator. A header of one column is standard.
        init(detecting text: String) {
            var inQuotes = false
            var lineHasContent = false
            var seen = Set<Unicode.Scalar>()
            for scalar in text.unicodeScalars where scalar != "\u{FEFF}" {
                if scalar == "\"" { inQuotes.toggle() }
                if inQuotes { lineHasContent = true; continue }
                if scalar == "\n" || scalar == "\r" {
                    if lineHasContent { break } else { continue }
                }
                if scalar == "," || scalar == ";" || scalar == "\t" { seen.insert(scalar) }
                if scalar != " " { lineHasContent = true }
            }
            separator = seen.contains(",") ? "," : seen.contains(";") ? ";" : seen.contains("\t") ? "\t" : ","
        }

        init(separator: Unicode.Scalar) {
            self.separator = separator
        }

        /// The number a cell holds, written in decimal: digits with an optional sign, decimal
        /// point (or comma, where the dialect writes decimals so) and exponent (infinite when
        /// it overflows). Nil for anything else, including what `Double(_:)` alone would accept
        /// but no spreadsheet means as a number: "nan", "inf", "infinity" and hexadecimal
        /// ("0x10"). Every reader of CSV cells parses numbers here, so all read them alike.
        func number(_ text: String) -> Double? {
            let pointed = decimalPointed(text)
            guard pointed.unicodeScalars.allSatisfy({ Self.decimalScalars.contains($0) }) else { return nil }
            return Double(pointed)
        }

        private static let decimalScalars = Set("0123456789+-.eE".unicodeScalars)

        /// `text` with a decimal comma written as a point (`1234,5` → `1234.5`) when the
        /// dialect has decimal commas and the text has exactly one comma and no point;
        /// otherwise unchanged, so `1.234,5` (a thousands separator) still fails to parse as
        /// a number and is reported.
        func decimalPointed(_ text: String) -> String {
            guard decimalComma, !text.contains("."), text.firstIndex(of: ",") == text.lastIndex(of: ","),
                  let comma = text.firstIndex(of: ",") else { return text }
            var pointed = text
            pointed.replaceSubrange(comma...comma, with: ".")
            return pointed
        }
    }
}
