/// The trend of a classical decomposition: the centred moving average of order m, a 2×m
/// average when m is even so it stays centred (Hyndman & Athanasopoulos, *FPP3* §3.3).
///
/// Defined for the positions `m/2 ..< n − m/2` (half a cycle is lost at each end); callers
/// need at least two full cycles, so at least m positions have a trend.
struct CentredMovingAverage {
    /// The first position with a trend value.
    let start: Int
    /// `trend[i]` is the trend at position `start + i`.
    let trend: [Double]

    init(_ values: [Double], period m: Int) {
        precondition(m > 1 && values.count >= 2 * m, "needs two full cycles")
        let half = m / 2
        start = half
        trend = (half..<(values.count - half)).map { t in
            var sum: Double
            if m % 2 == 0 {
                sum = (values[t - half] + values[t + half]) / 2
                for k in (t - half + 1)..<(t + half) { sum += values[k] }
            } else {
                sum = values[(t - half)...(t + half)].reduce(0, +)
            }
            return sum / Double(m)
        }
    }

    /// The positions that have a trend value.
    var positions: Range<Int> { start..<(start + trend.count) }

    /// The trend at position `t` (one of `positions`).
    subscript(t: Int) -> Double { trend[t - start] }
}
