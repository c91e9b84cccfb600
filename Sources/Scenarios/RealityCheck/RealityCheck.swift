import Forecasting
import Simulation
import Statistics

/// Compares a valid scenario's assumptions with what history says and warns, with the
/// evidence, where the plan sits outside history's 95% interval or spends beyond the range
/// ever observed.
///
/// Checked: the first funnel stage against the history's lead → opportunity rate
/// (`opportunities` over `leads_*`); the last stage against the history's `won_deals` over
/// `opportunities`, or without them the deal export's win rate (the precedence
/// `plancast estimate` uses, so a starter agrees with its own evidence); the deal size's
/// median against the won amounts (log-normal or empirical, as the starter chooses); the mean
/// of `cycle_months` against the Kaplan–Meier mean; the pipeline's `slip` against won deals'
/// expected close dates; each channel's planned spend (base plan and strategies) against the
/// history's `spend_<channel>`. A rate "departs" when the plan's mean lies outside the
/// posterior's 95% interval, which says nothing about whether the plan is wrong — only that
/// it needs a reason history does not give.
public struct RealityCheck: Sendable {
    /// The deal export, when given (`check --deals`).
    public var deals: DealExport?
    /// Monthly history: `check --history`, or else the scenario's own `history:` file.
    public var history: HistoryTable?

    public init(deals: DealExport? = nil, history: HistoryTable? = nil) {
        self.deals = deals
        self.history = history
    }

    /// Warnings for `scenario` (already loaded without errors), located in its file.
    /// - Parameter files: where the scenario (and its `history:` when `history` is nil) is read.
    /// - Throws: `EstimationError` when the history or deals cannot give an estimate.
    public func warnings(for scenario: LoadedScenario, files: any ScenarioFileSystem = LocalFileSystem()) throws -> [ScenarioError] {
        var decoder = ScenarioDecoder(files: files)
        guard let document = ScenarioLoader.document(scenario.file, &decoder) else { return [] }
        let history = self.history ?? Self.scenarioHistory(document, files: files)
        let evidence = try HistoryEvidence(deals: deals, history: history)
        var warnings = stageWarnings(document, plan: scenario.base, evidence: evidence)
        warnings += dealSizeWarnings(document, plan: scenario.base, evidence: evidence)
        warnings += cycleWarnings(document, plan: scenario.base, evidence: evidence)
        warnings += slipWarnings(document, plan: scenario.base, evidence: evidence)
        warnings += spendWarnings(document["channels"], plan: scenario.base, evidence: evidence)
        for (index, strategy) in (document["strategies"]?.items ?? []).enumerated() where index < scenario.strategies.count {
            warnings += spendWarnings(strategy["channels"], plan: scenario.strategies[index], evidence: evidence)
        }
        return warnings.deduplicatedInFileOrder()
    }

    /// The scenario's `history:` table, nil when absent or unreadable (loading reported it).
    static func scenarioHistory(_ document: ScenarioNode, files: any ScenarioFileSystem) -> HistoryTable? {
        guard let node = document["history"], let reference = node.scalar?.text else { return nil }
        let path = FilePath.resolve(reference, relativeTo: node.location.file)
        guard let text = try? files.contents(of: path) else { return nil }
        return try? DataFileCache.shared.history(text, file: path).get()
    }

    static func warning(_ node: ScenarioNode, _ message: String) -> ScenarioError {
        ScenarioError(location: node.location, keyPath: node.path, message: message, severity: .warning)
    }

    /// `plan mean 0.3 vs history 0.22 (95% 0.2–0.24, n = 1650)`, with enough decimals to show the interval.
    static func comparison(plan: Double, _ rate: RateEstimate) -> String {
        comparison(plan: plan, history: rate.mean, rate.lower...rate.upper) + ", n = \(rate.trials))"
    }

    /// `plan mean 1.6 months vs history 1.08 (95% 1.06–1.1` (the caller adds the sample and
    /// the closing parenthesis), rounded to the decimals that show the interval's width.
    static func comparison(plan: Double, history: Double, _ interval: ClosedRange<Double>, unit: String = "") -> String {
        let width = max(interval.upperBound - interval.lowerBound, 1e-6)
        let digits = min(6, max(2, Int((-Double.log10(width)).rounded(.up)) + 1))
        func text(_ value: Double) -> String { NumberText.exact((value * Double.pow(10, digits)).rounded() / Double.pow(10, digits)) }
        return "plan mean \(text(plan))\(unit) vs history \(text(history)) (95% \(text(interval.lowerBound))–\(text(interval.upperBound))"
    }

    /// Φ⁻¹(0.975), for 95% intervals.
    static let z95 = 1.959_963_984_540_054
}
