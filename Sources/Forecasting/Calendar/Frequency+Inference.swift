extension Frequency {
    /// Typical spacing in days between consecutive observations of each frequency, as ranges
    /// wide enough for month and leap-year lengths and a few days of reporting jitter.
    private static let daySpacing: [(Frequency, ClosedRange<Int>)] = [
        (.weekly, 6...8), (.monthly, 27...34), (.quarterly, 85...96), (.yearly, 360...370),
    ]

    /// The frequency a list of dates is written at, or nil when it cannot be told.
    ///
    /// Months, quarters, ISO weeks and years name their frequency. Day dates (`YYYY-MM-DD`)
    /// are classified by the median spacing between consecutive distinct days (robust to a
    /// gap or two): about 7 days weekly, 28–31 monthly, 90 quarterly, 365 yearly.
    /// Returns nil for mixed spellings (the caller reports the first odd row), for fewer than
    /// two distinct days, and for spacings that fit no supported frequency (daily data).
    public static func infer(from dates: [CalendarDate]) -> Frequency? {
        guard let first = dates.first else { return nil }
        switch first {
        case .month: return dates.allSatisfy { if case .month = $0 { true } else { false } } ? .monthly : nil
        case .quarter: return dates.allSatisfy { if case .quarter = $0 { true } else { false } } ? .quarterly : nil
        case .week: return dates.allSatisfy { if case .week = $0 { true } else { false } } ? .weekly : nil
        case .year: return dates.allSatisfy { if case .year = $0 { true } else { false } } ? .yearly : nil
        case .day:
            guard dates.allSatisfy({ if case .day = $0 { true } else { false } }) else { return nil }
            let days = Set(dates.map(\.firstDay)).sorted()
            guard days.count >= 2 else { return nil }
            let spacings = zip(days.dropFirst(), days).map { $0 - $1 }.sorted()
            let median = spacings[spacings.count / 2]
            return daySpacing.first { $0.1.contains(median) }?.0
        }
    }
}
