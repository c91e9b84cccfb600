/// A small RFC 4180 CSV reader: fields separated by the dialect's separator (a comma unless
/// `Dialect` finds semicolons or tabs), double-quoted fields that may hold separators, quotes
/// (`""`) and line breaks, and LF or CRLF line ends. A UTF-8 byte-order mark is skipped.
/// Blank lines are dropped.
struct CSVReader {
    /// One record with the 1-based line it starts on (its spreadsheet row).
    struct Record {
        let row: Int
        let fields: [String]
    }

    /// An unterminated quoted field, with the line it starts on.
    struct UnterminatedQuote: Error {
        let row: Int
    }

    static func records(_ text: String, separator: Unicode.Scalar) throws(UnterminatedQuote) -> [Record] {
        var records = [Record]()
        var fields = [String]()
        var field = ""
        var inQuotes = false
        var line = 1
        var recordStart = 1
        var iterator = Array(text.unicodeScalars.drop { $0 == "\u{FEFF}" }).makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(row: recordStart, fields: fields)) }
            fields = []
            field = ""
        }
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: inQuotes = true
            case separator: fields.append(field); field = ""
            case "\r":
                let next = iterator.next()
                if next != "\n" { pending = next }
                endRecord(); line += 1; recordStart = line
            case "\n": endRecord(); line += 1; recordStart = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw UnterminatedQuote(row: recordStart) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
