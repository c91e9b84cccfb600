/// Pattern search over budget transfers between channel-months: the allocation keeps its
/// total, every cell stays ≥ 0 and every channel's window total stays within its bounds.
///
/// From a feasible start, repeatedly apply the best single transfer of `step` (or all a
/// cell has, if less) from one cell to another that improves the objective; when none does,
/// halve the step, down to `minimumStep`. For a concave objective, no improving pairwise
/// transfer at vanishing step is exactly the KKT condition (equal marginal returns across
/// funded cells, none higher in an unfunded one, except where a channel bound binds), so the
/// search converges to the optimum (Hooke & Jeeves 1961 pattern search; Torczon 1997 on its
/// convergence). Every accepted move improves the objective, so the result is never worse
/// than the start.
struct TransferSearch {
    let lower: [Double]
    let upper: [Double]
    /// Slack for comparing channel totals with their bounds (floating-point rounding).
    static let boundSlack = 1e-9

    /// A transfer of `amount` from cell `from` to cell `to` (channel, month).
    struct Move {
        let from: (Int, Int)
        let to: (Int, Int)
        let amount: Double
    }

    /// Transfers of up to `step` that keep the allocation feasible, from every funded cell
    /// to every other cell.
    func moves(_ x: [[Double]], step: Double) -> [Move] {
        let totals = x.map { $0.reduce(0, +) }
        var result: [Move] = []
        for a in x.indices {
            for s in x[a].indices where x[a][s] > 0 {
                for b in x.indices {
                    for t in x[b].indices where !(a == b && s == t) {
                        var amount = Swift.min(step, x[a][s])
                        if a != b {
                            amount = Swift.min(amount, totals[a] - lower[a], upper[b] - totals[b])
                        }
                        if amount > Self.boundSlack * Swift.max(1, step) { result.append(Move(from: (a, s), to: (b, t), amount: amount)) }
                    }
                }
            }
        }
        return result
    }

    static func apply(_ move: Move, to x: [[Double]]) -> [[Double]] {
        var y = x
        y[move.from.0][move.from.1] = Swift.max(0, y[move.from.0][move.from.1] - move.amount)
        y[move.to.0][move.to.1] += move.amount
        return y
    }

    /// Maximises the deterministic `objective` from `start`.
    /// - Complexity: O(cells² × objective cost) per accepted move.
    func maximize(_ objective: ([[Double]]) -> Double, from start: [[Double]], initialStep: Double, minimumStep: Double) -> [[Double]] {
        var x = start
        var value = objective(x)
        var step = initialStep
        while step >= minimumStep {
            var improved = true
            while improved {
                improved = false
                var best: ([[Double]], Double)?
                for move in moves(x, step: step) {
                    let y = Self.apply(move, to: x)
                    let v = objective(y)
                    if v > (best?.1 ?? value) { best = (y, v) }
                }
                if let best {
                    x = best.0
                    value = best.1
                    improved = true
                }
            }
            step /= 2
        }
        return x
    }

    /// `allocation` moved into the channel bounds with its total kept: channel totals are
    /// clamped and the excess or shortfall shared among channels with room, in proportion to
    /// that room; each channel keeps its monthly pattern (even when it had none).
    /// - Precondition: Σ lower ≤ total ≤ Σ upper.
    func feasible(_ allocation: [[Double]]) -> [[Double]] {
        let budget = allocation.reduce(0) { $0 + $1.reduce(0, +) }
        var totals = allocation.map { $0.reduce(0, +) }
        for _ in 0...totals.count {
            totals = totals.indices.map { Swift.min(upper[$0], Swift.max(lower[$0], totals[$0])) }
            let residual = budget - totals.reduce(0, +)
            if abs(residual) <= Self.boundSlack * Swift.max(1, budget) { break }
            let room = totals.indices.map { residual > 0 ? upper[$0] - totals[$0] : totals[$0] - lower[$0] }
            let totalRoom = room.reduce(0, +)
            guard totalRoom > 0 else { break }
            for c in totals.indices { totals[c] += residual * room[c] / totalRoom }
        }
        return allocation.indices.map { c in PlanInput.scaled(allocation[c], toTotal: totals[c]) }
    }
}
