import Forecasting
import Statistics

extension StarterScenario {
    var channelLines: [String] {
        estimate.leads.flatMap { channel -> [String] in
            var lines = ["  # \(channel.channel): \(channel.method), from \(channel.months) months"
                         + (channel.column.map { " of \($0)" } ?? " of deals created") + "."]
            guard let response = channel.response, let spend = channel.lastSpend else {
                lines.append("  - name: \(Self.scalar(channel.channel))")
                if let column = channel.column, historyReference != nil {
                    let means = channel.forecast.map { Self.number($0, digits: 4) }.joined(separator: ", ")
                    lines += ["    leads: { forecast: \(Self.scalar(column)) }   # forecast means: \(means)"]
                } else {
                    lines += ["    leads: [\(channel.forecast.map { Self.number($0.rounded(), digits: 6) }.joined(separator: ", "))]   # forecast means"]
                }
                return lines
            }
            return lines + spendLines(channel, response: response, spend: spend)
        }
    }

    private func spendLines(_ channel: PlanEstimate.ChannelLeads, response: SpendResponseEstimate, spend: Double) -> [String] {
        let cost = response.costPerLead
        let level = Int((cost.confidenceLevel * 100).rounded())
        var lines = [
            "  #   spend response: \(response.reason)",
            "  #   cost per lead \(Self.number(cost.value, digits: 4)) (\(level)% \(Self.number(cost.lower, digits: 4))–\(Self.number(cost.upper, digits: 4))), \(cost.periods) months",
        ]
        if let range = channel.spendRange {
            lines.append("  #   monthly spend ever observed: \(Self.number(range.lowerBound, digits: 6))–\(Self.number(range.upperBound, digits: 6)); beyond that the response is extrapolated")
        }
        let months = Array(repeating: Self.number(spend, digits: 6), count: estimate.window.months).joined(separator: ", ")
        lines += ["  - name: \(Self.scalar(channel.channel))", "    spend: [\(months)]   # held at the last month's spend; set your budget"]
        if response.choice == .hillCurve, let curve = response.curve {
            lines += [
                "    response: { hill: { max_leads: \(Self.number(curve.maxLeads, digits: 4)), half_spend: \(Self.number(curve.halfSpend, digits: 4)), slope: \(Self.number(curve.slope, digits: 3)) } }",
                "    carryover: \(Self.number(curve.carryover, digits: 2))",
                "    prior_spend: \(Self.number(spend, digits: 6))",
            ]
        } else {
            lines.append("    response: { cost_per_lead: \(Self.number(cost.value, digits: 4)) }")
        }
        return lines
    }

    var stageLines: [String] {
        var lines: [String] = []
        if let opportunity = estimate.opportunityRate {
            lines += [
                "    # lead → opportunity: \(Self.percent(opportunity)), \(opportunity.successes) opportunities from \(opportunity.trials) leads",
                "    - { name: opportunity, rate: \(Self.beta(opportunity)) }",
            ]
        }
        let win = estimate.winRate, deals = estimate.dealWinRate
        let open = estimate.openDealsByStage.values.reduce(0, +)
        if estimate.winRateSource == dealsFile {
            lines.append("    # opportunity → won: \(Self.percent(win)), \(win.successes) won of \(win.trials) decided deals in \(dealsFile) (\(open) still open, not counted as lost)")
        } else {
            lines += [
                "    # opportunity → won: \(Self.percent(win)), \(win.successes) won deals of \(win.trials) opportunities in \(estimate.winRateSource).",
                "    #   \(estimate.winRateSource) wins over \(dealsFile) here (and in `plancast check`): it counts the same opportunities",
                "    #   as the stage above. \(dealsFile) says \(Self.percent(deals)), \(deals.successes) won of \(deals.trials) decided deals (\(open) still open).",
            ]
        }
        if estimate.channelWinRates.count > 1 {
            lines.append("    #   by source: " + estimate.channelWinRates.map { "\($0.name) \(Self.percent($0.rate)), n = \($0.rate.trials)" }.joined(separator: "; "))
        }
        lines.append("    - { name: won, rate: \(Self.beta(win)) }")
        return lines
    }

    var cycleLines: [String] {
        let lags = estimate.cycleMonths, naive = estimate.closedOnlyCycleMonths
        let curve = estimate.cycle
        return [
            "  # Months from creation to close: Kaplan–Meier over \(curve.closureCount) closed and \(curve.count - curve.closureCount) still-open deals",
            "  # (open deals count as 'not closed yet', not as never closing); mean \(Self.number(lags.mean, digits: 3)) months.",
            "  # Closed deals alone would say mean \(Self.number(naive.mean, digits: 3)): biased short, because the open deals are the slow ones.",
            "  # P(cycle > \(lags.probabilities.count - 1) months) = \(Self.number(lags.tailMass, digits: 2)) is put on the last month.",
            "  cycle_months: { " + Self.rounded(lags.probabilities).enumerated().map { "\($0.offset): \($0.element)" }.joined(separator: ", ") + " }",
        ]
    }

    /// Probabilities in units of 1/`cycleUnits`, the rounding error put on the largest so the
    /// written values sum to exactly 1.
    static func rounded(_ probabilities: [Double]) -> [String] {
        var units = probabilities.map { ($0 * cycleUnits).rounded() }
        if let largest = units.indices.max(by: { units[$0] < units[$1] }) {
            units[largest] += cycleUnits - units.reduce(0, +)
        }
        return units.map { NumberText.exact($0 / cycleUnits) }
    }

    var dealSizeLines: [String] {
        let size = estimate.dealSize
        let fit = size.logNormal.distribution
        let standardError = size.logNormal.muStandardError
        let z95 = 1.959_963_984_540_054
        var lines = [
            "  # Deal size from \(size.logNormal.count) won deals: \(size.reason).",
            "  # Log-normal median \(Self.number(fit.median, digits: 4)) (95% \(Self.number(fit.median * .exp(-z95 * standardError), digits: 4))–\(Self.number(fit.median * .exp(z95 * standardError), digits: 4))), p90 \(Self.number(fit.quantile(0.9), digits: 4)).",
        ]
        switch size.choice {
        case .logNormal:
            lines.append("  deal_size: { lognormal: { median: \(Self.number(fit.median, digits: 4)), p90: \(Self.number(fit.median * .exp(Self.z90 * fit.sigma), digits: 4)) } }")
        case .empirical:
            lines.append("  deal_size: { empirical: \(dealSizesReference)#\(Self.dealSizeColumn) }")
        }
        return lines
    }

    /// The marketing-mix fits, as evidence only: their units are the table's periods.
    var marketingMixLines: [String] {
        guard !estimate.marketingMix.isEmpty else { return [] }
        var lines = ["# Marketing-mix table: each spend column against \(estimate.marketingMix[0].responseColumn), per \(estimate.marketingMix[0].frequency.rawValue) period",
                     "# (convert to months before using a curve in channels:)."]
        for fit in estimate.marketingMix {
            let response = fit.response
            lines.append("#   \(fit.spendColumn): \(response.reason)")
            if response.choice == .hillCurve, let curve = response.curve {
                lines.append("#     hill: { max_leads: \(Self.number(curve.maxLeads, digits: 4)), half_spend: \(Self.number(curve.halfSpend, digits: 4)), slope: \(Self.number(curve.slope, digits: 3)) }, carryover: \(Self.number(curve.carryover, digits: 2)), baseline \(Self.number(response.baseline, digits: 4))")
            } else {
                lines.append("#     cost per unit of response: \(Self.number(response.costPerLead.value, digits: 4))")
            }
        }
        return lines + [""]
    }
}
