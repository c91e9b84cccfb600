/// The seasonal adjustment of the M3/M4 Theta implementations, shared by the models that
/// smooth a seasonally adjusted series: divide by multiplicative indices (`SeasonalIndices`:
/// classical ones, tested or shrunk as the `SeasonalIndexRule` says, Fourier ones for cycles
/// longer than 24) when every value is positive; otherwise leave the series as it is
/// (indices `[1]`).
struct SeasonalAdjustment {
    let adjusted: [Double]
    /// Index of the 1st, 2nd, … period after the series, cycling; `[1]` when not adjusted.
    let futureIndices: [Double]
    /// Index per observation.
    let pastIndices: [Double]

    var isSeasonal: Bool { futureIndices.count > 1 }

    init(_ values: [Double], period m: Int, rule: SeasonalIndexRule) {
        let indices = SeasonalIndices.estimate(values, period: m, rule: rule) ?? [1]
        let n = values.count
        let past = values.indices.map { indices[$0 % indices.count] }
        pastIndices = past
        adjusted = values.indices.map { values[$0] / past[$0] }
        futureIndices = (0..<indices.count).map { indices[(n + $0) % indices.count] }
    }
}
