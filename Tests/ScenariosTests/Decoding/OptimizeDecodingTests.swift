import Scenarios
import Simulation
import Testing

/// optimize: becomes `OptimizeSettings`, each value with the place that wrote it, and
/// `extends` merges it like any other mapping.
@Suite struct OptimizeDecodingTests {
    typealias Setting = OptimizeSettings.Setting<Double>

    static let base = ScenarioText.plan(channels: ScenarioText.spendChannels, sections: """
        optimize:
          budget: 100000
          objective: mean
          bounds:
            search: { min: 20000, max: 70000 }
            social: { max: 50000 }
        """)

    static func at(_ file: String, _ line: Int, _ column: Int) -> OptimizeSettings.Origin {
        .file(SourceLocation(file: file, line: line, column: column))
    }

    @Test func sectionDecodesWithItsPlaces() throws {
        let (scenario, problems) = ScenarioText.result(Self.base)
        #expect(problems == [])
        let settings = try #require(scenario?.optimize)
        #expect(settings.budget == Setting(100_000, origin: Self.at("plan.yaml", 19, 11)))
        #expect(settings.objective == .init(.mean, origin: Self.at("plan.yaml", 20, 14)))
        #expect(settings.resolvedObjective == .mean)
        #expect(settings.minimum == ["search": Setting(20000, origin: Self.at("plan.yaml", 22, 20))])
        #expect(settings.maximum == [
            "search": Setting(70000, origin: Self.at("plan.yaml", 22, 32)),
            "social": Setting(50000, origin: Self.at("plan.yaml", 23, 20)),
        ])
    }

    @Test func absentSectionIsNil() throws {
        let scenario = try #require(ScenarioText.result(ScenarioText.minimal).scenario)
        #expect(scenario.optimize == nil)
    }

    @Test func objectiveDefaultsToTheChanceOfHitting() throws {
        let plan = ScenarioText.plan(channels: ScenarioText.spendChannels, sections: "optimize: { budget: 60000 }")
        let settings = try #require(ScenarioText.result(plan).scenario?.optimize)
        #expect(settings.objective == nil)
        #expect(settings.resolvedObjective == .pHit)
    }

    /// Without a maximum on every spend channel, the unbounded one can take any remainder,
    /// so a budget above the other maximums is feasible.
    @Test func budgetAboveSomeMaximumsIsFeasible() {
        let plan = ScenarioText.plan(channels: ScenarioText.spendChannels, sections: """
            optimize:
              budget: 500000
              bounds: { social: { max: 30000 } }
            """)
        #expect(ScenarioText.problems(plan) == [])
    }

    @Test func extendsMergesBoundByBound() throws {
        let child = """
            extends: base.yaml
            scenario: Bigger budget
            optimize:
              budget: 120000
              bounds:
                search: { max: 90000 }

            """
        let (scenario, problems) = ScenarioText.result(child, others: ["base.yaml": Self.base])
        #expect(problems == [])
        let settings = try #require(scenario?.optimize)
        #expect(settings.budget == Setting(120_000, origin: Self.at("plan.yaml", 4, 11)))
        // The objective, search's minimum and social's maximum are inherited from the base file.
        #expect(settings.objective == .init(.mean, origin: Self.at("base.yaml", 20, 14)))
        #expect(settings.minimum == ["search": Setting(20000, origin: Self.at("base.yaml", 22, 20))])
        #expect(settings.maximum == [
            "search": Setting(90000, origin: Self.at("plan.yaml", 6, 20)),
            "social": Setting(50000, origin: Self.at("base.yaml", 23, 20)),
        ])
    }

    /// Merged values are checked together: the child's budget against the base's minimums.
    @Test func mergedBudgetIsCheckedAgainstInheritedBounds() {
        let child = "extends: base.yaml\nscenario: Small budget\noptimize: { budget: 10000 }\n"
        #expect(ScenarioText.problems(child, others: ["base.yaml": Self.base]) == [
            "plan.yaml:3:21: optimize.budget: budget 10000 is below the sum of the channels' minimums, 20000 — raise the budget or lower a minimum",
        ])
    }
}
