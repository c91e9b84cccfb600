import Forecasting
import Statistics

/// 12 years of a positive quarterly series: level 100, trend +1.5 per quarter, seasonal
/// offsets (+12, −4, −15, +7) and N(0, 3²) noise from a fixed stream.
enum QuarterlyFixture {
    static let series: TimeSeries = {
        var rng = RandomStream(seed: 7, component: StreamKey("quarterly-fixture"))
        let season = [12.0, -4, -15, 7]
        let values = (0..<48).map { (t: Int) -> Double in
            let trend: Double = 100 + 1.5 * Double(t)
            let noise: Double = 3 * Normal.standardSample(using: &rng)
            return trend + season[t % 4] + noise
        }
        return TimeSeries(values: values, seasonalPeriod: 4)
    }()
}
