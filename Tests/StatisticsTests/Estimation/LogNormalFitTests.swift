import Foundation
import Statistics
import Testing

@Suite struct LogNormalFitTests {
    /// ln amounts 1, 2, 3: μ̂ = 2 and σ̂ = √(2/3) (divisor n). Tolerance a few ULPs of exp/log.
    @Test func closedForm() throws {
        let fit = try LogNormalFit(amounts: [exp(1), exp(2), exp(3)])
        #expect(abs(fit.distribution.mu - 2) <= 1e-14)
        #expect(abs(fit.distribution.sigma - (2.0 / 3.0).squareRoot()) <= 1e-14)
        #expect(abs(fit.muStandardError - fit.distribution.sigma / 3.0.squareRoot()) <= 1e-15)
        #expect(abs(fit.sigmaStandardError - fit.distribution.sigma / 6.0.squareRoot()) <= 1e-15)
    }

    /// n = 2000 deal sizes from LogNormal(9.5, 0.9): μ̂ and σ̂ within 5 of their standard errors
    /// (0.020 and 0.014), plus σ's small-sample bias of about 3σ/(4n) = 3e−4.
    @Test(arguments: [UInt64(1), 2, 3])
    func recoversParameters(seed: UInt64) throws {
        let truth = try LogNormal(mu: 9.5, sigma: 0.9)
        var rng = RandomStream(seed: seed, component: StreamKey("deal-size-recovery"))
        let amounts = (0..<2000).map { _ in truth.sample(using: &rng) }
        let fit = try LogNormalFit(amounts: amounts)
        #expect(abs(fit.distribution.mu - 9.5) <= 5 * fit.muStandardError, "mu \(fit.distribution.mu)")
        #expect(abs(fit.distribution.sigma - 0.9) <= 5 * fit.sigmaStandardError + 3 * 0.9 / 8000,
                "sigma \(fit.distribution.sigma)")
        #expect(fit.count == 2000)
    }

    @Test func rejectsBadInput() {
        #expect(throws: EstimationError(estimate: "deal size", parameter: "amounts[1]",
                                        expected: "a positive amount (leave zero-value deals out)", found: "0.0")) {
            try LogNormalFit(amounts: [10, 0, 30])
        }
        #expect(throws: EstimationError(estimate: "deal size", parameter: "amounts", expected: "at least 3 amounts", found: "2")) {
            try LogNormalFit(amounts: [10, 20])
        }
        #expect(throws: EstimationError.self) { try LogNormalFit(amounts: [5, 5, 5, 5]) }
        #expect(throws: EstimationError.self) { try LogNormalFit(amounts: [5, .nan, 5]) }
    }
}
