import Forecasting
@testable import Simulation
import Statistics
import Testing

/// A channel whose leads come from a forecast model: month t of one sample path per trial.
@Suite("Leads from a forecast")
struct ForecastLeadsTests {
    /// A model whose paths are the level plus one shared normal shock: all months move
    /// together, as a fitted model's joint paths do.
    struct ShiftedLevel: FittedModel {
        let levels: [Double]
        let shockSD: Double

        var summary: String { "test level" }
        var fittedValues: [Double] { [] }

        func forecast(horizon: Int, levels: [Double]) -> Forecast {
            Forecast(mean: Array(self.levels.prefix(horizon)), intervals: [])
        }

        func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
            let shock = shockSD * Normal.standardSample(using: &rng)
            return levels.prefix(horizon).map { $0 + shock }
        }
    }

    /// With the window two periods after the history (offset 2), the window uses path
    /// entries 2…4. Every stage at rate q and size 1: revenue ~ Poisson(q Σλ) given the path,
    /// so E = q Σ levels and Var = q Σ levels + q² · 9 · Var(shock) (three months share it).
    @Test("expected revenue follows the forecast path")
    func forecastPath() throws {
        let model = ShiftedLevel(levels: [10, 20, 100, 120, 140], shockSD: 5)
        var plan = PlanBuilder.plan(months: 3, leads: [0, 0, 0], stages: [.fixed(0.5)])
        plan.channels = [Channel(name: "inbound", leads: .forecast(LeadForecast(column: "leads", model: model, offset: 2)))]
        let trials = 20_000
        let result = try Simulator(plan: plan).run(SimulationSettings(trials: trials, seed: 2, threads: 2))
        let mean = 0.5 * 360
        let variance = mean + 0.25 * 9 * 25
        #expect(abs(result.revenue.mean.value - mean) <= 5 * (variance / Double(trials)).squareRoot())
        // A sample variance has relative SE ≈ √((κ − 1)/n) ≈ 1% here (kurtosis κ ≈ 3): 5 SE.
        #expect(abs(result.revenue.standardDeviation * result.revenue.standardDeviation - variance) <= 0.05 * variance)
    }
}
