import Forecasting
import Foundation
@testable import Reports
import Statistics
import Testing
import TestSupport

@Suite("Forecast reports")
struct ForecastTextReportTests {
    /// Six years of synthetic monthly sales from 2020-01: level 100,000 growing 800 a month,
    /// December 30% up and January 15% down, multiplicative noise from a fixed stream.
    static let series: DatedSeries = {
        var rng = RandomStream(seed: 2026, component: StreamKey("report-series"))
        let season = [0.85, 0.95, 1.0, 1.0, 1.02, 1.0, 0.98, 0.97, 1.0, 1.0, 1.03, 1.3]
        let values = (0..<72).map { t in
            (100_000 + 800 * Double(t)) * season[t % 12] * (1 + 0.03 * Normal.standardSample(using: &rng))
        }
        return DatedSeries(id: "revenue", start: Period(frequency: .monthly, ordinal: 2020 * 12), values: values)
    }()

    /// Two periods the golden reports say were filled (the series itself has no gap).
    static let filledPeriods = [Period(frequency: .monthly, ordinal: 2021 * 12 + 2), Period(frequency: .monthly, ordinal: 2021 * 12 + 3)]

    static func request(_ model: ModelChoice) -> ForecastRequest {
        let window = Period(frequency: .monthly, ordinal: 2026 * 12 + 6)...Period(frequency: .monthly, ordinal: 2026 * 12 + 8)
        return ForecastRequest(model: model, horizon: 12, backtestOrigins: 3, target: .init(value: 450_000, window: window), paths: 2_000, seed: 7)
    }

    /// Compares with `Golden/<name>`; `PLANCAST_RECORD_GOLDEN=1` rewrites the file instead.
    func expectGolden(_ text: String, _ name: String) throws {
        let url = Fixtures.tests("ReportsTests/Golden/\(name)")
        if Fixtures.recordGolden {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "output differs from Golden/\(name); re-record with PLANCAST_RECORD_GOLDEN=1 if intended")
    }

    @Test("fit's text report", arguments: [ModelChoice.auto, .theta, .snaive])
    func text(model: ModelChoice) throws {
        let result = try SeriesForecaster.run(Self.series, request: Self.request(model))
        var output = ""
        ForecastTextReport(result, filledPeriods: Self.filledPeriods).write(to: &output)
        try expectGolden(output, "fit_\(model.rawValue).txt")
    }

    @Test("many filled periods: the first six named, the rest counted")
    func manyFilledPeriods() throws {
        let result = try SeriesForecaster.run(Self.series, request: ForecastRequest(model: .snaive, horizon: 1))
        let periods = (0..<8).map { Period(frequency: .monthly, ordinal: 2021 * 12 + 2 * $0) }
        var output = ""
        ForecastTextReport(result, filledPeriods: periods).write(to: &output)
        #expect(output.contains("Filled 8 missing values (2021-01, 2021-03, 2021-05, 2021-07, 2021-09, 2021-11 and 2 more) from their neighbours"), "\(output)")
    }

    @Test("a target no sample path reaches gives the bound the paths support, not a zero error")
    func unreachableTarget() throws {
        var request = Self.request(.theta)
        request.target?.value = 10_000_000
        var output = ""
        ForecastTextReport(try SeriesForecaster.run(Self.series, request: request)).write(to: &output)
        #expect(output.contains("P(sum over 2026-07..2026-09 >= 10,000,000) = 0.0% (no path of 2,000 reached it: below 0.15% at 95% confidence)\n"))
    }

    /// Theta compared with ETS, DOTM and the regression (and with itself and seasonal naive,
    /// which are not repeated) over the golden series' last 3 origins.
    static let compareRequest = ForecastRequest(model: .theta, horizon: 12, backtestOrigins: 3, comparedModels: [.ets, .dotm, .theta, .snaive, .regression])

    @Test("fit's text report with compared models: a column each and the lowest MASE in words")
    func textCompare() throws {
        let result = try SeriesForecaster.run(Self.series, request: Self.compareRequest)
        var output = ""
        ForecastTextReport(result).write(to: &output)
        try expectGolden(output, "fit_compare.txt")
    }

    /// 20 months, horizon 3, 4 origins: the earliest origin trains on 14 values, one too few
    /// for the regression's 13 coefficients. Seasonal naive is the chosen model, so it is
    /// its own yardstick: one column, not a second alike.
    @Test("a compared model too demanding for the history is left out with a note saying why")
    func textCompareLeftOut() throws {
        let short = DatedSeries(id: "revenue", start: Self.series.start, values: Array(Self.series.values.prefix(20)))
        let result = try SeriesForecaster.run(short, request: ForecastRequest(model: .snaive, horizon: 3, backtestOrigins: 4, comparedModels: [.regression, .naive]))
        var output = ""
        ForecastTextReport(result).write(to: &output)
        #expect(Self.backtestColumns(output) == ["measure", "snaive", "naive"], "\(output)")
        #expect(output.contains("Left out: regression could not be backtested (at the backtest origin after observation 14 of 20: needs at least 15 observations for 13 coefficients, found 14).\n"), "\(output)")
        #expect(output.contains("\nLowest MASE: "), "\(output)")
        #expect(!output.contains("nan") && !output.contains("inf"))
    }

