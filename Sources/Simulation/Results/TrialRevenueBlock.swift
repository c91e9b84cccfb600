/// Per-trial revenue by source and month for a run of consecutive trials, handed to a
/// visitor in trial order so callers can stream rows (e.g. to CSV) without keeping them.
public struct TrialRevenueBlock: Sendable {
    /// Index of the block's first trial.
    public let firstTrial: Int
    public let trialCount: Int
    /// Channels in plan order, then "pipeline", then "recurring".
    public let sources: [String]
    public let months: Int
    /// Whether each source counts toward the target (recurring may not).
    public let countsTowardTarget: [Bool]
    /// Trial-major, then source, then month.
    let values: [Double]

    init(firstTrial: Int, trialCount: Int, sources: [String], months: Int, countsTowardTarget: [Bool], values: [Double]) {
        self.firstTrial = firstTrial
        self.trialCount = trialCount
        self.sources = sources
        self.months = months
        self.countsTowardTarget = countsTowardTarget
        self.values = values
    }

    /// Revenue of `source` closing in `month` in the block's `trial`-th trial (0-based within the block).
    public func revenue(trial: Int, source: Int, month: Int) -> Double {
        values[(trial * sources.count + source) * months + month]
    }

    /// Revenue counting toward the target over the window in the block's `trial`-th trial.
    public func countedTotal(trial: Int) -> Double {
        var total = 0.0
        for month in 0..<months {
            var monthTotal = 0.0
            for source in sources.indices where countsTowardTarget[source] {
                monthTotal += revenue(trial: trial, source: source, month: month)
            }
            total += monthTotal
        }
        return total
    }
}
