import Simulation

/// The terminal report of `plancast simulate`: a plain-language summary first, then aligned
/// tables of the outcome, percentiles, months, sources, funnel and marketing.
///
/// "±" is always one Monte Carlo standard error.
public struct SimulationTextReport {
    let result: SimulationResult
    let money: MoneyText

    /// - Parameters:
    ///   - currency: ISO 4217 code for amounts (nil: bare numbers).
    public init(_ result: SimulationResult, currency: String?) {
        self.result = result
        money = MoneyText(currency: currency)
    }

    /// One sentence: the chance of reaching the target, its uncertainty, the middle half of
    /// outcomes and the bad case.
    public var summary: String {
        let p = result.probabilityOfHit
        let target = money.compact(result.target.total)
        let uncertainty = UnanimousTrials.sentence(probability: p.value, trials: result.trials, trial: "trial") ?? "±\(Self.points(p.standardError)) pts"
        var sentence = "\(Self.probability(p.value)) chance of reaching \(target) (\(uncertainty))"
        if let p25 = result.revenue.percentile(0.25), let p75 = result.revenue.percentile(0.75),
           let p10 = result.revenue.percentile(0.10) {
            sentence += "; half of outcomes fall between \(money.compact(p25.value)) and \(money.compact(p75.value))"
            sentence += ", and in the worst 10% revenue is below \(money.compact(p10.value))"
        }
        return sentence + "."
    }

    public func write(to stream: inout some TextOutputStream) {
        stream.write(summary + "\n\n")
        let window = result.window
        stream.write("\(result.planName) · \(window.start) to \(window.month(window.months - 1)) · target \(money.full(result.target.total))"
                     + " · \(NumberText.grouped(Double(result.trials))) trials · seed \(result.seed)\n")
        if let precision = result.precisionTarget {
            stream.write("Trials were added until the standard error of P(hit) was at most \(Self.points(precision)) pts.\n")
        }
        writeOutcome(to: &stream)
        writePercentiles(to: &stream)
        writeMonths(to: &stream)
        writeSources(to: &stream)
        writeFunnel(to: &stream)
        writeMarketing(to: &stream)
    }

    private func writeOutcome(to stream: inout some TextOutputStream) {
        stream.write("\nOutcome\n")
        var table = TextTable(header: ["", "estimate", "± std. error"])
        table.append(["P(hit target)", Self.probability(result.probabilityOfHit.value), Self.points(result.probabilityOfHit.standardError) + " pts"])
        table.append(["Mean revenue", money.full(result.revenue.mean.value), money.standardError(result.revenue.mean.standardError)])
        table.append(["Standard deviation", money.full(result.revenue.standardDeviation), ""])
        if let shortfall = result.expectedShortfall {
            table.append(["Expected shortfall when missed", money.full(shortfall.value), money.standardError(shortfall.standardError)])
        }
        table.append(["New deals won", NumberText.grouped(result.newDealsWon.value, decimals: 1),
                      NumberText.grouped(result.newDealsWon.standardError, decimals: 2)])
        table.write(to: &stream)
    }

    private func writePercentiles(to stream: inout some TextOutputStream) {
        stream.write("\nRevenue percentiles (P10: 10% of outcomes are below)\n")
        var table = TextTable(header: ["", "revenue", "± std. error", "of target"])
        let attainment = result.attainment
        for (index, percentile) in result.revenue.percentiles.enumerated() {
            table.append([Self.label(percentile.level), money.full(percentile.value), money.standardError(percentile.standardError ?? 0),
                          index < attainment.count ? NumberText.percent(attainment[index].value) : "n/a"])
        }
        table.write(to: &stream)
    }

    private func writeMonths(to stream: inout some TextOutputStream) {
        stream.write("\nBy month (revenue counting toward the target)\n")
        let monthly = result.months.contains { $0.target != nil }
        var header = ["month", "mean", "P10", "P50", "P90", "cumulative P50", "cumulative target", "P(on track)"]
        if monthly { header.append("P(month target)") }
        var table = TextTable(header: header)
        for month in result.months {
            var row = [month.month.description, money.full(month.revenueMean)]
            row += month.revenuePercentiles.map { money.full($0.value) }
            row.append(money.full(month.cumulativePercentiles.first { $0.level == 0.5 }?.value ?? 0))
            row.append(money.full(month.cumulativeTarget))
            row.append(NumberText.percent(month.probabilityOnTrack))
            if monthly { row.append(month.probabilityOfHittingMonth.map(NumberText.percent) ?? "") }
            table.append(row)
        }
        table.write(to: &stream)
    }

    private func writeSources(to stream: inout some TextOutputStream) {
        stream.write("\nWhere revenue comes from (mean per trial)\n")
        var table = TextTable(header: ["source", "revenue", "± std. error", "share"])
        for source in result.sources {
            table.append([source.name, money.full(source.meanRevenue.value), money.standardError(source.meanRevenue.standardError),
                          source.share.map(NumberText.percent) ?? "not counted"])
        }
        table.write(to: &stream)
    }

    private func writeFunnel(to stream: inout some TextOutputStream) {
        guard !result.funnel.isEmpty else { return }
        stream.write("\nFunnel (mean per trial)\n")
        var table = TextTable(header: ["channel", "leads", "opportunities", "lost to capacity", "won", "closing after window"])
        for channel in result.funnel {
            table.append([channel.channel] + [channel.leads, channel.opportunities, channel.lostToCapacity, channel.won, channel.closingAfterWindow]
                .map { NumberText.grouped($0, decimals: 1) })
        }
        table.write(to: &stream)
    }

    private func writeMarketing(to stream: inout some TextOutputStream) {
        guard let marketing = result.marketing else { return }
        stream.write("\nMarketing (channels with a spend plan)\n")
        var table = TextTable(header: ["", "estimate", "± std. error", "P10", "P50", "P90"])
        table.append(["Spend", money.full(marketing.spend), "", "", "", ""])
        table.append(["CAC (spend per new deal)", money.full(marketing.costPerAcquisition.value), money.standardError(marketing.costPerAcquisition.standardError)]
                     + marketing.costPerAcquisitionPercentiles.map { money.full($0.value) })
        table.append(["ROI ((revenue − spend) / spend)", Self.percent(marketing.returnOnSpend.value),
                      Self.points(marketing.returnOnSpend.standardError) + " pts"]
                     + marketing.returnOnSpendPercentiles.map { Self.percent($0.value) })
        table.write(to: &stream)
    }

    /// A probability's standard error in percentage points: `0.0015` → `0.15`.
    static func points(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "n/a" }
        let value = fraction * 100
        return String(format: value < 1 ? "%.2f" : "%.1f", value)
    }

    /// A probability with one decimal: `0.6234` → `62.3%`.
    static func probability(_ fraction: Double) -> String {
        fraction.isFinite ? String(format: "%.1f%%", fraction * 100) : "n/a"
    }

    /// A percentage keeping its sign: `-0.25` → `-25%`.
    static func percent(_ fraction: Double) -> String {
        (fraction < 0 && fraction.isFinite ? "-" : "") + NumberText.percent(fraction)
    }

    /// `0.1` → `P10`.
    static func label(_ level: Double) -> String { "P\(Int((level * 100).rounded()))" }
}

import Foundation
