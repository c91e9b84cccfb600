@testable import Reports
@testable import Simulation
import Testing

/// Value labels beyond the bar's far end, clear of reference lines, inside the chart, at the
/// page's width and a phone's — for fixed inputs that used to put a label on a line.
@Suite("Bar chart layout")
struct BarChartLayoutTests {
    static let widths = [ChartLayout.width, ChartLayout.narrowWidth]

    /// Every layout rule at once: no text on a reference line, on a bar or past the edges.
    static func expectClean(_ svg: SVGElement, sourceLocation: SourceLocation = #_sourceLocation) {
        let geometry = ChartGeometry(svg)
        #expect(geometry.textsOnReferenceLines().isEmpty, "texts on a reference line", sourceLocation: sourceLocation)
        #expect(geometry.textsOnMarks().isEmpty, "texts on a bar", sourceLocation: sourceLocation)
        #expect(geometry.textsOutside().isEmpty, "texts outside the chart", sourceLocation: sourceLocation)
    }

    /// Mean counted revenue $383k against a $400k target: the total's label, written just
    /// right of the bar, would straddle the target line.
    @Test("the sources total jumps past a target just beyond the bar", arguments: widths)
    func sourcesTotalNearTarget(width: Double) throws {
        let chart = SourcesChart(result: FixedResults.simulation(), money: MoneyText(currency: "USD"))
        let svg = width == ChartLayout.width ? chart.figure.wide : chart.figure.narrow
        Self.expectClean(svg)
        let geometry = ChartGeometry(svg)
        #expect(geometry.referenceLines.count == 1)
        let total = try #require(geometry.texts.first { $0.content == "$383k" })
        let target = try #require(geometry.referenceLines.first)
        #expect(total.box.left >= target.right + BarChart.valueLabelGap - 1, "the label sits right of the target line")
    }

    @Test("the same chart golden (wide and narrow)")
    func sourcesGolden() throws {
        try GoldenFile.expect(SourcesChart(result: FixedResults.simulation(), money: MoneyText(currency: "USD")).figure.html,
                              "sources-near-target.svg.html")
    }

    /// A small loss whose interval crosses zero, a large loss, and a gain: the losses' labels
    /// go left of the bars (the far side from zero), never across the zero line.
    static let revenueChange: Comparison = {
        var comparison = FixedResults.comparison()
        comparison.strategies[0].meanRevenueDifference = Estimate(value: -2_000, standardError: 1_800)
        comparison.strategies[1].meanRevenueDifference = Estimate(value: -40_000, standardError: 900)
        let gain = comparison.strategies[0]
        comparison.strategies.append(StrategyComparison(
            result: FixedResults.simulation(name: "hire two reps", pHit: 0.37, shift: 5_000), probabilityOfHitDifference: Estimate(value: -0.02, standardError: 0.007),
            unpairedProbabilityOfHitStandardError: 0.01, meanRevenueDifference: Estimate(value: 5_000, standardError: 900),
            unpairedMeanRevenueStandardError: 1_600, spendDifference: 0, incrementalRevenuePerSpend: nil,
            probabilityOfBeatingBase: gain.probabilityOfBeatingBase, probabilityOfTie: 0))
        return comparison
    }()

    @Test("losses' labels go left of their bars, clear of the zero line", arguments: widths)
    func negativeChange(width: Double) throws {
        let figure = StrategyComparisonChart(comparison: Self.revenueChange, money: MoneyText(currency: "EUR")).revenueFigure
        let svg = width == ChartLayout.width ? figure.wide : figure.narrow
        Self.expectClean(svg)
        let geometry = ChartGeometry(svg)
        let zero = try #require(geometry.referenceLines.first)
        for loss in ["-€2,000", "-€40,000"] {
            let label = try #require(geometry.texts.first { $0.content == loss })
            #expect(label.box.right <= zero.left, "\(loss) is left of zero")
        }
        let gain = try #require(geometry.texts.first { $0.content == "+€5,000" })
        #expect(gain.box.left >= zero.right, "a gain's label is right of zero")
    }

    @Test("the same chart golden (wide and narrow)")
    func negativeChangeGolden() throws {
        try GoldenFile.expect(StrategyComparisonChart(comparison: Self.revenueChange, money: MoneyText(currency: "EUR")).revenueFigure.html,
                              "revenue-change-negative.svg.html")
    }

    /// "hire two reps" at 37% just under the base's 39%: its label would cross the base line.
    @Test("a P(hit) just under the base skips the base line", arguments: widths)
    func probabilityNearBase(width: Double) {
        let figure = StrategyComparisonChart(comparison: Self.revenueChange, money: MoneyText(currency: "EUR")).probabilityFigure
        Self.expectClean(width == ChartLayout.width ? figure.wide : figure.narrow)
    }

