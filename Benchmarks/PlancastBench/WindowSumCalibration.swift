import Forecasting

/// How well a model's joint sample paths forecast sums over windows of several periods —
/// what `plancast fit --target --window` and the simulator's `leads: { forecast: … }` rest on.
///
/// Each series' horizon is cut into consecutive windows of `width` periods (monthly data:
/// quarters; quarterly data: years), and the actual sum of each window is ranked among the
/// sums of `paths` sample paths: its probability integral transform (PIT; Dawid 1984), the
/// share of paths whose sum is below the actual one. Calibrated paths give uniform PITs, so
/// the actual sum falls below the paths' P10 in 10% of windows, above their P90 in 10%, and
/// inside their central 50 / 80 / 95% range that often (Gneiting, Balabdaoui & Raftery
/// 2007). Per-period coverage cannot show this: periods that are each well covered can sum
/// to a spread far too narrow when the paths move independently where the data move
/// together, and too wide in the opposite case.
struct WindowSumCalibration {
    /// For each series, the PIT of each of its windows in horizon order.
    let pits: [[Double]]

    /// Sample paths per series: the PIT's Monte Carlo error is below 1/√(4 · 1,000) ≈ 0.016,
    /// negligible beside the spread of a uniform over thousands of windows.
    static let paths = 1_000

    /// The full windows of `width` periods in a horizon of `horizon` periods.
    static func windows(horizon: Int, width: Int) -> [Range<Int>] {
        stride(from: 0, through: horizon - width, by: width).map { $0..<($0 + width) }
    }

    /// PITs of `actual`'s window sums among the sums of `fitted`'s paths, drawn from `seed`.
    static func pits(of fitted: any FittedModel, actual: [Double], width: Int, seed: UInt64) -> [Double] {
        let paths = fitted.simulate(horizon: actual.count, paths: paths, seed: seed)
        return windows(horizon: actual.count, width: width).map { window in
            let observed = window.reduce(0) { $0 + actual[$1] }
            let sums = paths.map { path in window.reduce(0) { $0 + path[$1] } }
            // Ties (the paths of a flat forecast) count half, so a sum equal to every path's
            // ranks in the middle rather than at an end.
            let below = sums.filter { $0 < observed }.count
            let equal = sums.filter { $0 == observed }.count
            return (Double(below) + 0.5 * Double(equal)) / Double(sums.count)
        }
    }

    static let header = ForecastBenchmark.row("method", "windows", "<P10", ">P90", "cov50", "cov80", "cov95")

    /// Two table rows: every window, and the first window alone (the next quarter of monthly
    /// data, the planner's usual question), each with the share of actual sums below the
    /// paths' P10, above their P90, and inside their central 50 / 80 / 95% range, in percent.
    func rows(_ name: String) -> [String] {
        [(name, pits.flatMap { $0 }), ("  first window", pits.compactMap(\.first))].map { label, values in
            func share(_ condition: (Double) -> Bool) -> String {
                String(format: "%.1f", 100 * Double(values.filter(condition).count) / Double(max(values.count, 1)))
            }
            func coverage(_ level: Double) -> String { share { abs($0 - 0.5) <= level / 2 } }
            return ForecastBenchmark.row(label, String(values.count), share { $0 < 0.1 }, share { $0 > 0.9 },
                                         coverage(0.5), coverage(0.8), coverage(0.95))
        }
    }
}
