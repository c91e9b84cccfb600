import Testing

/// leads: { forecast: column } needs a history file holding that column, ending before the window.
@Suite struct ForecastColumnErrorTests {
    static let history = ["history.csv": ScenarioText.monthlyHistory]

    @Test func columnAbsentFromHistory() {
        let plan = ScenarioText.plan(history: "history.csv", channels: """
              - name: organic
                leads: [1200, 1100, 1300]
              - name: inbound
                leads: { forecast: leads_inbund }
            """)
        #expect(ScenarioText.problems(plan, others: Self.history) == [
            "plan.yaml:9:24: channels[1].leads.forecast: column 'leads_inbund' is not in history history.csv (columns: leads_inbound, revenue) — did you mean 'leads_inbound'?",
        ])
    }

    @Test func forecastWithoutHistory() {
        let plan = ScenarioText.plan(leads: "{ forecast: leads_inbound }")
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:6:24: channels[0].leads.forecast: leads: { forecast: leads_inbound } needs a history file — add history: path/to/monthly.csv with a month column and a 'leads_inbound' column",
        ])
    }

    @Test func historyReachingIntoTheWindow() {
        let plan = ScenarioText.plan(window: "{ start: 2025-06, months: 3 }", history: "history.csv", leads: "{ forecast: leads_inbound }")
        #expect(ScenarioText.problems(plan, others: Self.history) == [
            "plan.yaml:7:24: channels[0].leads.forecast: history column 'leads_inbound' runs to 2025-12, past the window's start 2025-06 — forecasts start after the history; use planned leads for months already observed",
        ])
    }

    @Test func forecastFitsWhenColumnPresent() {
        let plan = ScenarioText.plan(history: "history.csv", leads: "{ forecast: leads_inbound }")
        #expect(ScenarioText.problems(plan, others: Self.history) == [])
    }
}
