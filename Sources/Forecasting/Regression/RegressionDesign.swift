import Foundation

/// The columns of a seasonal-trend regression: intercept, trend, changepoint hinges, seasonal
/// terms (see `SeasonalTrendRegression`). Row t is observation t of the fitted window;
/// rows past the window are forecasts.
struct RegressionDesign: Sendable {
    let seasonalPeriod: Int
    let seasonality: SeasonalTrendRegression.Seasonality
    let changepoints: [Int]
    /// Position of the window's first value in the whole series, so seasons line up.
    let seasonOffset: Int
    let damping: Double

    private var seasonalColumns: Int {
        guard seasonalPeriod > 1 else { return 0 }
        switch seasonality {
        case .none: return 0
        case .dummies: return seasonalPeriod - 1
        case let .fourier(pairs): return 2 * min(pairs, seasonalPeriod / 2) - (2 * min(pairs, seasonalPeriod / 2) == seasonalPeriod ? 1 : 0)
        }
    }

    var columnCount: Int { 2 + changepoints.count + seasonalColumns }

    var termsDescription: String {
        var terms = [damping < 1 ? "damped trend φ = \(formatParameter(damping))" : "linear trend"]
        if !changepoints.isEmpty { terms.append("\(changepoints.count) changepoint\(changepoints.count == 1 ? "" : "s")") }
        if seasonalColumns > 0 {
            switch seasonality {
            case .dummies: terms.append("seasonal dummies")
            case let .fourier(pairs): terms.append("\(pairs) Fourier pairs")
            case .none: break
            }
        }
        return terms.joined(separator: ", ")
    }

    /// The design row of position t; for t past `lastIndex` the trend is damped.
    func row(t: Int, lastIndex: Int? = nil) -> [Double] {
        var trend = Double(t)
        if let lastIndex, t > lastIndex, damping < 1 {
            let steps = t - lastIndex
            trend = Double(lastIndex) + damping * (1 - pow(damping, Double(steps))) / (1 - damping)
        }
        var row = [1.0, trend]
        row += changepoints.map { max(0, trend - Double($0)) }
        guard seasonalColumns > 0 else { return row }
        let season = (t + seasonOffset) % seasonalPeriod
        switch seasonality {
        case .none:
            break
        case .dummies:
            row += (1..<seasonalPeriod).map { season == $0 ? 1 : 0 }
        case .fourier:
            for k in 1...((seasonalColumns + 1) / 2) {
                let angle = 2 * Double.pi * Double(k * season) / Double(seasonalPeriod)
                row.append(sin(angle))
                if row.count - 2 - changepoints.count < seasonalColumns { row.append(cos(angle)) }
            }
        }
        return row
    }
}
