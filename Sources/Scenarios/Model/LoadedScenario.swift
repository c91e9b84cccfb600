import Simulation

/// A scenario file resolved into what the engine runs: the base plan, one plan per strategy,
/// the run settings the file fixes, its expectations and its `optimize:` settings.
///
/// Produced by `ScenarioLoader.load`; `extends`, strategies, file references and forecasts
/// are already resolved.
public struct LoadedScenario: Sendable {
    /// The scenario file, as the user named it.
    public var file: String
    /// The base plan; its `name` is the file's `scenario:`.
    public var base: Plan
    /// One plan per strategy, in file order: the base with the strategy merged over it; each
    /// plan's `name` is the strategy's name.
    public var strategies: [Plan]
    /// `seed:`; nil means draw one (and print it, so the run can be replayed).
    public var seed: UInt64?
    /// `trials:`; nil means the engine's default (`SimulationSettings.defaultTrials`).
    public var trials: Int?
    /// `currency:` for display (e.g. "USD"); nil when not given.
    public var currency: String?
    /// `expect:` checks, in file order.
    public var expectations: [Expectation]
    /// `optimize:` — the budget, objective and channel bounds `plancast optimize` starts
    /// from; nil when the file has no such section.
    public var optimize: OptimizeSettings?

    public init(
        file: String, base: Plan, strategies: [Plan], seed: UInt64?, trials: Int?, currency: String?,
        expectations: [Expectation], optimize: OptimizeSettings? = nil
    ) {
        self.file = file
        self.base = base
        self.strategies = strategies
        self.seed = seed
        self.trials = trials
        self.currency = currency
        self.expectations = expectations
        self.optimize = optimize
    }

    /// The plan an expectation or command names: the base for nil, else the strategy.
    public func plan(named strategy: String?) -> Plan? {
        guard let strategy else { return base }
        return strategies.first { $0.name == strategy }
    }
}
