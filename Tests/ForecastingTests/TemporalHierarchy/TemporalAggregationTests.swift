@testable import Forecasting
import Testing

@Suite("Temporal aggregation")
struct TemporalAggregationTests {
    @Test("levels are the divisors of the seasonal period")
    func levels() {
        #expect(TemporalAggregation.levels(seasonalPeriod: 12) == [1, 2, 3, 4, 6, 12])
        #expect(TemporalAggregation.levels(seasonalPeriod: 4) == [1, 2, 4])
        #expect(TemporalAggregation.levels(seasonalPeriod: 1) == [1])
    }

    @Test("blocks are aligned to the end of the series and the oldest incomplete block dropped")
    func endAligned() {
        let values: [Double] = [1, 2, 3, 4, 5, 6, 7]
        #expect(TemporalAggregation.aggregate(values, by: 1) == values)
        #expect(TemporalAggregation.aggregate(values, by: 2) == [5, 9, 13])
        #expect(TemporalAggregation.aggregate(values, by: 3) == [9, 18])
        #expect(TemporalAggregation.aggregate(values, by: 7) == [28])
        #expect(TemporalAggregation.aggregate(values, by: 8) == [])
    }
}
