import Testing

/// Spend, leads, amounts and counts cannot be negative, as numbers or as distributions.
@Suite struct NegativeValueErrorTests {
    @Test func negativeLeads() {
        let plan = ScenarioText.plan(leads: "[1200, -100, 1300]")
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:6:19: channels[0].leads[1]: leads cannot be negative, found -100",
        ])
    }

    @Test func negativeSpend() {
        let plan = ScenarioText.plan(channels: """
              - name: organic
                spend: [50000, -5000, 60000]
                response: { cost_per_lead: 85 }
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:6:20: channels[0].spend[1]: spend cannot be negative, found -5000",
        ])
    }

    @Test func negativeDealAmountInPipeline() {
        let plan = ScenarioText.plan(sections: ScenarioText.pipeline)
        let dealsCSV = ScenarioText.deals(["D1,discovery,5000,2026-07", "D2,proposal,-7000,2026-08"])
        #expect(ScenarioText.problems(plan, others: ["deals.csv": dealsCSV]) == [
            "deals.csv:3:3: amount: amount cannot be negative, found -7000",
        ])
    }

    @Test func negativeHireCount() {
        let plan = ScenarioText.plan(sections: """
            capacity:
              reps: 10
              opportunities_per_rep_month: 30
              hires: [ { month: 2026-08, count: -2 } ]
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:15:37: capacity.hires[0].count: hire count cannot be negative, found -2",
        ])
    }

    @Test func distributionReachingBelowZero() {
        let plan = ScenarioText.plan(dealSize: "{ uniform: { min: -500, max: 9000 } }")
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:11:14: funnel.deal_size: deal size cannot be negative, but this uniform can draw -500",
        ])
    }

    @Test func normalDealSize() {
        let plan = ScenarioText.plan(dealSize: "{ normal: { mean: 9000, sd: 3000 } }")
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:11:14: funnel.deal_size: deal size cannot be negative, but a normal distribution can draw values below 0 — use lognormal: { mean: 9000, sd: 3000 } or gamma",
        ])
    }
}
