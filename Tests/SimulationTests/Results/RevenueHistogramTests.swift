@testable import Simulation
import Statistics
import Testing

@Suite("Revenue histogram")
struct RevenueHistogramTests {
    @Test("every trial is counted once; interior bins match a direct count", arguments: [UInt64(1), 2, 3])
    func binning(seed: UInt64) {
        var rng = RandomStream(seed: seed, component: StreamKey("revenue-histogram"))
        let values = (0..<5_000).map { _ in 1_000_000 * (1 + 0.2 * Normal.standardSample(using: &rng)) }
        let reordered = values
        let histogram = RevenueHistogram(reordered)
        #expect(histogram.counts.count == RevenueHistogram.binCount)
        #expect(histogram.below + histogram.counts.reduce(0, +) + histogram.above == values.count)
        // 0.05% of 5,000 is 2.5 trials per tail: type-7 quantiles leave 2 or 3 outside.
        #expect(histogram.below <= 3 && histogram.above <= 3)
        let bin = RevenueHistogram.binCount / 2
        let low = histogram.lowerBound + Double(bin) * histogram.binWidth
        let direct = values.filter { $0 >= low && $0 < low + histogram.binWidth }.count
        #expect(abs(histogram.counts[bin] - direct) <= 1, "a value on a bin edge may round to either side")
    }

    @Test("extreme trials go below and above instead of stretching the bins")
    func outliers() {
        let histogram = RevenueHistogram([0, 1, 2, 3, 4, 10, -5], range: 0...5, binCount: 5)
        #expect(histogram.counts == [1, 1, 1, 1, 1])
        #expect(histogram.below == 1 && histogram.above == 1)
        #expect(histogram.upperBound == 5)
    }

    @Test("equal values fill one bin; no values give no bins")
    func degenerate() {
        let constant = [5.0, 5, 5]
        let histogram = RevenueHistogram(constant)
        #expect(histogram.counts == [3])
        #expect(histogram.binWidth == 0)
        #expect(histogram.lowerBound == 5)
        let empty: [Double] = []
        #expect(RevenueHistogram(empty).counts.isEmpty)
    }
}