    /// The column names of a text report's backtest table (cells are two or more spaces apart).
    static func backtestColumns(_ output: String) -> [String] {
        guard let header = output.split(separator: "\n").first(where: { $0.hasPrefix("  measure ") }) else { return [] }
        return header.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test("the ranking line names the lowest MASE as printed, ties in column order, and says when all tie")
    func ranking() throws {
        let base = try #require(try SeriesForecaster.run(Self.series, request: ForecastRequest(model: .naive, horizon: 2, backtestOrigins: 1)).backtest?.model)
        func column(_ name: String, _ mase: Double) -> (String, AccuracySummary) {
            var summary = base
            summary.mase = mase
            return (name, summary)
        }
        #expect(ForecastTextReport.ranking([column("auto", 0.53), column("seasonal naive", 1.21), column("theta", 0.52)], origins: 6)
            == "Lowest MASE: theta (0.52; next auto, 0.53). A comparison over 6 origins: small differences are noise.")
        #expect(ForecastTextReport.ranking([column("auto", 0.5249), column("ets", 0.9), column("theta", 0.5201)], origins: 1)
            == "Lowest MASE: auto, theta (both 0.52; next ets, 0.90). A comparison over 1 origin: small differences are noise.")
        #expect(ForecastTextReport.ranking([column("auto", 0.5), column("ets", 0.5)], origins: 2) == "Every model had the same MASE here (0.50).")
    }

    @Test("fit's JSON backtest lists the compared models after seasonal_naive, with scores or the reason they have none")
    func jsonCompare() throws {
        let short = DatedSeries(id: "revenue", start: Self.series.start, values: Array(Self.series.values.prefix(20)))
        let result = try SeriesForecaster.run(short, request: ForecastRequest(model: .snaive, horizon: 3, backtestOrigins: 4, comparedModels: [.regression, .naive]))
        var output = ""
        try ForecastJSONReport.write([result], to: &output)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let backtest = try #require(((document["series"] as? [[String: Any]])?.first?["backtest"]) as? [String: Any])
        #expect(Set(backtest.keys) == ["origins", "horizon", "model", "seasonal_naive", "comparisons", "points"])
        let comparisons = try #require(backtest["comparisons"] as? [[String: Any]])
        #expect(comparisons.map { $0["model"] as? String } == ["regression", "naive"])
        #expect(Set(comparisons[0].keys) == ["model", "unavailable"])
        #expect((comparisons[0]["unavailable"] as? String)?.hasSuffix("needs at least 15 observations for 13 coefficients, found 14") == true)
        #expect(Set(comparisons[1].keys) == ["model", "scores"])
        let scores = try #require(comparisons[1]["scores"] as? [String: Any])
        #expect(Set(scores.keys) == Set((backtest["seasonal_naive"] as? [String: Any])?.keys.map { $0 } ?? []))

        let plain = try SeriesForecaster.run(short, request: ForecastRequest(model: .snaive, horizon: 3, backtestOrigins: 4))
        var plainOutput = ""
        try ForecastJSONReport.write([plain], to: &plainOutput)
        let plainDocument = try #require(try JSONSerialization.jsonObject(with: Data(plainOutput.utf8)) as? [String: Any])
        let plainBacktest = try #require(((plainDocument["series"] as? [[String: Any]])?.first?["backtest"]) as? [String: Any])
        #expect((plainBacktest["comparisons"] as? [Any])?.isEmpty == true, "an empty list without --compare")
    }

    /// Monthly leads with no leads some Augusts: the profile is additive, so the text reads in
    /// leads rather than percentages and the JSON fills `seasonal_offsets`, not
    /// `seasonal_indices`. (August's true offset is −30 before clipping at 0, so its estimate
    /// is smaller.)
    @Test("a history with zero months describes its season in units")
    func additiveProfile() throws {
        var rng = RandomStream(seed: 11, component: StreamKey("report-leads"))
        let offsets: [Double] = [-5, 0, 0, 0, 0, 0, 0, -30, 0, 5, 10, 20]
        let values = (0..<60).map { t in max(0, (30 + offsets[t % 12] + 2 * Normal.standardSample(using: &rng)).rounded()) }
        #expect(values.contains(0))
        let series = DatedSeries(id: "leads", start: Period(frequency: .monthly, ordinal: 2021 * 12), values: values)
        let result = try SeriesForecaster.run(series, request: ForecastRequest(model: .auto, horizon: 3))
        var text = ""
        ForecastTextReport(result).write(to: &text)
        #expect(text.contains("  August is 27.44 below an average month\n"), "\(text)")
        #expect(text.contains("  December is 19.04 above an average month\n"), "\(text)")
        var json = ""
        try ForecastJSONReport.write([result], to: &json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entry = try #require((document["series"] as? [[String: Any]])?.first)
        #expect((entry["seasonal_indices"] as? [String: Double])?.isEmpty == true)
        let august = try #require((entry["seasonal_offsets"] as? [String: Double])?["August"])
        #expect(abs(august + 27.44) < 0.005, "the text's figure, unrounded")
    }

    /// The golden series with July 2022 60% above what it was: named in the text, the
    /// furthest first, and listed in the JSON with what the trend and season put there.
    @Test("an unusual history value is named in the text and the JSON")
    func unusualValue() throws {
        var values = Self.series.values
        values[30] *= 1.6
        let series = DatedSeries(id: "revenue", start: Self.series.start, values: values)
        let result = try SeriesForecaster.run(series, request: ForecastRequest(model: .snaive, horizon: 2))
        #expect(result.unusual.map(\.index) == [30])
        var text = ""
        ForecastTextReport(result).write(to: &text)
        #expect(text.contains("Unusual values (far from the trend and season; check them, the forecast uses them as they are):\n"
                              + "  2022-07  192,737, 60% above the expected 120,768\n"), "\(text)")
        var json = ""
        try ForecastJSONReport.write([result], to: &json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let unusual = try #require((document["series"] as? [[String: Any]])?.first?["unusual_values"] as? [[String: Any]])
        #expect(unusual.count == 1)
        #expect(unusual.first?["period"] as? String == "2022-07")
        #expect(unusual.first?["value"] as? Double == values[30])
        // JSON's decimal text round-trips to within an ulp.
        let expected = try #require(unusual.first?["expected"] as? Double)
        #expect(abs(expected - result.unusual[0].expected) <= 1e-9 * expected)
    }

    @Test("fit's JSON uses the same snake_case keys as the other commands and parses back")
    func json() throws {
        let result = try SeriesForecaster.run(Self.series, request: ForecastRequest(model: .snaive, horizon: 2))
        var output = ""
        try ForecastJSONReport.write([result], filledPeriods: ["revenue": Self.filledPeriods], to: &output)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "plancast.fit/1")
        let series = try #require((document["series"] as? [[String: Any]])?.first)
        #expect(series["filled_points"] as? Int == 2)
        #expect(series["filled_periods"] as? [String] == ["2021-03", "2021-04"])
        #expect((series["forecast"] as? [Any])?.count == 2)
        #expect(series["filledPoints"] == nil)
    }

    /// The text's `P(…)` and `sum:` lines and the JSON's `target` come from one outcome, so
    /// the JSON carries the same percentiles, unrounded.
    @Test("fit's JSON target carries the probability, the observed part and the sum's percentiles")
    func jsonTarget() throws {
        let result = try SeriesForecaster.run(Self.series, request: Self.request(.theta))
        let outcome = try #require(result.target)
        var output = ""
        try ForecastJSONReport.write([result], to: &output)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let target = try #require((document["series"] as? [[String: Any]])?.first?["target"] as? [String: Any])
        #expect(Set(target.keys) == ["target", "window", "probability", "standard_error", "paths", "observed_part", "sum_percentiles"])
        #expect(target["window"] as? String == "2026-07..2026-09")
        #expect(target["observed_part"] as? Double == 0, "the window lies wholly after the history")
        let percentiles = try #require(target["sum_percentiles"] as? [String: Double])
        #expect(Set(percentiles.keys) == ["10", "50", "90"])
        let expected = [outcome.sumQuantiles.p10, outcome.sumQuantiles.p50, outcome.sumQuantiles.p90]
        // JSON's shortest decimal spelling can come back one ulp off: compare to 1e-9 relative.
        for (key, value) in zip(["10", "50", "90"], expected) {
            #expect(abs((percentiles[key] ?? .nan) - value) <= 1e-9 * abs(value), "percentile \(key)")
        }
        #expect(percentiles["10"]! < percentiles["50"]! && percentiles["50"]! < percentiles["90"]!)
    }

    @Test("fit's JSON lists every backtest forecast with its origin, period, steps ahead and actual")
    func jsonBacktestPoints() throws {
        let result = try SeriesForecaster.run(Self.series, request: ForecastRequest(model: .snaive, horizon: 2, backtestOrigins: 3))
        var output = ""
        try ForecastJSONReport.write([result], to: &output)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let series = try #require((document["series"] as? [[String: Any]])?.first)
        let backtest = try #require(series["backtest"] as? [String: Any])
        let points = try #require(backtest["points"] as? [[String: Any]])
        #expect(points.count == 6, "3 origins × 2 periods")
        #expect(Set(points[0].keys) == ["origin", "period", "steps_ahead", "forecast", "actual"])
        // 72 values from 2020-01: the origins train on 68, 69 and 70 values, so they are
        // 2025-08, 2025-09 and 2025-10, and the last one forecasts 2025-11 and 2025-12.
        #expect(points[0]["origin"] as? String == "2025-08" && points[0]["period"] as? String == "2025-09")
        #expect(points[5]["origin"] as? String == "2025-10" && points[5]["period"] as? String == "2025-12")
        #expect(points.map { $0["steps_ahead"] as? Int } == [1, 2, 1, 2, 1, 2])
        // JSON's shortest decimal spelling can come back one ulp off: compare to 1e-9 relative.
        func close(_ value: Any?, _ expected: Double) -> Bool {
            guard let value = value as? Double else { return false }
            return abs(value - expected) <= 1e-9 * abs(expected)
        }
        #expect(close(points[5]["actual"], Self.series.values[71]))
        // Seasonal naive forecasts 2025-12 with 2024-12.
        #expect(close(points[5]["forecast"], Self.series.values[59]))
    }

    @Test("fit's long CSV has one row per series and period")
    func csv() throws {
        let result = try SeriesForecaster.run(Self.series, request: ForecastRequest(model: .naive, horizon: 2))
        var output = ""
        ForecastCSVReport.write([result, result], to: &output)
        let lines = output.split(separator: "\n")
        #expect(lines.first == "series_id,date,mean,lo80,hi80,lo95,hi95")
        #expect(lines.count == 5)
        #expect(lines[1].hasPrefix("revenue,2026-01,\(Self.series.values.last!),"))
    }

    /// A slope of 1 on a level of a million is 0.0001%: no sign on a share that rounds to 0.
    @Test("a trend too small to show as a share reads about 0%, not -0.0%")
    func negligibleTrend() throws {
        let values = (0..<24).map { 1_000_000 - Double($0) }
        let series = DatedSeries(id: "flat", start: Period(frequency: .monthly, ordinal: 2020 * 12), values: values)
        let result = try SeriesForecaster.run(series, request: ForecastRequest(model: .naive, horizon: 1))
        var output = ""
        ForecastTextReport(result).write(to: &output)
        #expect(output.contains("Trend: -1 per month (about 0% of an average month)"))
    }

    /// Zero sales throughout: the slope is 0, which "+0" would present as a measured rise.
    @Test("a slope that rounds to zero reads flat")
    func flatTrend() throws {
        let series = DatedSeries(id: "discontinued", start: Period(frequency: .monthly, ordinal: 2020 * 12), values: Array(repeating: 0, count: 24))
        let result = try SeriesForecaster.run(series, request: ForecastRequest(model: .naive, horizon: 1))
        var output = ""
        ForecastTextReport(result).write(to: &output)
        #expect(output.contains("Trend: flat\n"))
    }

    /// A rate around 0.0006 or a history in units of 10⁻¹² is read with its own significant
    /// digits: fixed decimals used to print every forecast of the latter as 0.0000 and its
    /// trend as flat.
    @Test("tiny histories keep four significant digits", arguments: [(6e-4, "0.0007440"), (6e-13, "7.440e-13")])
    func tinyValues(scale: Double, expected: String) throws {
        let values = (0..<24).map { scale * (1 + 0.01 * Double($0)) }
        let series = DatedSeries(id: "rate", start: Period(frequency: .monthly, ordinal: 2020 * 12), values: values)
        let result = try SeriesForecaster.run(series, request: ForecastRequest(model: .drift, horizon: 2))
        var output = ""
        ForecastTextReport(result).write(to: &output)
        #expect(!output.contains("Trend: flat"), "\(output)")
        #expect(!output.contains(" 0.0000 "), "\(output)")
        #expect(output.contains(expected), "\(output)")
    }

    @Test("thousands separators and percentages")
    func numbers() throws {
        let result = try SeriesForecaster.run(Self.series, request: ForecastRequest(model: .naive, horizon: 1))
        var output = ""
        ForecastTextReport(result).write(to: &output)
        #expect(output.contains("December is 2"), "seasonal index in words")
        #expect(output.range(of: #"\d{3},\d{3}"#, options: .regularExpression) != nil)
    }
}
