import Scenarios
import Simulation
import Testing

/// Command-line settings laid over a file's: each given value wins, per channel and side.
@Suite struct OptimizeSettingsTests {
    typealias Setting = OptimizeSettings.Setting<Double>
    static let file = OptimizeSettings.Origin.file(SourceLocation(file: "q3.yaml", line: 40, column: 11))

    static let fromFile = OptimizeSettings(
        budget: Setting(300_000, origin: file), objective: .init(.mean, origin: file),
        minimum: ["search": Setting(100_000, origin: file)],
        maximum: ["search": Setting(240_000, origin: file), "social": Setting(90000, origin: file)])

    @Test func optionsReplaceOnlyWhatTheyGive() {
        let options = OptimizeSettings(maximum: ["social": Setting(120_000, origin: .option("--max"))])
        let merged = Self.fromFile.overridden(by: options)
        #expect(merged.budget == Self.fromFile.budget)
        #expect(merged.objective == Self.fromFile.objective)
        #expect(merged.minimum == Self.fromFile.minimum)
        #expect(merged.maximum == ["search": Setting(240_000, origin: Self.file), "social": Setting(120_000, origin: .option("--max"))])
    }

    @Test func optionsReplaceBudgetObjectiveAndAddBounds() {
        let options = OptimizeSettings(
            budget: Setting(350_000, origin: .option("--budget")), objective: .init(.pHit, origin: .option("--objective")),
            minimum: ["social": Setting(10000, origin: .option("--min"))])
        let merged = Self.fromFile.overridden(by: options)
        #expect(merged.budget == Setting(350_000, origin: .option("--budget")))
        #expect(merged.resolvedObjective == .pHit)
        #expect(merged.minimum == ["search": Setting(100_000, origin: Self.file), "social": Setting(10000, origin: .option("--min"))])
        #expect(merged.maximum == Self.fromFile.maximum)
    }

    @Test func descriptionListsEverySettingWithItsOrigin() {
        let settings = Self.fromFile.overridden(by: OptimizeSettings(maximum: ["search": Setting(200_000, origin: .option("--max"))]))
        #expect(settings.description == "budget 300000 (q3.yaml:40:11); objective mean (q3.yaml:40:11); "
            + "search min 100000 (q3.yaml:40:11), max 200000 (--max); social max 90000 (q3.yaml:40:11)")
        #expect(OptimizeSettings().description == "no settings")
    }

    @Test func originsReadAsPlaceOrOption() {
        #expect(Self.file.description == "q3.yaml:40:11")
        #expect(OptimizeSettings.Origin.option("--max").description == "--max")
    }
}
