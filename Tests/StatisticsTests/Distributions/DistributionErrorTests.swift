import Statistics
import Testing

@Suite struct DistributionErrorTests {
    @Test func descriptionNamesDistributionParameterValueAndRequirement() {
        let error = DistributionError(distribution: "poisson", parameter: "mean", value: -2.5,
                                      requirement: "must be a non-negative finite number")
        #expect(error.description == "poisson: mean -2.5 must be a non-negative finite number")
    }

    @Test func integralValuesPrintWithoutFraction() {
        let error = DistributionError(distribution: "binomial", parameter: "trials", value: -3, requirement: "must be non-negative")
        #expect(error.description == "binomial: trials -3 must be non-negative")
    }

    @Test func nanValuesCompareEqual() {
        let a = DistributionError(distribution: "normal", parameter: "mean", value: .nan, requirement: "must be a finite number")
        #expect(a == a)
        #expect(a.description == "normal: mean nan must be a finite number")
    }
}
