import Forecasting

/// A forecast fan chart: history, the model's one-step fitted values, the forecast mean and
/// its 50%, 80% and 95% prediction intervals as nested bands.
///
/// The bands come from the fitted model (`FittedModel.forecast(horizon:levels:)`, the same
/// call the pipeline makes for the requested levels), so the chart always shows these three
/// levels whatever `--levels` asked for in the tables. They start at the last observation so
/// the fan opens from the data.
struct ForecastFanChart {
    let result: SeriesForecast

    static let levels = [0.95, 0.8, 0.5]
    static let bandOpacity = [0.25, 0.4, 0.6]

    var figure: Figure {
        let series = result.series
        let n = series.values.count
        let horizon = result.request.horizon
        let forecast = result.fitted.forecast(horizon: horizon, levels: Self.levels)
        let last = XYChart.Point(x: Double(n - 1), y: series.values.last ?? 0)
        func future(_ values: [Double]) -> [XYChart.Point] {
            [last] + values.enumerated().map { XYChart.Point(x: Double(n + $0), y: $1) }
        }
        var layers: [XYChart.Layer] = zip(forecast.intervals, Self.bandOpacity).map { interval, opacity in
            .band(upper: future(interval.upper), lower: future(interval.lower), fill: Palette.skyBlue, opacity: opacity)
        }
        let fitted = result.fitted.fittedValues.enumerated().filter { $0.element.isFinite }.map { XYChart.Point(x: Double($0.offset), y: $0.element) }
        layers += [
            .line(points: series.values.enumerated().map { XYChart.Point(x: Double($0), y: $1) }, stroke: Palette.black, width: 1.5, dash: nil),
            .line(points: fitted, stroke: Palette.orange, width: 1.5, dash: "5 3"),
            .line(points: future(forecast.mean), stroke: Palette.blue, width: 2.5, dash: nil),
        ]
        let periods = (0..<(n + horizon)).map { Axis.Category(value: Double($0), label: series.start.advanced(by: $0).description) }
        let chart = XYChart(
            layers: layers,
            xAxis: Axis(title: series.frequency.periodNoun.capitalized, categories: periods),
            yAxis: Axis(title: series.id, format: .number),
            legend: Legend(entries: [
                .init(label: "History", swatch: .line(color: Palette.black, dash: nil)),
                .init(label: "Fitted (one step ahead)", swatch: .line(color: Palette.orange, dash: "5 3")),
                .init(label: "Forecast mean", swatch: .line(color: Palette.blue, dash: nil)),
            ] + zip(Self.levels, Self.bandOpacity).map {
                .init(label: "\(NumberText.percent($0)) interval", swatch: .fill(color: Palette.skyBlue, opacity: $1))
            }),
            yIncludesZero: false)
        return Figure(title: "Forecast of \(series.id)", chart: chart.svg(label: "History and forecast fan of \(series.id)"),
                      caption: caption(forecast))
    }

    func caption(_ forecast: Forecast) -> String {
        guard let period = result.periods.last, let mean = forecast.mean.last,
              let interval = forecast.intervals.first(where: { abs($0.level - 0.8) < 1e-9 }) else { return "No forecast." }
        let decimals = NumberText.decimals(forScale: abs(mean))
        var sentence = "The forecast for \(period) is \(NumberText.grouped(mean, decimals: decimals)) "
            + "(80% interval \(NumberText.grouped(interval.lower.last ?? mean, decimals: decimals))–"
            + "\(NumberText.grouped(interval.upper.last ?? mean, decimals: decimals)))"
        if let backtest = result.backtest, let mase = backtest.model.mase, let naive = backtest.seasonalNaive.mase {
            sentence += "; in the backtest its MASE was \(NumberText.grouped(mase, decimals: 2)) against "
                + "\(NumberText.grouped(naive, decimals: 2)) for seasonal naive"
        }
        return sentence + "."
    }
}
