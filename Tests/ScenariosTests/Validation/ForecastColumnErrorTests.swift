import Testing

/// leads: { forecast: column } needs a history file holding that column, ending before the window.
@Suite struct ForecastColumnErrorTests {
    @Test func columnAbsentFromHistory() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            history: history.csv
            channels:
              - name: organic
                leads: [1200, 1100, 1300]
              - name: inbound
                leads: { forecast: leads_inbund }
            funnel:
              stages:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: 0.25 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan, others: ["history.csv": ScenarioText.monthlyHistory]) == [
            "plan.yaml:9:24: channels[1].leads.forecast: column 'leads_inbund' is not in history history.csv (columns: leads_inbound, revenue) — did you mean 'leads_inbound'?",
        ])
    }

    @Test func forecastWithoutHistory() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            channels:
              - name: organic
                leads: { forecast: leads_inbound }
            funnel:
              stages:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: 0.25 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:6:24: channels[0].leads.forecast: leads: { forecast: leads_inbound } needs a history file — add history: path/to/monthly.csv with a month column and a 'leads_inbound' column",
        ])
    }

    @Test func historyReachingIntoTheWindow() {
        let plan = """
            scenario: Test plan
            window: { start: 2025-06, months: 3 }
            target: 1000000
            history: history.csv
            channels:
              - name: organic
                leads: { forecast: leads_inbound }
            funnel:
              stages:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: 0.25 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan, others: ["history.csv": ScenarioText.monthlyHistory]) == [
            "plan.yaml:7:24: channels[0].leads.forecast: history column 'leads_inbound' runs to 2025-12, past the window's start 2025-06 — forecasts start after the history; use planned leads for months already observed",
        ])
    }

    @Test func forecastFitsWhenColumnPresent() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            history: history.csv
            channels:
              - name: organic
                leads: { forecast: leads_inbound }
            funnel:
              stages:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: 0.25 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan, others: ["history.csv": ScenarioText.monthlyHistory]) == [])
    }
}
