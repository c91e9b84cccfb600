import Simulation

/// What `plancast optimize` allocates and within which limits: the budget, the objective and
/// each spend channel's bounds on its window spend, every one remembering where it was set.
///
/// Read from a scenario's `optimize:` section (`ScenarioLoader` checks the channels, the
/// bounds and that the budget fits them); command-line options are laid over it with
/// `overridden(by:)`, so a report can say which file line or option each bound came from.
public struct OptimizeSettings: Sendable, Equatable {
    /// Where a setting was made: a place in a scenario file, or a command-line option.
    public enum Origin: Sendable, Equatable, CustomStringConvertible {
        case file(SourceLocation)
        /// The option's spelling, e.g. `--max`.
        case option(String)

        /// `Scenarios/q3.yaml:41:18` or `--max`.
        public var description: String {
            switch self {
            case .file(let location): location.description
            case .option(let spelling): spelling
            }
        }
    }

    /// A value and where it was set.
    public struct Setting<Value: Sendable & Equatable>: Sendable, Equatable {
        public var value: Value
        public var origin: Origin

        public init(_ value: Value, origin: Origin) {
            self.value = value
            self.origin = origin
        }
    }

    /// Total marketing spend to allocate over the window; nil when not set.
    public var budget: Setting<Double>?
    /// What to maximise; nil means the default, P(hit).
    public var objective: Setting<BudgetOptimization.Objective>?
    /// Least window spend by channel name.
    public var minimum: [String: Setting<Double>]
    /// Most window spend by channel name.
    public var maximum: [String: Setting<Double>]

    public init(
        budget: Setting<Double>? = nil, objective: Setting<BudgetOptimization.Objective>? = nil,
        minimum: [String: Setting<Double>] = [:], maximum: [String: Setting<Double>] = [:]
    ) {
        self.budget = budget
        self.objective = objective
        self.minimum = minimum
        self.maximum = maximum
    }

    /// These settings with `overrides` laid over them: an overriding budget or objective
    /// replaces this one, and each overriding bound replaces this one's bound for that channel
    /// and side only; everything `overrides` leaves unset is kept.
    public func overridden(by overrides: OptimizeSettings) -> OptimizeSettings {
        OptimizeSettings(
            budget: overrides.budget ?? budget, objective: overrides.objective ?? objective,
            minimum: minimum.merging(overrides.minimum) { _, new in new },
            maximum: maximum.merging(overrides.maximum) { _, new in new })
    }

    /// The objective to use: the one set, else P(hit).
    public var resolvedObjective: BudgetOptimization.Objective { objective?.value ?? .pHit }
}

extension OptimizeSettings: CustomStringConvertible {
    /// Every setting with its origin, channels by name: `budget 310000 (--budget); paid_search
    /// min 120000 (q3.yaml:28:25), max 200000 (--max)`.
    public var description: String {
        func show(_ value: Double, _ origin: Origin) -> String { "\(NumberText.exact(value)) (\(origin))" }
        var parts: [String] = []
        if let budget { parts.append("budget \(show(budget.value, budget.origin))") }
        if let objective { parts.append("objective \(objective.value.rawValue) (\(objective.origin))") }
        for channel in Set(minimum.keys).union(maximum.keys).sorted() {
            let limits = [minimum[channel].map { "min \(show($0.value, $0.origin))" }, maximum[channel].map { "max \(show($0.value, $0.origin))" }]
            parts.append("\(channel) \(limits.compactMap { $0 }.joined(separator: ", "))")
        }
        return parts.isEmpty ? "no settings" : parts.joined(separator: "; ")
    }
}
