import Foundation
import Simulation

/// The terminal report of `plancast compare`: a summary sentence per strategy, then one
/// table with each strategy against the base ("±" is one paired standard error).
public struct ComparisonTextReport {
    let comparison: Comparison
    let money: MoneyText

    public init(_ comparison: Comparison, currency: String?) {
        self.comparison = comparison
        money = MoneyText(currency: currency)
    }

    /// One sentence per strategy.
    public var summary: [String] {
        let base = comparison.base.probabilityOfHit.value
        let target = money.compact(comparison.base.target.total)
        return comparison.strategies.map { strategy in
            let beats = "beats the base in \(NumberText.percent(strategy.probabilityOfBeatingBase.value)) of trials."
            let p = strategy.result.probabilityOfHit.value
            // Both at 0 (or both at 1): "from 0.0% to 0.0% (+0.0 ± 0.00 pts)" would claim a
            // certainty the trials do not have; say what they do support.
            if p == base, let unanimous = UnanimousTrials.sentence(probability: p, trials: strategy.result.trials, trial: "trial") {
                return "\"\(strategy.result.planName)\" leaves the chance of reaching \(target) at \(SimulationTextReport.probability(p)) "
                    + "(\(unanimous), as under the base) and \(beats)"
            }
            let delta = strategy.probabilityOfHitDifference
            let verb = delta.value > 0 ? "raises" : delta.value < 0 ? "lowers" : "leaves"
            return "\"\(strategy.result.planName)\" \(verb) the chance of reaching \(target) from \(SimulationTextReport.probability(base)) to "
                + "\(SimulationTextReport.probability(strategy.result.probabilityOfHit.value)) (\(Self.signedPoints(delta.value)) ± "
                + "\(SimulationTextReport.points(delta.standardError)) pts) and \(beats)"
        }
    }

    public func write(to stream: inout some TextOutputStream) {
        for line in summary { stream.write(line + "\n") }
        let base = comparison.base
        stream.write("\n\(base.planName) · target \(money.full(base.target.total)) · \(NumberText.grouped(Double(base.trials))) trials"
                     + " · seed \(base.seed) · common random numbers\n\n")
        var table = TextTable(header: ["plan", "P(hit)", "ΔP(hit)", "mean revenue", "Δ mean revenue", "Δ spend",
                                       "revenue per extra spend", "P(beats base)"])
        table.append([base.planName, SimulationTextReport.probability(base.probabilityOfHit.value), "", money.full(base.revenue.mean.value), "", "", "", ""])
        for strategy in comparison.strategies {
            let delta = strategy.probabilityOfHitDifference
            let revenue = strategy.meanRevenueDifference
            table.append([
                strategy.result.planName, SimulationTextReport.probability(strategy.result.probabilityOfHit.value),
                "\(Self.signedPoints(delta.value)) ± \(SimulationTextReport.points(delta.standardError)) pts",
                money.full(strategy.result.revenue.mean.value),
                "\(money.signed(revenue.value)) ± \(money.standardError(revenue.standardError))",
                strategy.spendDifference == 0 ? "0" : money.signed(strategy.spendDifference),
                strategy.incrementalRevenuePerSpend.map(Self.withError) ?? "n/a",
                NumberText.percent(strategy.probabilityOfBeatingBase.value),
            ])
        }
        table.write(to: &stream)
    }

    /// Significant digits kept in a standard error: two, as is usual for an uncertainty.
    static let errorDigits = 2
    /// Most decimals shown; a smaller error is written in exponent form (`± 3.1e-08`).
    static let maximumDecimals = 6

    /// An estimate with its standard error to `errorDigits` significant digits and the value
    /// to the same decimal place: `2.1234 ± 0.0042`, `2.12 ± 0.35`, `14 ± 12`.
    /// A zero error (a deterministic difference) reads `± 0` after the value to two decimals.
    static func withError(_ estimate: Estimate) -> String {
        let error = estimate.standardError
        guard error.isFinite, error > 0 else {
            return "\(NumberText.grouped(estimate.value, decimals: 2)) ± \(error == 0 ? "0" : "n/a")"
        }
        let errorDecimals = max(0, errorDigits - 1 - Int(log10(error).rounded(.down)))
        guard errorDecimals <= maximumDecimals else {
            return "\(NumberText.grouped(estimate.value, decimals: maximumDecimals)) ± \(String(format: "%.1e", error))"
        }
        return "\(NumberText.grouped(estimate.value, decimals: errorDecimals)) ± \(NumberText.grouped(error, decimals: errorDecimals))"
    }

    /// `0.081` → `+8.1`.
    static func signedPoints(_ fraction: Double) -> String {
        (fraction > 0 ? "+" : fraction < 0 ? "-" : "") + SimulationTextReport.points(abs(fraction))
    }
}

/// `plancast compare --format csv`: one row per plan.
public enum ComparisonCSVReport {
    public static let header = "plan,p_hit,p_hit_se,delta_p_hit,delta_p_hit_se,delta_p_hit_unpaired_se,revenue_mean,"
        + "delta_revenue_mean,delta_revenue_mean_se,delta_revenue_mean_unpaired_se,delta_spend,revenue_per_extra_spend,"
        + "revenue_per_extra_spend_se,p_beats_base,p_tie"

    public static func write(_ comparison: Comparison, to stream: inout some TextOutputStream) {
        stream.write(header + "\n")
        let base = comparison.base
        var rows = CSVRows()
        rows.addLine([base.planName, CSVRows.number(base.probabilityOfHit.value), CSVRows.number(base.probabilityOfHit.standardError),
                      "", "", "", CSVRows.number(base.revenue.mean.value), "", "", "", "", "", "", "", ""])
        for s in comparison.strategies {
            rows.addLine([
                s.result.planName, CSVRows.number(s.result.probabilityOfHit.value), CSVRows.number(s.result.probabilityOfHit.standardError),
                CSVRows.number(s.probabilityOfHitDifference.value), CSVRows.number(s.probabilityOfHitDifference.standardError),
                CSVRows.number(s.unpairedProbabilityOfHitStandardError), CSVRows.number(s.result.revenue.mean.value),
                CSVRows.number(s.meanRevenueDifference.value), CSVRows.number(s.meanRevenueDifference.standardError),
                CSVRows.number(s.unpairedMeanRevenueStandardError), CSVRows.number(s.spendDifference),
                s.incrementalRevenuePerSpend.map { CSVRows.number($0.value) } ?? "",
                s.incrementalRevenuePerSpend.map { CSVRows.number($0.standardError) } ?? "",
                CSVRows.number(s.probabilityOfBeatingBase.value), CSVRows.number(s.probabilityOfTie),
            ])
        }
        stream.write(rows.text)
    }
}
