import Scenarios
import Simulation
import Statistics
import Testing

/// Every value form of the format becomes the matching `UncertainValue`. (Every input of a
/// plan is bounded below or within [0, 1], so `normal` is always rejected with a suggestion;
/// see `RateRangeErrorTests` and `NegativeValueErrorTests`.)
@Suite struct ValueDecodingTests {
    /// The deal size of the minimal scenario, written `text`.
    static func dealSize(_ text: String, others: [String: String] = [:]) -> UncertainValue? {
        let yaml = ScenarioText.minimal.replacingOccurrences(of: "deal_size: 9000", with: "deal_size: \(text)")
        return ScenarioText.result(yaml, others: others).scenario?.base.funnel.dealSize
    }

    static let forms: [(String, UncertainValue)] = {
        do {
            return [
                ("12000", .fixed(12000)),
                ("1.2e4", .fixed(12000)),
                ("{ lognormal: { median: 9000, p90: 25000 } }", .logNormal(try LogNormal(median: 9000, p90: 25000))),
                ("{ lognormal: { mean: 9000, sd: 4000 } }", .logNormal(try LogNormal(mean: 9000, sd: 4000))),
                ("{ lognormal: { mu: 9, sigma: 0.5 } }", .logNormal(try LogNormal(mu: 9, sigma: 0.5))),
                ("{ gamma: { shape: 2, scale: 4500 } }", .gamma(try Gamma(shape: 2, scale: 4500))),
                ("{ gamma: { mean: 9000, sd: 3000 } }", .gamma(try Gamma(mean: 9000, sd: 3000))),
                ("{ triangular: { min: 1000, mode: 8000, max: 30000 } }", .triangular(try Triangular(min: 1000, mode: 8000, max: 30000))),
                ("{ pert: { min: 1000, mode: 8000, max: 30000 } }", .pert(try PERT(min: 1000, mode: 8000, max: 30000))),
                ("{ uniform: { min: 5000, max: 15000 } }", .uniform(try Uniform(min: 5000, max: 15000))),
                ("{ discrete: { 5000: 0.7, 20000: 0.3 } }", .discrete(try DiscreteDistribution(values: [5000, 20000], probabilities: [0.7, 0.3]))),
            ]
        } catch {
            preconditionFailure("valid test parameters: \(error)")
        }
    }()

    @Test(arguments: forms)
    func form(_ text: String, _ expected: UncertainValue) {
        #expect(Self.dealSize(text) == expected)
    }

    @Test func betaForms() throws {
        func rate(_ text: String) -> UncertainValue? {
            let yaml = ScenarioText.minimal.replacingOccurrences(of: "rate: 0.25", with: "rate: \(text)")
            return ScenarioText.result(yaml).scenario?.base.funnel.stages[1].rate
        }
        #expect(rate("{ beta: { mean: 0.25, sd: 0.03 } }") == .beta(try Beta(mean: 0.25, sd: 0.03)))
        #expect(rate("{ beta: { alpha: 3, beta: 9 } }") == .beta(try Beta(alpha: 3, beta: 9)))
        #expect(rate("{ beta: { successes: 412, trials: 1650 } }") == .beta(try Beta(successes: 412, trials: 1650)))
        #expect(rate("{ beta: { successes: 41.5, trials: 1650 } }") == nil)
    }

    @Test func empiricalReadsAColumnSkippingBlankCells() throws {
        let csv = "month,size\n2026-01,8000\n2026-02,\n2026-03,12000\n"
        #expect(Self.dealSize("{ empirical: sizes.csv#size }", others: ["sizes.csv": csv]) == .empirical(try Empirical(values: [8000, 12000])))
    }

    @Test func empiricalReadsASemicolonSeparatedColumnWithDecimalCommas() throws {
        let csv = "Monat;Größe\n2026-01;8000,5\n2026-02;12000\n"
        #expect(Self.dealSize("{ empirical: sizes.csv#Größe }", others: ["sizes.csv": csv]) == .empirical(try Empirical(values: [8000.5, 12000])))
    }

    @Test func mixedParameterSetsAreRejected() {
        let yaml = ScenarioText.minimal.replacingOccurrences(of: "deal_size: 9000", with: "deal_size: { lognormal: { median: 9000, sd: 2 } }")
        #expect(ScenarioText.problems(yaml) == [
            "plan.yaml:11:27: funnel.deal_size.lognormal: lognormal takes {median, p90}, {mean, sd} or {mu, sigma}; found {median, sd}",
        ])
    }
}
