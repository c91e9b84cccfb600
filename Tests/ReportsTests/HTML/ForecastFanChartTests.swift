import Forecasting
@testable import Reports
import Testing

/// The fan chart's backtest points: one diamond per backtest forecast, a legend entry, the
/// caption's count, readable on a phone.
@Suite("Forecast fan chart")
struct ForecastFanChartTests {
    static func figure(backtestOrigins: Int?) throws -> Figure {
        var request = ForecastTextReportTests.request(.theta)
        request.backtestOrigins = backtestOrigins
        return ForecastFanChart(result: try SeriesForecaster.run(ForecastTextReportTests.series, request: request)).figure
    }

    /// The symbols (diamonds, dots) in the markers groups of one drawing.
    static func markers(_ svg: SVGElement) -> [SVGElement] {
        func find(_ element: SVGElement) -> [SVGElement] {
            if ChartGeometry.className(element) == "mark markers" { return element.children }
            return element.children.flatMap(find)
        }
        return find(svg)
    }

    @Test("one diamond per backtest forecast, in both drawings, with a legend entry and the count in the caption")
    func backtestMarkers() throws {
        let figure = try Self.figure(backtestOrigins: 3)
        // 3 origins × 12 periods.
        for svg in [figure.wide, figure.narrow] {
            let markers = Self.markers(svg)
            #expect(markers.count == 36)
            #expect(markers.allSatisfy { $0.name == "path" && $0.attributes.contains { $0 == ("fill", Palette.vermillion) } })
            #expect(svg.markup().contains(">Backtest forecast (3 origins)</text>"))
        }
        #expect(figure.caption.contains("its 36 backtest forecasts (diamonds) were off by "))
    }

    @Test("the caption gives the compared models' MASE beside seasonal naive's")
    func comparedInCaption() throws {
        let result = try SeriesForecaster.run(ForecastTextReportTests.series, request: ForecastTextReportTests.compareRequest)
        let caption = ForecastFanChart(result: result).figure.caption
        #expect(caption.contains(" for seasonal naive, ") && caption.contains(" for ets, ") && caption.contains(" for dotm, ") && caption.hasSuffix(" for regression."), "\(caption)")
    }

    @Test("no backtest: no diamonds, no legend entry")
    func withoutBacktest() throws {
        let figure = try Self.figure(backtestOrigins: nil)
        #expect(Self.markers(figure.wide).isEmpty)
        #expect(!figure.html.contains("Backtest forecast"))
        #expect(!figure.caption.contains("backtest"))
    }

    /// At `narrowWidth` the chart is shown about 360 px wide on a 400 px phone (×0.9): the
    /// diamond stays about 10 px across, like the 12 px legend swatches.
    @Test("the diamonds are readable on a phone")
    func readableSize() {
        let across = 2 * ForecastFanChart.backtestMarker.radius * 0.9
        #expect(across >= 9)
        #expect(ForecastFanChart.backtestMarker.shape == .diamond, "told apart from the line's round dots by shape")
    }

    /// 72 months of history: the phone drawing starts 36 months before the forecast.
    @Test("the narrow drawing shows the last three years of history, the wide one all of it")
    func narrowHistory() throws {
        let result = try SeriesForecaster.run(ForecastTextReportTests.series, request: ForecastTextReportTests.request(.theta))
        let chart = ForecastFanChart(result: result)
        #expect(chart.chart(from: 0).extents.x.lowerBound == 0)
        #expect(chart.chart(from: 36).extents.x.lowerBound == 36)
        #expect(chart.figure.narrow.markup().contains(">2023-01</text>") || chart.chart(from: 36).xAxis.categories?.first?.label == "2023-01")
        #expect(!chart.figure.narrow.markup().contains(">2020-01</text>"))
    }

    /// The golden series with July 2022 60% above what it was (`ForecastTextReportTests`): one
    /// purple dot on the history at that value, a legend entry and the period in the caption.
    @Test("an unusual history value is a dot on the history, named in the caption")
    func unusualMarker() throws {
        var values = ForecastTextReportTests.series.values
        values[30] *= 1.6
        let series = DatedSeries(id: "revenue", start: ForecastTextReportTests.series.start, values: values)
        var request = ForecastTextReportTests.request(.theta)
        request.backtestOrigins = nil
        let figure = ForecastFanChart(result: try SeriesForecaster.run(series, request: request)).figure
        let dots = Self.markers(figure.wide)
        #expect(dots.count == 1)
        #expect(dots.allSatisfy { $0.name == "circle" && $0.attributes.contains { $0 == ("fill", Palette.reddishPurple) } })
        #expect(figure.wide.markup().contains(">Unusual value</text>"))
        #expect(figure.caption.contains("; the value of 2022-07 stands out from the trend and season (purple dot)."), "\(figure.caption)")
        // 2022-07 is more than three years before the forecast: not on the phone drawing.
        #expect(Self.markers(figure.narrow).isEmpty)
        #expect(!figure.narrow.markup().contains(">Unusual value</text>"))
    }

    @Test("a diamond is a closed path of four corners around its centre")
    func diamondPath() {
        let element = Marker(shape: .diamond, radius: 2, fill: "#000", stroke: nil).element(x: 10, y: 20)
        #expect(element.attributes.first { $0.0 == "d" }?.1 == "M10,18 L12,20 L10,22 L8,20 Z")
    }
}
