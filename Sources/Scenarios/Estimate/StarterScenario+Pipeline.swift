extension StarterScenario {
    /// The open pipeline's stage win rates and slip, as evidence and a commented `pipeline:` block.
    var pipelineLines: [String] {
        guard !estimate.stageWinRates.isEmpty else {
            let open = estimate.openDealsByStage.sorted { $0.key < $1.key }.map { "\($0.key.isEmpty ? "no stage" : $0.key) \($0.value)" }
            return ["# \(dealsFile) records no last stage for closed deals, so open deals (\(open.joined(separator: ", ")))",
                    "# cannot be given win rates by stage from it; add a pipeline: section by hand."] + slipLines
        }
        var lines: [String]
        switch estimate.stageEvidence {
        case .stageHistory(let file, let unmatched, let undocumented):
            lines = [
                "# Open pipeline: of the decided deals that ever reached each stage in \(file), the share won",
                "# (open deals are neither won nor lost). Free of survivorship: a deal that reached proposal",
                "# and died in negotiation counts for proposal too.",
            ]
            if unmatched > 0 || undocumented > 0 {
                lines.append("# Left out: \(unmatched) deals of \(file) not in \(dealsFile), \(undocumented) decided deals with no stage entry.")
            }
        case .lastStage:
            lines = [
                "# Open pipeline: win rate of closed deals by the last stage they reached in \(dealsFile).",
                "# Warning (survivorship): the export keeps only each deal's last stage, so these rates are",
                "# conditional on where deals ended, not on where an open deal stands today; deals that die",
                "# early never show a later stage. Treat them as rough; a stage history (--stage-history)",
                "# gives proper stage-to-outcome rates.",
            ]
        }
        for stage in estimate.stageWinRates {
            let open = estimate.openDealsByStage[stage.name] ?? 0
            lines.append("#   \(stage.name): \(Self.percent(stage.rate)), n = \(stage.rate.trials) decided, \(open) open now")
        }
        lines += slipLines + [
            "# To plan the open deals, export them (id, stage, amount, close_month) and uncomment:",
            "# pipeline:",
            "#   deals: open_pipeline.csv",
            "#   win_rate: { " + estimate.stageWinRates.map { "\(Self.scalar($0.name)): \(Self.beta($0.rate))" }.joined(separator: ", ") + " }",
        ]
        return lines + ["#   " + slipValue]
    }

    /// The evidence for the pipeline's slip, or why there is none.
    var slipLines: [String] {
        guard let slip = estimate.slip else {
            return ["# Slip: \(dealsFile) has no expected close dates for won deals (--expected-close-column), so it",
                    "# cannot be estimated; the pipeline keeps the default slip 0 (every deal closes when expected)."]
        }
        let rate = slip.rate
        var lines = ["# Slip: \(Self.percent(rate)) of won deals closed after their expected month, \(rate.successes) of \(rate.trials),"
                     + " on average \(Self.number(slip.meanMonthsLate, digits: 3)) months late (a plan's slip moves a deal one month)."]
        if slip.wonWithoutExpectedClose > 0 {
            lines.append("#   \(slip.wonWithoutExpectedClose) won deals without an expected close date are left out.")
        }
        return lines
    }

    /// `slip: …` as written in the pipeline block.
    var slipValue: String {
        guard let slip = estimate.slip else { return "slip: 0   # default: no expected close dates in \(dealsFile)" }
        return "slip: \(Self.beta(slip.rate))"
    }
}
