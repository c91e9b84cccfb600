import Forecasting
import Statistics
import Testing

@Suite struct CostPerLeadTests {
    /// By hand: R̂ = 60/5 = 12; residuals −2, −4, 6 give Σ = 56, so
    /// SE = √(56/(3·2))/(5/3) = 1.8330…; tolerance a few ULPs.
    @Test func handComputed() throws {
        let cpl = try CostPerLead(spend: [10, 20, 30], leads: [1, 2, 2])
        #expect(cpl.value == 12)
        #expect(abs(cpl.standardError - (56.0 / 6.0).squareRoot() / (5.0 / 3.0)) <= 1e-14)
        let z = Normal.standardQuantile(0.975)
        #expect(abs(cpl.upper - (12 + z * cpl.standardError)) <= 1e-12 && cpl.periods == 3)
    }

    /// 300 replicate years of weekly spend (uniform 50–150) with Poisson leads at a true cost
    /// of 25 per lead: the 95% interval covers 25 in 95% ± 5 binomial SEs (±0.063) of replicates.
    @Test func intervalCoverage() throws {
        let truth = 25.0, replicates = 300
        var covered = 0
        for replicate in 0..<replicates {
            var rng = RandomStream(seed: 5, component: StreamKey("cost-per-lead"), trial: UInt64(replicate))
            let spend = (0..<52).map { _ in 50 + 100 * rng.nextUnit() }
            let leads = try spend.map { Double(try Poisson(mean: $0 / truth).sample(using: &rng)) }
            let cpl = try CostPerLead(spend: spend, leads: leads)
            if cpl.lower <= truth && truth <= cpl.upper { covered += 1 }
        }
        let coverage = Double(covered) / Double(replicates)
        #expect(abs(coverage - 0.95) <= 5 * (0.95 * 0.05 / Double(replicates)).squareRoot(), "coverage \(coverage)")
    }

    @Test func rejectsBadInput() {
        #expect(throws: FitError(model: "cost per lead", reason: "spend has 3 periods but leads has 2")) {
            try CostPerLead(spend: [1, 2, 3], leads: [1, 2])
        }
        #expect(throws: FitError(model: "cost per lead", reason: "leads[1] is -1.0; expected a non-negative number")) {
            try CostPerLead(spend: [1, 2], leads: [1, -1])
        }
        #expect(throws: FitError(model: "cost per lead", reason: "no leads in 2 periods: cost per lead is undefined")) {
            try CostPerLead(spend: [1, 2], leads: [0, 0])
        }
    }
}
