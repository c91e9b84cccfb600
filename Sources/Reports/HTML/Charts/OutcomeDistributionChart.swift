import Simulation

/// The outcome distribution: a histogram of window revenue with the target line, trials that
/// miss shaded in a second colour, and P10/P50/P90 marked.
///
/// The result's fine histogram (central range of outcomes) is merged into about
/// `displayBins` bars; the caption says how many extreme trials lie beyond the axis.
struct OutcomeDistributionChart {
    let result: SimulationResult
    let money: MoneyText

    static let displayBins = 40

    /// Merged bins (x0, x1, count), and the trials outside the histogram's range.
    var bins: (columns: [(x0: Double, x1: Double, count: Int)], omitted: Int) {
        let histogram = result.histogram
        let counts = histogram.counts
        let omitted = histogram.below + histogram.above
        guard !counts.isEmpty else { return ([], omitted) }
        guard histogram.binWidth > 0 else {
            let value = histogram.lowerBound
            let half = max(abs(value) * 0.01, 0.5)
            return ([(value - half, value + half, counts[0])], omitted)
        }
        let merge = max(1, Int((Double(counts.count) / Double(Self.displayBins)).rounded()))
        let columns = stride(from: 0, to: counts.count, by: merge).map { start in
            let end = min(start + merge, counts.count)
            return (x0: histogram.lowerBound + Double(start) * histogram.binWidth,
                    x1: histogram.lowerBound + Double(end) * histogram.binWidth,
                    count: counts[start..<end].reduce(0, +))
        }
        return (columns, omitted)
    }

    var figure: Figure {
        let target = result.target.total
        let trials = Double(max(result.trials, 1))
        let (columns, omitted) = bins
        let shares = columns.map { XYChart.Column(x0: $0.x0, x1: $0.x1, height: Double($0.count) / trials) }
        let missing = shares.filter { ($0.x0 + $0.x1) / 2 < target }
        let reaching = shares.filter { ($0.x0 + $0.x1) / 2 >= target }
        let pHit = result.probabilityOfHit.value
        var layers: [XYChart.Layer] = []
        if let low = shares.first?.x0, low < target {
            // From the axis's left end (the scale clamps -∞) to the target.
            layers.append(.region(from: -.infinity, to: target, fill: Palette.vermillion, opacity: 0.08))
        }
        layers += [.columns(missing, fill: Palette.vermillion), .columns(reaching, fill: Palette.blue)]
        for level in [0.1, 0.5, 0.9] {
            guard let percentile = result.revenue.percentile(level) else { continue }
            layers.append(.rule(x: percentile.value, label: "\(SimulationTextReport.label(level)) \(money.compact(percentile.value))",
                                stroke: Palette.grey, dash: "4 3"))
        }
        layers.append(.rule(x: target, label: "Target \(money.compact(target)) · P(hit) \(SimulationTextReport.probability(pHit))",
                            stroke: Palette.black, dash: nil))
        let chart = XYChart(
            layers: layers,
            xAxis: Axis(title: "Revenue in the window\(money.unitSuffix)", format: TickFormat(money: money)),
            yAxis: Axis(title: "Share of trials", format: .percent),
            legend: Legend(entries: [
                .init(label: "Trials missing the target (\(SimulationTextReport.probability(1 - pHit)))", swatch: .fill(color: Palette.vermillion, opacity: 1)),
                .init(label: "Trials reaching it (\(SimulationTextReport.probability(pHit)))", swatch: .fill(color: Palette.blue, opacity: 1)),
                .init(label: "P10, P50, P90", swatch: .line(color: Palette.grey, dash: "4 3")),
            ]))
        var caption = "\(SimulationTextReport.probability(pHit)) chance of reaching \(money.compact(target))"
        if let p10 = result.revenue.percentile(0.1) {
            caption += "; in the worst 10% of outcomes revenue is below \(money.compact(p10.value))"
        }
        caption += "."
        if omitted > 0 {
            caption += " \(NumberText.grouped(Double(omitted))) extreme trials lie beyond the axis."
        }
        return Figure(title: "How the window could end", chart: chart, label: "Histogram of window revenue across trials", caption: caption)
    }
}
