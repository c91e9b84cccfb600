import Statistics
import Testing

@Suite struct HistogramTests {
    @Test func countsPerBinWithOutOfRangeAndNaN() {
        var histogram = Histogram(lowerBound: 0, upperBound: 10, binCount: 5)
        for value in [0, 1.99, 2, 5, 9.99, 10, -0.1, 10.1, .nan] { histogram.add(value) }
        #expect(histogram.counts == [2, 1, 1, 0, 2])
        #expect(histogram.underflow == 1 && histogram.overflow == 1 && histogram.nanCount == 1)
        #expect(histogram.total == 9)
        #expect(histogram.edges == [0, 2, 4, 6, 8, 10])
    }

    @Test func fromValuesCoversTheirRange() throws {
        let histogram = try #require(Histogram(values: [1, 2, 3, 4, .infinity], binCount: 3))
        #expect(histogram.lowerBound == 1 && histogram.upperBound == 4)
        #expect(histogram.counts == [1, 1, 2] && histogram.overflow == 1)
        #expect(Histogram(values: [.nan], binCount: 3) == nil)
        #expect(try #require(Histogram(values: [7, 7], binCount: 2)).counts == [0, 2])  // range widened to [6, 8]
    }
}
