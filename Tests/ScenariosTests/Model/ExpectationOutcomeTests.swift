import Scenarios
import Simulation
import Testing

@Suite struct ExpectationOutcomeTests {
    static let place = SourceLocation(file: "plan.yaml", line: 1, column: 1)

    static func outcome(atLeast: Double? = nil, atMost: Double? = nil, _ value: Double, _ error: Double) -> ExpectationOutcome {
        let expectation = Expectation(strategy: nil, metric: .pHit, atLeast: atLeast, atMost: atMost, location: place)
        return ExpectationOutcome(expectation: expectation, estimate: Estimate(value: value, standardError: error), trials: 10_000)
    }

    @Test func passMarginalAndFail() {
        #expect(Self.outcome(atLeast: 0.5, 0.62, 0.005).status == .pass)
        #expect(Self.outcome(atLeast: 0.5, 0.40, 0.005).status == .fail)
        #expect(Self.outcome(atMost: 0.5, 0.62, 0.005).status == .fail)
        // 0.508 is 1.6 standard errors above 0.5: it holds, but another seed could flip it.
        #expect(Self.outcome(atLeast: 0.5, 0.508, 0.005).status == .marginal)
        #expect(Self.outcome(atLeast: 0.5, 0.492, 0.005).status == .marginal)
        #expect(Self.outcome(atLeast: 0.5, atMost: 0.7, 0.69, 0.01).status == .marginal)
        // Without a standard error (a fixed quantity) a check is never marginal.
        #expect(Self.outcome(atLeast: 0.5, 0.5, 0).status == .pass)
    }

    @Test func marginalChecksSuggestEnoughTrials() throws {
        // Bound 1 SE away: 4× the trials halve the SE, putting it 2 SE away; ×1.25 margin.
        let suggested = try #require(Self.outcome(atLeast: 0.5, 0.505, 0.005).suggestedTrials)
        #expect(suggested == 50_000)
        #expect(Self.outcome(atLeast: 0.5, 0.62, 0.005).suggestedTrials == nil)
    }
}
