import Forecasting
import Testing

@Suite("Combination rules")
struct CombinationRuleTests {
    @Test("auto's median of an odd number of members is the middle forecast")
    func median() throws {
        let series = ModelContract.seasonalSeries
        let members: [any ForecastingMethod] = [Naive(), SeasonalNaive(), Drift()]
        let auto = try AutoForecast(horizon: 4, components: members, rule: .median).fit(series).forecast(horizon: 4, levels: [])
        let single = try members.map { try $0.fit(series).forecast(horizon: 4, levels: []).mean }
        for h in 0..<4 {
            #expect(auto.mean[h] == single.map { $0[h] }.sorted()[1])
        }
        let mean = try AutoForecast(horizon: 4, components: members).fit(series).forecast(horizon: 4, levels: [])
        #expect(abs(mean.mean[0] - single.map { $0[0] }.reduce(0, +) / 3) < 1e-9)
    }
}
