/// Floating-point sums over one chunk of trials.
///
/// Floating-point addition is not associative, so chunk sums are folded in chunk order
/// (`combine`), never in completion order: totals are bit-identical for any thread count.
struct ChunkSums: Sendable {
    /// Σ and Σ² of each source's window revenue.
    var source: [Double]
    var sourceSquares: [Double]
    /// Σ of counted revenue by month.
    var month: [Double]
    /// Σ of each channel's funnel counts, `funnel[channel * 5 + FunnelCount.rawValue]`.
    var funnel: [Double]
    /// Σ and Σ² of revenue from channels with spend (for marketing ROI).
    var marketing = 0.0
    var marketingSquares = 0.0
    /// Σ and Σ² of new won deals per trial (integers, exact in a double below 2^53).
    var won = 0.0
    var wonSquares = 0.0

    init(sources: Int, months: Int, channels: Int) {
        source = Array(repeating: 0, count: sources)
        sourceSquares = Array(repeating: 0, count: sources)
        month = Array(repeating: 0, count: months)
        funnel = Array(repeating: 0, count: channels * FunnelCount.allCases.count)
    }

    /// Whether every sum is finite: amounts of impossible magnitude (a deal size of 1e300)
    /// overflow a trial's revenue, or its square, to infinity.
    var isFinite: Bool {
        [source, sourceSquares, month, funnel].allSatisfy { $0.allSatisfy(\.isFinite) }
            && [marketing, marketingSquares, won, wonSquares].allSatisfy(\.isFinite)
    }

    /// Adds `other` element by element (call in chunk order).
    mutating func combine(_ other: ChunkSums) {
        for i in source.indices {
            source[i] += other.source[i]
            sourceSquares[i] += other.sourceSquares[i]
        }
        for i in month.indices { month[i] += other.month[i] }
        for i in funnel.indices { funnel[i] += other.funnel[i] }
        marketing += other.marketing
        marketingSquares += other.marketingSquares
        won += other.won
        wonSquares += other.wonSquares
    }
}

/// Integer tallies of one worker; integer addition is exact, so merging them in any
/// order gives the same totals.
struct WorkerTallies: Sendable {
    /// Counted revenue of each month, and cumulative counted revenue through each month.
    var month: [LogBucketHistogram]
    var cumulative: [LogBucketHistogram]
    /// New won deals per trial, and revenue from channels with spend per trial.
    var won = LogBucketHistogram()
    var marketing = LogBucketHistogram()
    /// Trials whose month revenue reached the month's target (monthly targets only).
    var monthHits: [Int]
    /// Trials whose cumulative revenue reached the cumulative target path.
    var onTrack: [Int]

    init(months: Int) {
        month = Array(repeating: LogBucketHistogram(), count: months)
        cumulative = Array(repeating: LogBucketHistogram(), count: months)
        monthHits = Array(repeating: 0, count: months)
        onTrack = Array(repeating: 0, count: months)
    }

    mutating func merge(_ other: WorkerTallies) {
        for m in month.indices {
            month[m].merge(other.month[m])
            cumulative[m].merge(other.cumulative[m])
            monthHits[m] += other.monthHits[m]
            onTrack[m] += other.onTrack[m]
        }
        won.merge(other.won)
        marketing.merge(other.marketing)
    }
}
