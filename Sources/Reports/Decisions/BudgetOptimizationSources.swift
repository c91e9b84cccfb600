import Simulation

/// Where the budget and each channel bound of a budget optimisation were set: a place in a
/// scenario file (`Scenarios/q3.yaml:41:18`) or a command-line option (`--max`), so the
/// report can say what drives the answer and where to change it.
public struct BudgetOptimizationSources: Sendable, Equatable {
    /// Where the budget was set; nil when unknown.
    public var budget: String?
    /// Channel name → where its minimum was set.
    public var minimum: [String: String]
    /// Channel name → where its maximum was set.
    public var maximum: [String: String]

    public init(budget: String? = nil, minimum: [String: String] = [:], maximum: [String: String] = [:]) {
        self.budget = budget
        self.minimum = minimum
        self.maximum = maximum
    }

    /// A bound on a channel's window spend and where it was set.
    struct SourcedBound {
        var channel: String
        var side: BudgetOptimization.BindingBound.Side
        var limit: Double
        var source: String?
    }

    /// Every bound `result` respected, channel by channel, the minimum first: each maximum
    /// given, and each minimum that was set or is above 0.
    func bounds(of result: BudgetOptimization) -> [SourcedBound] {
        result.optimal.channels.indices.flatMap { c -> [SourcedBound] in
            let name = result.optimal.channels[c]
            let lower = result.minimum[c] > 0 || minimum[name] != nil
                ? SourcedBound(channel: name, side: .minimum, limit: result.minimum[c], source: minimum[name]) : nil
            let upper = result.maximum[c].map { SourcedBound(channel: name, side: .maximum, limit: $0, source: maximum[name]) }
            return [lower, upper].compactMap { $0 }
        }
    }

    /// Where `channel`'s bound on `side` was set.
    func source(of channel: String, _ side: BudgetOptimization.BindingBound.Side) -> String? {
        side == .minimum ? minimum[channel] : maximum[channel]
    }
}
