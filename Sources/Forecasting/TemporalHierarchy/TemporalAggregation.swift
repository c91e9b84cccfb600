/// Non-overlapping temporal aggregates of a series, the levels of a temporal hierarchy
/// (Athanasopoulos, Hyndman, Kourentzes & Petropoulos 2017, "Forecasting with temporal
/// hierarchies", *European Journal of Operational Research* 262(1), §2).
enum TemporalAggregation {
    /// The aggregation levels of seasonal period m: every k that divides m, ascending, so a
    /// level-k period sums k original periods and a cycle holds m/k of them (monthly data:
    /// 1, 2, 3, 4, 6, 12; quarterly: 1, 2, 4; without season only 1).
    /// - Complexity: O(m).
    static func levels(seasonalPeriod m: Int) -> [Int] {
        precondition(m >= 1, "seasonal period must be at least 1")
        return (1...m).filter { m % $0 == 0 }
    }

    /// Sums of `k` consecutive values in blocks aligned to the end of the series, so the last
    /// block ends with the last observation and forecasts of every level start at the same
    /// origin; the oldest `values.count mod k` values, an incomplete block, are dropped.
    /// - Precondition: `k ≥ 1`.
    /// - Complexity: O(n).
    static func aggregate(_ values: [Double], by k: Int) -> [Double] {
        precondition(k >= 1, "aggregation level must be at least 1")
        guard k > 1 else { return values }
        let offset = values.count % k
        return stride(from: offset, to: values.count, by: k).map { start in
            values[start..<(start + k)].reduce(0, +)
        }
    }
}
