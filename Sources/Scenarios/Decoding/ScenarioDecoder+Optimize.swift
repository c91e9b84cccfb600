import Simulation

extension ScenarioDecoder {
    static let optimizeKeys = ["budget", "objective", "bounds"]

    /// `optimize: { budget: 330000, objective: p_hit, bounds: { paid_search: { max: 240000 } } }`.
    ///
    /// Bounds are on a channel's spend over the whole window, as `--min`/`--max` are. Each
    /// bounded channel must be a channel of the scenario with `spend:`, a channel's `min` may
    /// not exceed its `max`, and a budget must lie between the sum of the minimums and, when
    /// every spend channel has a maximum, the sum of the maximums.
    /// - Parameter channels: the resolved document's `channels:` list, to check names against.
    mutating func optimizeSettings(_ node: ScenarioNode, channels: ScenarioNode?) -> OptimizeSettings? {
        guard let fields = fields(node, "a mapping { budget, objective, bounds }", allowed: Self.optimizeKeys) else { return nil }
        let errorCount = errors.count
        let spendChannels = Self.spendChannelNames(channels)
        if spendChannels.isEmpty, let channels, channels.items != nil {
            report(node, "no channel has spend, so there is nothing to allocate",
                   suggestion: "give a channel spend: and response:, or remove optimize:")
        }
        var settings = OptimizeSettings()
        if let budget = fields["budget"] {
            settings.budget = plainNumber(budget, .positive("budget")).map { .init($0, origin: .file(budget.location)) }
        }
        if let objective = fields["objective"] { settings.objective = self.objective(objective) }
        if let bounds = fields["bounds"] { decodeBounds(bounds, channels: channels, spendChannels: spendChannels, into: &settings) }
        guard errors.count == errorCount else { return nil }
        if let budget = settings.budget, let budgetNode = fields["budget"] {
            checkBudgetFits(budget.value, budgetNode, settings, spendChannels: spendChannels)
        }
        return errors.count == errorCount ? settings : nil
    }

    /// `bounds: { channel: { min, max }, … }`.
    private mutating func decodeBounds(
        _ node: ScenarioNode, channels: ScenarioNode?, spendChannels: [String], into settings: inout OptimizeSettings
    ) {
        guard let entries = node.entries else {
            mismatch(node, expected: "a mapping of spend channels to { min, max }, e.g. { paid_search: { max: 200000 } }")
            return
        }
        let allChannels = channels?.items?.compactMap { $0["name"]?.scalar?.text } ?? []
        for entry in entries {
            guard isSpendChannel(entry, in: node, channels: allChannels, spendChannels: spendChannels),
                  let fields = fields(entry.value, "a mapping { min, max } of the channel's spend over the window",
                                      allowed: ["min", "max"])
            else { continue }
            guard fields["min"] != nil || fields["max"] != nil else {
                report(entry.value, "a bound needs min, max or both")
                continue
            }
            let minimum = fields["min"].flatMap { plainNumber($0, .nonNegative("minimum spend")) }
            let maximum = fields["max"].flatMap { plainNumber($0, .nonNegative("maximum spend")) }
            if let minimum, let maximum, minimum > maximum {
                report(entry.value, "min \(NumberText.exact(minimum)) is above max \(NumberText.exact(maximum)), so no allocation fits")
                continue
            }
            if let minimum, let at = fields["min"] { settings.minimum[entry.key] = .init(minimum, origin: .file(at.location)) }
            if let maximum, let at = fields["max"] { settings.maximum[entry.key] = .init(maximum, origin: .file(at.location)) }
        }
    }

    /// Whether a bound names a channel with spend; reports an unknown name (with the closest
    /// spend channel) or a channel whose leads are planned.
    private mutating func isSpendChannel(
        _ entry: ScenarioNode.Entry, in node: ScenarioNode, channels: [String], spendChannels: [String]
    ) -> Bool {
        if spendChannels.contains(entry.key) { return true }
        let known = spendChannels.isEmpty ? "this scenario has no channel with spend"
            : "channels with spend: \(spendChannels.joined(separator: ", "))"
        if channels.contains(entry.key) {
            report(at: entry.keyLocation, path: entry.value.path,
                   "channel '\(entry.key)' has planned leads, not spend, so the optimiser does not allocate it", suggestion: known)
        } else {
            report(at: entry.keyLocation, path: entry.value.path, "unknown channel '\(entry.key)'",
                   suggestion: Suggestion.didYouMean(entry.key, in: spendChannels) ?? known)
        }
        return false
    }

    /// Reports a budget outside [Σ minimums, Σ maximums]; the upper limit applies only when
    /// every spend channel has a maximum (an unbounded channel can take any remainder).
    private mutating func checkBudgetFits(
        _ budget: Double, _ node: ScenarioNode, _ settings: OptimizeSettings, spendChannels: [String]
    ) {
        let minimums = settings.minimum.values.reduce(0) { $0 + $1.value }
        if budget < minimums {
            report(node, "budget \(NumberText.exact(budget)) is below the sum of the channels' minimums, \(NumberText.rounded(minimums))",
                   suggestion: "raise the budget or lower a minimum")
            return
        }
        let maximums = spendChannels.map { settings.maximum[$0]?.value }
        guard !maximums.isEmpty, maximums.allSatisfy({ $0 != nil }) else { return }
        let total = maximums.reduce(0) { $0 + ($1 ?? 0) }
        if budget > total {
            report(node, "budget \(NumberText.exact(budget)) is above the sum of the channels' maximums, \(NumberText.rounded(total))",
                   suggestion: "lower the budget or raise a maximum")
        }
    }

    /// `objective: p_hit` or `mean`.
    private mutating func objective(_ node: ScenarioNode) -> OptimizeSettings.Setting<BudgetOptimization.Objective>? {
        guard let name = string(node) else { return nil }
        guard let objective = BudgetOptimization.Objective(rawValue: name) else {
            let names = BudgetOptimization.Objective.allCases.map(\.rawValue)
            report(node, "unknown objective '\(name)'",
                   suggestion: Suggestion.didYouMean(name, in: names) ?? "objectives: \(names.joined(separator: ", "))")
            return nil
        }
        return .init(objective, origin: .file(node.location))
    }

    /// Names of the channels in a `channels:` list that give `spend:`.
    private static func spendChannelNames(_ channels: ScenarioNode?) -> [String] {
        (channels?.items ?? []).compactMap { item in item["spend"] == nil ? nil : item["name"]?.scalar?.text }
    }
}