    /// Labels crowding a chart's right end push the plot in until they fit, however the
    /// rules fall; a sweep of target positions covers labels just before, on and after it.
    @Test("labels fit for every target position", arguments: stride(from: 0.80, through: 1.02, by: 0.01).map { $0 })
    func targetSweep(targetShare: Double) {
        for width in Self.widths {
            let chart = BarChart(
                rows: [.init(label: "Counts toward target", bars: [.init(segments: [.init(from: 0, to: 1_000_000, fill: Palette.blue)],
                                                                           interval: nil, valueLabel: "$1.00M")]),
                       .init(label: "Not counted", bars: [.init(segments: [.init(from: 0, to: -300_000, fill: Palette.orange)],
                                                                   interval: (-330_000)...(-270_000), valueLabel: "-$300k")])],
                axis: Axis(title: "Revenue ($)", format: .money(prefix: "$")),
                rules: [.init(value: 1_000_000 * targetShare, label: "Target", dash: nil), .init(value: 0, label: "Zero", dash: "4 3")])
            Self.expectClean(chart.svg(label: "sweep", width: width))
        }
    }

    @Test("a bar running left is labelled on its left; one running right on its right")
    func sides() throws {
        let bar = { (from: Double, to: Double) in BarChart.Bar(segments: [.init(from: from, to: to, fill: Palette.blue)], interval: nil, valueLabel: "x") }
        let left = try #require(BarChart.valueLabel(bar(0, -5)))
        #expect(left.leftward && left.anchor == -5)
        let right = try #require(BarChart.valueLabel(bar(0, 5)))
        #expect(!right.leftward && right.anchor == 5)
        // A tornado bar reaching both sides of its baseline is labelled past its right end.
        let both = BarChart.Bar(segments: [.init(from: 1, to: 0.5, fill: Palette.blue), .init(from: 1, to: 2, fill: Palette.blue)], interval: nil, valueLabel: "x")
        #expect(BarChart.valueLabel(both)?.leftward == false)
    }

    @Test("a label jumps past every line in its way, in order")
    func jumps() throws {
        let scale = LinearScale(domain: 0...100, range: (0, 100))
        let label = BarChart.ValueLabel(text: "$1.00M", anchor: 10, leftward: false)
        let width = TextMetrics.width("$1.00M")
        let clear = try #require(BarChart.place(label, scale: scale, rules: [90]).box)
        #expect(clear.lowerBound == 15, "no line in the way")
        let jumped = try #require(BarChart.place(label, scale: scale, rules: [20, 20 + width]).box)
        #expect(jumped.lowerBound == 20 + width + BarChart.valueLabelGap, "past the first line, then the second it now meets")
        let leftward = BarChart.ValueLabel(text: "$1.00M", anchor: 90, leftward: true)
        let box = try #require(BarChart.place(leftward, scale: scale, rules: [80]).box)
        #expect(box.upperBound == 80 - BarChart.valueLabelGap)
    }

    @Test("row labels move above the bars when they would take too much of a narrow chart")
    func rowLabelsAbove() {
        let chart = BarChart(rows: [.init(label: "paid_search.uncertainty", bars: [.init(segments: [.init(from: 0, to: 1, fill: Palette.blue)], interval: nil, valueLabel: "1")])],
                             axis: Axis(title: "x"))
        let wide = ChartGeometry(chart.svg(label: "wide", width: ChartLayout.width))
        let narrow = ChartGeometry(chart.svg(label: "narrow", width: ChartLayout.narrowWidth))
        let wideLabel = wide.texts.first { $0.className == "row-label" }
        let narrowLabel = narrow.texts.first { $0.className == "row-label" }
        #expect(wideLabel?.content == "paid_search.uncertainty" && narrowLabel?.content == "paid_search.uncertainty")
        #expect((wideLabel?.box.right ?? 0) < (wide.solidMarks.first?.left ?? 0), "beside the bar on a wide chart")
        #expect((narrowLabel?.box.bottom ?? .infinity) <= (narrow.solidMarks.first?.top ?? 0), "above the bar on a narrow one")
    }

    /// Every chart of every report, at both widths: no text on a reference line or a bar.
    @Test("no text on a reference line or a bar in any report chart")
    func allReportCharts() throws {
        let money = MoneyText(currency: "USD")
        let figures = SimulationHTMLReport(FixedResults.simulation(), currency: "USD", provenance: HTMLReportTests.provenance).page.figures
            + ComparisonHTMLReport(FixedResults.comparison(), currency: "EUR", provenance: HTMLReportTests.provenance).page.figures
            + [ChartFigureTests.tornado.figure, StrategyComparisonChart(comparison: Self.revenueChange, money: money).probabilityFigure]
        for figure in figures {
            Self.expectClean(figure.wide)
            Self.expectClean(figure.narrow)
        }
    }
}
