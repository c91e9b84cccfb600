import Forecasting

extension HistoryParser {
    /// The share of a period's days that the rows must span at an end of the file before
    /// its sums are taken as whole: an export that stops on the 10th leaves the month a
    /// third summed, which a forecast reads as a fall; one that stops on the 30th is whole
    /// enough.
    static let wholePeriodShare = 0.75

    /// With `sumWithinPeriods`, warns when the file's day-dated rows start well after its
    /// first period begins or stop well before its last one ends: the sums of that period
    /// are then partial, which reads as a weak start or a collapse at the end of the history
    /// and bends the forecast. The file's own first and last dates mark the export's window;
    /// one series' last sale early in the month (a slow product) is no sign of a partial
    /// export, so series are not checked one by one.
    mutating func warnOfPartialEnds(_ cells: [Cell], dates: [Int: CalendarDate], frequency: Frequency, dateColumn: String) {
        typealias DatedCell = (day: Int, period: Period, cell: Cell)
        var earliest: DatedCell?
        var latest: DatedCell?
        for cell in cells {
            guard let date = dates[cell.row], case .day = date, let period = Period(date, frequency: frequency) else { continue }
            let day = date.firstDay
            if earliest.map({ day < $0.day }) ?? true { earliest = (day, period, cell) }
            if latest.map({ day > $0.day }) ?? true { latest = (day, period, cell) }
        }
        guard let earliest, let latest else { return }
        let first = earliest.period, last = latest.period
        func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }
        let startShare = Double(first.advanced(by: 1).firstDay - earliest.day) / Double(first.dayCount)
        if startShare < Self.wholePeriodShare {
            warnings.append(DataError(file: file, row: earliest.cell.row, column: dateColumn, message:
                "\(first) has rows only from \(earliest.cell.date) on (\(percent(startShare)) of its days): if the export starts there, "
                + "its sums are partial and read as a weak start; leave \(first) out or export whole periods"))
        }
        let endShare = Double(latest.day - last.firstDay + 1) / Double(last.dayCount)
        if endShare < Self.wholePeriodShare {
            warnings.append(DataError(file: file, row: latest.cell.row, column: dateColumn, message:
                "\(last) has rows only up to \(latest.cell.date) (\(percent(endShare)) of its days): if the export ends there, "
                + "its sums are partial and read as a fall; leave \(last) out or export whole periods"))
        }
    }
}
