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
        case .fourier: return 2 * fourierPairs - (2 * fourierPairs == seasonalPeriod ? 1 : 0)
        }
    }

    /// Fourier pairs used: at most m/2, the highest frequency a season of m periods shows.
    private var fourierPairs: Int {
        guard case let .fourier(pairs) = seasonality else { return 0 }
        return min(pairs, seasonalPeriod / 2)
    }

    var columnCount: Int { 2 + changepoints.count + seasonalColumns }

    var termsDescription: String {
        var terms = [damping < 1 ? "damped trend φ = \(formatParameter(damping))" : "linear trend"]
        if !changepoints.isEmpty { terms.append("\(changepoints.count) changepoint\(changepoints.count == 1 ? "" : "s")") }
        if seasonalColumns > 0 {
            switch seasonality {
            case .dummies: terms.append("seasonal dummies")
            case .fourier: terms.append("\(fourierPairs) Fourier pair\(fourierPairs == 1 ? "" : "s")")
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
            for k in 1...fourierPairs {
                let angle = 2 * Double.pi * Double(k * season) / Double(seasonalPeriod)
                // At k = m/2 the sine is zero in every period (up to rounding); the cosine
                // alternates ±1 and carries that frequency.
                if 2 * k < seasonalPeriod { row.append(sin(angle)) }
                row.append(cos(angle))
            }
        }
        return row
    }
}
