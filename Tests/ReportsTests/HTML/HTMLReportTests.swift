import Forecasting
import Foundation
@testable import Reports
import Simulation
import Testing
import TestSupport

/// Golden files of the HTML reports for fixed inputs (`FixedResults`, a seeded forecast) and a fixed date
/// (`PLANCAST_RECORD_GOLDEN=1` re-records them on purpose), and the page's promises:
/// self-contained, no script, a data mark in every chart.
@Suite("HTML reports")
struct HTMLReportTests {
    /// 2026-09-15 12:00 UTC.
    static let provenance = ReportProvenance(source: "golden-plan.yaml", generated: Date(timeIntervalSince1970: 1_789_473_600),
                                             toolVersion: "9.9.9-test")

    static func simulateHTML() throws -> String {
        var html = ""
        SimulationHTMLReport(FixedResults.simulation(), currency: "USD", provenance: provenance).write(to: &html)
        return html
    }

    @Test("simulate report")
    func simulate() throws {
        try GoldenFile.expect(try Self.simulateHTML(), "simulate.html")
    }

    @Test("compare report")
    func compare() throws {
        var html = ""
        ComparisonHTMLReport(FixedResults.comparison(), currency: "EUR", provenance: Self.provenance).write(to: &html)
        try GoldenFile.expect(html, "compare.html")
        #expect(html.contains("Chance of reaching the target by plan"))
        #expect(html.contains("more paid search"))
    }

    @Test("fit report")
    func fit() throws {
        let result = try SeriesForecaster.run(ForecastTextReportTests.series, request: ForecastTextReportTests.request(.theta))
        var html = ""
        ForecastHTMLReport([result], provenance: ReportProvenance(source: "sales.csv", generated: Self.provenance.generated,
                                                                   toolVersion: "9.9.9-test")).write(to: &html)
        try GoldenFile.expect(html, "fit.html")
        #expect(html.contains("The forecast for 2026-12 is "))
    }

    @Test("the header states scenario, seed, trials, date and version")
    func header() throws {
        let html = try Self.simulateHTML()
        for fact in ["<dt>Scenario</dt><dd>golden-plan.yaml</dd>", "<dt>Seed</dt><dd>1</dd>", "<dt>Trials</dt><dd>4,096</dd>",
                     "<dt>Generated</dt><dd>2026-09-15 12:00 UTC</dd>", "<dt>Tool</dt><dd>plancast 9.9.9-test</dd>"] {
            #expect(html.contains(fact), "missing \(fact)")
        }
    }

    @Test("self-contained: no script, no remote resource, print styles, a data mark in every chart")
    func selfContained() throws {
        let html = try Self.simulateHTML()
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("url("))
        #expect(html.contains("default-src 'none'"))
        #expect(html.contains("@media print"))
        let charts = html.components(separatedBy: "<svg").dropFirst()
        #expect(charts.count == 8, "four charts, each drawn wide and narrow")
        #expect(charts.filter { $0.hasPrefix(" class=\"chart wide\"") }.count == 4)
        #expect(charts.filter { $0.hasPrefix(" class=\"chart narrow\"") }.count == 4)
        #expect(html.contains("@media (max-width: \(ChartLayout.narrowScreen - 1)px)"))
        for chart in charts {
            #expect(chart.contains("class=\"mark"), "a chart without data marks")
        }
    }

    @Test("plan names are escaped")
    func escaping() throws {
        var result = FixedResults.simulation()
        result.planName = "<b>R&D</b>"
        var html = ""
        SimulationHTMLReport(result, currency: nil, provenance: Self.provenance).write(to: &html)
        #expect(html.contains("<h1>&lt;b&gt;R&amp;D&lt;/b&gt;</h1>"))
        #expect(!html.contains("<b>R&D</b>"))
    }
}
