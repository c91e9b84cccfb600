import Simulation

/// Strategies against the base plan: P(hit) per plan with paired 95% intervals, and the
/// change in mean revenue with its paired 95% interval.
///
/// A strategy's interval is its P(hit) ± z·SE of the paired difference from the base, so it
/// shows how surely the strategy differs from the base (the bases's own bar carries its
/// binomial interval). z = 1.96 for 95% under the normal approximation, fine at the trial
/// counts plans run (thousands).
struct StrategyComparisonChart {
    let comparison: Comparison
    let money: MoneyText

    /// Two-sided 95% normal quantile.
    static let z95 = 1.959964

    var probabilityFigure: Figure {
        let base = comparison.base.probabilityOfHit
        var rows = [row(comparison.base.planName + " (base)", value: base.value, halfWidth: Self.z95 * base.standardError, colour: Palette.grey)]
        for (index, strategy) in comparison.strategies.enumerated() {
            rows.append(row(strategy.result.planName, value: strategy.result.probabilityOfHit.value,
                            halfWidth: Self.z95 * strategy.probabilityOfHitDifference.standardError, colour: Palette.series(index)))
        }
        let chart = BarChart(rows: rows, axis: Axis(title: "Chance of reaching the target", format: .percent),
                             rules: [BarChart.Rule(value: base.value, label: "Base \(SimulationTextReport.probability(base.value))", dash: "4 3")])
        return Figure(title: "Chance of reaching the target by plan",
                      chart: chart, label: "P(hit) per plan with paired 95% intervals", caption: probabilityCaption)
    }

    var revenueFigure: Figure {
        let rows = comparison.strategies.enumerated().map { index, strategy in
            let delta = strategy.meanRevenueDifference
            let half = Self.z95 * delta.standardError
            return BarChart.Row(label: strategy.result.planName, bars: [BarChart.Bar(
                segments: [.init(from: 0, to: delta.value, fill: Palette.series(index), tooltip: money.signed(delta.value))],
                interval: (delta.value - half)...(delta.value + half), valueLabel: money.signed(delta.value))])
        }
        let chart = BarChart(rows: rows, axis: Axis(title: "Change in mean revenue vs base\(money.unitSuffix)", format: TickFormat(money: money)),
                             rules: [BarChart.Rule(value: 0, label: "Base", dash: nil)])
        return Figure(title: "Change in mean revenue", chart: chart, label: "Change in mean revenue per strategy with paired 95% intervals",
                      caption: revenueCaption)
    }

    private func row(_ label: String, value: Double, halfWidth: Double, colour: String) -> BarChart.Row {
        BarChart.Row(label: label, bars: [BarChart.Bar(
            segments: [.init(from: 0, to: value, fill: colour, tooltip: SimulationTextReport.probability(value))],
            interval: max(0, value - halfWidth)...min(1, value + halfWidth), valueLabel: SimulationTextReport.probability(value))])
    }

    var probabilityCaption: String {
        guard let best = comparison.strategies.max(by: { $0.probabilityOfHitDifference.value < $1.probabilityOfHitDifference.value }) else {
            return "No strategies to compare."
        }
        let delta = best.probabilityOfHitDifference
        return "\"\(best.result.planName)\" changes the chance most: \(SimulationTextReport.probability(comparison.base.probabilityOfHit.value)) → "
            + "\(SimulationTextReport.probability(best.result.probabilityOfHit.value)) (\(ComparisonTextReport.signedPoints(delta.value)) ± "
            + "\(SimulationTextReport.points(Self.z95 * delta.standardError)) pts, 95% paired interval)."
    }

    var revenueCaption: String {
        guard let best = comparison.strategies.max(by: { $0.meanRevenueDifference.value < $1.meanRevenueDifference.value }) else {
            return "No strategies to compare."
        }
        let delta = best.meanRevenueDifference
        return "The largest change in mean revenue is \"\(best.result.planName)\": \(money.signed(delta.value)) "
            + "(95% paired interval ± \(money.compact(Self.z95 * delta.standardError)))."
    }
}
