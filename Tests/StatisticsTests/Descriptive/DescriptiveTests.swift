import Statistics
import Testing

@Suite struct DescriptiveTests {
    /// numpy: sum/mean/var(ddof=1)/std(ddof=1) of [2, 4, 4, 4, 5, 5, 7, 9].
    @Test func basicSummaries() {
        let values: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
        #expect(Descriptive.sum(values) == 40)
        #expect(Descriptive.mean(values) == 5)
        #expect(abs(Descriptive.variance(values) - 32.0 / 7.0) <= 1e-15)
        #expect(abs(Descriptive.standardDeviation(values) - (32.0 / 7.0).squareRoot()) <= 1e-15)
    }

    @Test func emptyAndSingletonInputs() {
        #expect(Descriptive.sum([Double]()) == 0)
        #expect(Descriptive.mean([Double]()).isNaN)
        #expect(Descriptive.variance([1.0]).isNaN)
    }

    /// Compensated summation: 1 + 1e6 copies of 1e−16 is exactly 1 + 1e−10 to ~1e−16,
    /// where naive summation returns 1 (each addend is below half an ULP of 1).
    @Test func compensatedSumKeepsSmallAddends() {
        let values = [1.0] + Array(repeating: 1e-16, count: 1_000_000)
        #expect(abs(Descriptive.sum(values) - (1 + 1e-10)) <= 1e-15)
    }
}
