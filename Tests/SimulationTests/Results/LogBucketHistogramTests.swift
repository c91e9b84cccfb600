@testable import Simulation
import Statistics
import Testing

@Suite("Log-bucket histogram")
struct LogBucketHistogramTests {
    /// Quantiles are within the bucket's relative half-width 2⁻¹¹ of the exact type-1
    /// quantile; zeros are exact.
    @Test("quantiles within 0.05% of exact order statistics")
    func accuracy() {
        var rng = RandomStream(seed: 3)
        var histogram = LogBucketHistogram()
        var values: [Double] = []
        for i in 0..<20_000 {
            let value = i % 10 == 0 ? 0 : Foundation.exp(10 + 3 * Normal.standardSample(using: &rng))
            values.append(value)
            histogram.add(value)
        }
        values.sort()
        for p in [0.05, 0.1, 0.5, 0.9, 0.99] {
            let exact = values[Int((p * Double(values.count)).rounded(.up)) - 1]
            let estimate = histogram.quantile(p)
            #expect(abs(estimate - exact) <= 0x1.0p-11 * exact, "p = \(p)")
        }
        #expect(histogram.quantile(0.05) == 0)
    }

    @Test("merging equals adding everything to one histogram, in any order")
    func merge() {
        var rng = RandomStream(seed: 5)
        var a = LogBucketHistogram()
        var b = LogBucketHistogram()
        var all = LogBucketHistogram()
        for i in 0..<5000 {
            let value = rng.nextUnit() * (i < 2500 ? 10 : 1e6)
            if i % 2 == 0 { a.add(value) } else { b.add(value) }
            all.add(value)
        }
        var ab = a
        ab.merge(b)
        var ba = b
        ba.merge(a)
        #expect(ab == all)
        #expect(ba == all)
    }
}

import Foundation
