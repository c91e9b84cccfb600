import Statistics
import Testing

@Suite struct LagDistributionTests {
    /// Closed-only counts: lags 0, 1, 1 kept; the lag-5 deal is beyond maxLag 2 and lumped on lag 2.
    @Test func closedOnlyCountsAndTail() throws {
        let naive = try LagDistribution.closedOnly([0, 1, 1, 5], maxLag: 2)
        #expect(naive.probabilities == [0.25, 0.5, 0.25] && naive.tailMass == 0.25)
        #expect(throws: EstimationError.self) { try LagDistribution.closedOnly([]) }
        #expect(throws: EstimationError.self) { try LagDistribution.closedOnly([1, -1]) }
    }
}
