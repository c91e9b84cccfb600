/// Window revenue of every trial counted in fine equal-width bins over the central range of
/// outcomes, for charts of the outcome distribution (8 bytes per trial are not kept).
///
/// The range runs from the `tailShare` to the 1 − `tailShare` quantile, so a few extreme
/// trials cannot squash the bins; trials beyond it are counted in `below` and `above`.
/// Bin i covers [lowerBound + i·w, lowerBound + (i + 1)·w) with w = `binWidth`; the last bin
/// also holds its upper end. When the range is a single value, `binWidth` is 0 and the one
/// bin holds the trials equal to it. `below + counts.sum + above` is the trial count.
public struct RevenueHistogram: Sendable, Equatable {
    public var lowerBound: Double
    public var binWidth: Double
    public var counts: [Int]
    /// Trials below `lowerBound` and above the last bin.
    public var below: Int
    public var above: Int

    /// Fine enough to be merged into 20–60 display bins, small enough to carry in a result.
    public static let binCount = 240
    /// Share of trials in each tail left out of the bins: 0.05%, i.e. 50 of 100,000.
    public static let tailShare = 0.0005

    /// Bins `values` over their central range (found by `OrderStatistics`).
    /// - Parameter values: finite per-trial revenue (NaN never reaches the result builder).
    /// - Complexity: O(n) expected.
    init(_ values: [Double], binCount: Int = RevenueHistogram.binCount) {
        let ends = OrderStatistics.quantiles([Self.tailShare, 1 - Self.tailShare], of: values)
        self.init(values, range: (ends.first?.value ?? 0)...(ends.last?.value ?? 0), binCount: binCount)
    }

    /// Bins `values` over `range`; values outside it are counted in `below` and `above`.
    init(_ values: [Double], range: ClosedRange<Double>, binCount: Int = RevenueHistogram.binCount) {
        lowerBound = range.lowerBound
        below = 0
        above = 0
        guard !values.isEmpty else {
            binWidth = 0
            counts = []
            return
        }
        let bins = range.upperBound > range.lowerBound ? binCount : 1
        binWidth = (range.upperBound - range.lowerBound) / Double(binCount)
        var counts = [Int](repeating: 0, count: bins)
        for value in values {
            if value < range.lowerBound {
                below += 1
            } else if value > range.upperBound {
                above += 1
            } else {
                let index = binWidth > 0 ? Int((value - range.lowerBound) / binWidth) : 0
                counts[min(index, bins - 1)] += 1
            }
        }
        if bins == 1 { binWidth = 0 }
        self.counts = counts
    }

    public var upperBound: Double { lowerBound + binWidth * Double(counts.count) }
}
