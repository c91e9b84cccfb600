import Forecasting

/// A forecast fan chart: history, the model's one-step fitted values, the forecast mean and
/// its 50%, 80% and 95% prediction intervals as nested bands, the backtest's forecasts as
/// diamonds over the history they tried to predict, and the history's unusual values
/// (`SeriesForecast.unusual`) as dots on the history line.
///
/// The bands come from the fitted model (`FittedModel.forecast(horizon:levels:)`, the same
/// call the pipeline makes for the requested levels), so the chart always shows these three
/// levels whatever `--levels` asked for in the tables. They start at the last observation so
/// the fan opens from the data.
///
/// The narrow (phone) drawing shows only the last `narrowHistory` periods of history, so the
/// forecast and the backtest's diamonds get a readable share of a small screen.
struct ForecastFanChart: ChartDrawing {
    let result: SeriesForecast
    /// The forecast at `levels`.
    let forecast: Forecast

    init(result: SeriesForecast) {
        self.result = result
        forecast = result.fitted.forecast(horizon: result.request.horizon, levels: Self.levels)
    }

    static let levels = [0.95, 0.8, 0.5]
    static let bandOpacity = [0.25, 0.4, 0.6]
    /// Vermillion diamonds with a white rim: a different shape and hue from every line
    /// (black history, orange fitted, blue forecast), so they stand out without colour vision.
    static let backtestMarker = Marker(shape: .diamond, radius: Marker.symbolRadius, fill: Palette.vermillion, stroke: "#FFFFFF")
    /// Reddish-purple dots with a white rim on the history line: round where the backtest's
    /// marks are diamonds, and a hue no line uses.
    static let unusualMarker = Marker(shape: .circle, radius: Marker.symbolRadius, fill: Palette.reddishPurple, stroke: "#FFFFFF")
    /// Periods of history on the narrow drawing: three years of months.
    static let narrowHistory = 36

    var figure: Figure {
        Figure(title: "Forecast of \(result.series.id)", chart: self, label: "History and forecast fan of \(result.series.id)",
               caption: caption(forecast))
    }

    func svg(label: String, width: Double) -> SVGElement {
        let n = result.series.values.count
        return chart(from: width < ChartLayout.width ? max(0, n - Self.narrowHistory) : 0).svg(label: label, width: width)
    }

    /// The chart with history from index `first` on.
    func chart(from first: Int) -> XYChart {
        let series = result.series
        let n = series.values.count
        let horizon = result.request.horizon
        let last = XYChart.Point(x: Double(n - 1), y: series.values.last ?? 0)
        func future(_ values: [Double]) -> [XYChart.Point] {
            [last] + values.enumerated().map { XYChart.Point(x: Double(n + $0), y: $1) }
        }
        func shown(_ values: [Double]) -> [XYChart.Point] {
            values.enumerated().filter { $0.offset >= first && $0.element.isFinite }.map { XYChart.Point(x: Double($0.offset), y: $0.element) }
        }
        var layers: [XYChart.Layer] = zip(forecast.intervals, Self.bandOpacity).map { interval, opacity in
            .band(upper: future(interval.upper), lower: future(interval.lower), fill: Palette.skyBlue, opacity: opacity)
        }
        layers += [
            .line(points: shown(series.values), stroke: Palette.black, width: 1.5, dash: nil),
            .line(points: shown(result.fitted.fittedValues), stroke: Palette.orange, width: 1.5, dash: "5 3"),
            .line(points: future(forecast.mean), stroke: Palette.blue, width: 2.5, dash: nil),
        ]
        var backtestEntry: [Legend.Entry] = []
        if let backtest = result.backtest, !backtest.points.isEmpty {
            let points = backtest.points.map { XYChart.Point(x: Double(series.start.distance(to: $0.period)), y: $0.forecast) }
            layers.append(.markers(points.filter { $0.x >= Double(first) }, Self.backtestMarker))
            let origins = backtest.origins == 1 ? "1 origin" : "\(backtest.origins) origins"
            backtestEntry = [.init(label: "Backtest forecast (\(origins))", swatch: .marker(Self.backtestMarker))]
        }
        var unusualEntry: [Legend.Entry] = []
        let unusual = result.unusual.filter { $0.index >= first }.map { XYChart.Point(x: Double($0.index), y: $0.value) }
        if !unusual.isEmpty {
            layers.append(.markers(unusual, Self.unusualMarker))
            unusualEntry = [.init(label: "Unusual value", swatch: .marker(Self.unusualMarker))]
        }
        let periods = (first..<(n + horizon)).map { Axis.Category(value: Double($0), label: series.start.advanced(by: $0).description) }
        return XYChart(
            layers: layers,
            xAxis: Axis(title: series.frequency.periodNoun.capitalized, categories: periods),
            yAxis: Axis(title: series.id, format: .number),
            legend: Legend(entries: [
                .init(label: "History", swatch: .line(color: Palette.black, dash: nil)),
                .init(label: "Fitted (one step ahead)", swatch: .line(color: Palette.orange, dash: "5 3")),
                .init(label: "Forecast mean", swatch: .line(color: Palette.blue, dash: nil)),
            ] + backtestEntry + unusualEntry + zip(Self.levels, Self.bandOpacity).map {
                .init(label: "\(NumberText.percent($0)) interval", swatch: .fill(color: Palette.skyBlue, opacity: $1))
            }),
            yIncludesZero: false)
    }

    func caption(_ forecast: Forecast) -> String {
        guard let period = result.periods.last, let mean = forecast.mean.last,
              let interval = forecast.intervals.first(where: { abs($0.level - 0.8) < 1e-9 }) else { return "No forecast." }
        let style = NumberText.Style(scale: mean)
        var sentence = "The forecast for \(period) is \(style.text(mean)) "
            + "(80% interval \(style.text(interval.lower.last ?? mean))–"
            + "\(style.text(interval.upper.last ?? mean)))"
        if let backtest = result.backtest, !backtest.points.isEmpty {
            sentence += "; its \(backtest.points.count) backtest forecasts (diamonds) were off by "
                + "\(NumberText.grouped(backtest.model.smape, decimals: 1))% on average (sMAPE)"
            if let mase = backtest.model.mase, let naive = backtest.seasonalNaive.mase {
                sentence += ", MASE \(NumberText.grouped(mase, decimals: 2)) against \(NumberText.grouped(naive, decimals: 2)) for seasonal naive"
                let compared = backtest.comparisons.compactMap { reference in
                    reference.accuracy?.mase.map { "\(NumberText.grouped($0, decimals: 2)) for \(reference.model.rawValue)" }
                }
                if !compared.isEmpty { sentence += ", " + compared.joined(separator: ", ") }
            }
            let left = backtest.comparisons.filter { $0.accuracy == nil }.map(\.model.rawValue)
            if !left.isEmpty {
                sentence += " (\(left.joined(separator: ", ")) could not be backtested at every origin; the text and JSON output say why)"
            }
        }
        if !result.unusual.isEmpty {
            let periods = result.unusual.map { result.series.start.advanced(by: $0.index).description }
            sentence += periods.count == 1
                ? "; the value of \(periods[0]) stands out from the trend and season (purple dot)"
                : "; \(periods.count) values stand out from the trend and season (purple dots; the text and JSON output list them)"
        }
        return sentence + "."
    }
}
