extension ScenarioText {
    static let standardWindow = "{ start: 2026-07, months: 3 }"
    static let standardStages = ["{ name: opportunity, rate: 0.12 }", "{ name: won, rate: 0.25 }"]

    /// The minimal scenario with some of its parts replaced, so a test states only what it
    /// changes. With the defaults it is `minimal`, line for line:
    ///
    ///      1  scenario: Test plan
    ///      2  window: { start: 2026-07, months: 3 }       ← window (nil drops the line)
    ///      3  target: 1000000                             ← target
    ///         history: …                                  ← history (only when given)
    ///      4  channels:
    ///      5    - name: organic                           ← channels replaces lines 5–6
    ///      6      leads: [1200, 1100, 1300]               ← leads
    ///      7  funnel:
    ///      8    stages:
    ///      9      - { name: opportunity, rate: 0.12 }     ← stages, one line each
    ///     10      - { name: won, rate: 0.25 }
    ///         cycle_months: …                             ← cycleMonths (only when given)
    ///     11    deal_size: 9000                           ← dealSize
    ///     12  …                                           ← sections, appended as written
    ///
    /// Optional lines shift the lines below them, as they would in a file.
    /// - Parameter channels: the lines of the `channels:` list, indented by two spaces.
    static func plan(
        window: String? = standardWindow, target: String = "1000000", history: String? = nil,
        leads: String = "[1200, 1100, 1300]", channels: String? = nil, stages: [String] = standardStages,
        cycleMonths: String? = nil, dealSize: String = "9000", sections: String = ""
    ) -> String {
        var lines = ["scenario: Test plan"]
        if let window { lines.append("window: \(window)") }
        lines.append("target: \(target)")
        if let history { lines.append("history: \(history)") }
        lines.append("channels:")
        lines.append(channels ?? "  - name: organic\n    leads: \(leads)")
        lines += ["funnel:", "  stages:"] + stages.map { "    - \($0)" }
        if let cycleMonths { lines.append("  cycle_months: \(cycleMonths)") }
        lines.append("  deal_size: \(dealSize)")
        let tail = sections.isEmpty || sections.hasSuffix("\n") ? sections : sections + "\n"
        return lines.joined(separator: "\n") + "\n" + tail
    }

    /// A `pipeline:` section reading `deals.csv` (see `deals`), with win rates for its stages.
    static let pipeline = """
        pipeline:
          deals: deals.csv
          win_rate: { discovery: 0.15, proposal: 0.35 }

        """

    /// An open-pipeline CSV export: the header and one line per deal (by default one
    /// discovery and one proposal deal, rows 2 and 3).
    static func deals(
        _ rows: [String] = ["D1,discovery,5000,2026-07", "D2,proposal,7000,2026-08"], header: String = "id,stage,amount,close_month"
    ) -> String {
        ([header] + rows).joined(separator: "\n") + "\n"
    }
}

extension ScenarioText {
    /// Channel lines for `plan(channels:)`: planned `organic` leads (lines 5–6) and two
    /// spend channels, `search` (lines 7–9) and `social` (lines 10–12); `funnel:` moves to
    /// line 13 and appended sections start at line 18.
    static let spendChannels = """
          - name: organic
            leads: [1200, 1100, 1300]
          - name: search
            spend: 40000
            response: { cost_per_lead: 100 }
          - name: social
            spend: [10000, 10000, 20000]
            response: { hill: { max_leads: 500, half_spend: 20000, slope: 1 } }
        """
}
