import Foundation

/// How many trials to run, from which seed, on how many threads.
///
/// Results depend only on the plan, `seed` and the number of trials used: never on
/// `threads`, which only changes how fast they come.
public struct SimulationSettings: Sendable, Equatable {
    /// The scenario format's default trial count.
    public static let defaultTrials = 100_000
    /// Cap on trials added to reach a `precision` target (8 bytes each: 80 MB).
    public static let defaultMaximumTrials = 10_000_000

    /// Trials to run (the first batch when `precision` is set). At least 1.
    public var trials: Int
    public var seed: UInt64
    /// Worker threads, at least 1; defaults to the machine's active processors.
    public var threads: Int
    /// When set, trials are added until the standard error of P(hit) is at most this
    /// (in (0, 0.5)), or `maximumTrials` is reached.
    public var precision: Double?
    public var maximumTrials: Int

    public init(
        trials: Int = SimulationSettings.defaultTrials, seed: UInt64, threads: Int = SimulationSettings.defaultThreads,
        precision: Double? = nil, maximumTrials: Int = SimulationSettings.defaultMaximumTrials
    ) {
        self.trials = trials
        self.seed = seed
        self.threads = threads
        self.precision = precision
        self.maximumTrials = maximumTrials
    }

    /// The machine's active processor count.
    public static var defaultThreads: Int { Swift.max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Problems with these settings (empty when valid).
    var problems: [SimulationError.Problem] {
        var problems: [SimulationError.Problem] = []
        if trials < 1 { problems.append(.init(path: "trials", expected: "at least 1", found: "\(trials)")) }
        if threads < 1 { problems.append(.init(path: "threads", expected: "at least 1", found: "\(threads)")) }
        if let precision, !(precision > 0 && precision < 0.5) {
            problems.append(.init(path: "precision", expected: "a standard error in (0, 0.5), e.g. 0.005", found: "\(precision)"))
        }
        if maximumTrials < trials {
            problems.append(.init(path: "maximum_trials", expected: "at least trials (\(trials))", found: "\(maximumTrials)"))
        }
        return problems
    }
}
