/// A function for `NelderMead` to minimise; `value` may return +∞ for infeasible points.
protocol NelderMeadObjective {
    mutating func value(at x: UnsafeBufferPointer<Double>) -> Double
}

/// Box-constrained Nelder–Mead simplex minimisation (Nelder & Mead 1965, with the
/// coefficients of Lagarias et al. 1998: reflection 1, expansion 2, contraction ½, shrink ½).
///
/// Bounds are enforced by projecting every trial point onto the box (as statsforecast's ETS
/// optimiser does). Stops when the spread of function values over the simplex falls to
/// `tolerance` (absolute: callers choose it in the units of their objective) or after
/// `maxEvaluations`.
/// The simplex is one flat array and the centroid is kept as a running sum, so an iteration
/// costs O(d) besides the function evaluations.
struct NelderMead {
    var tolerance: Double
    var maxEvaluations: Int

    struct Result {
        var point: [Double]
        var value: Double
        var evaluations: Int
    }

    /// Minimises `objective` from `start`, with an initial simplex of `start` plus `steps[i]`
    /// along each axis `i` (a step that would leave the box is taken in the other direction).
    /// - Precondition: `start`, `steps`, `lower`, `upper` have the same count ≥ 1.
    func minimise<Objective: NelderMeadObjective>(
        _ objective: inout Objective, start: [Double], steps: [Double], lower: [Double], upper: [Double]
    ) -> Result {
        let d = start.count
        precondition(d >= 1 && steps.count == d && lower.count == d && upper.count == d)
        var workspace = Workspace(dimension: d, lower: lower, upper: upper)
        for vertex in 0...d {
            for i in 0..<d { workspace.simplex[vertex * d + i] = start[i] }
            if vertex > 0 {
                let i = vertex - 1
                let forward = start[i] + steps[i]
                workspace.simplex[vertex * d + i] = forward <= upper[i] ? forward : start[i] - steps[i]
            }
            workspace.project(vertex: vertex)
            workspace.values[vertex] = workspace.evaluate(vertex: vertex, &objective)
        }
        var evaluations = d + 1
        workspace.resetSums()
        while evaluations < maxEvaluations {
            let (best, worst, secondWorst) = workspace.ranking()
            let fBest = workspace.values[best], fWorst = workspace.values[worst]
            if fWorst.isFinite && fWorst - fBest <= tolerance { break }
            // Reflection through the centroid of all vertices but the worst.
            let fReflect = workspace.trial(from: worst, coefficient: 1, slot: Workspace.reflected, &objective)
            evaluations += 1
            if fReflect < fBest {
                let fExpand = workspace.trial(from: worst, coefficient: 2, slot: Workspace.expanded, &objective)
                evaluations += 1
                if fExpand < fReflect {
                    workspace.replace(worst, with: Workspace.expanded, value: fExpand)
                } else {
                    workspace.replace(worst, with: Workspace.reflected, value: fReflect)
                }
            } else if fReflect < workspace.values[secondWorst] {
                workspace.replace(worst, with: Workspace.reflected, value: fReflect)
            } else {
                let outside = fReflect < fWorst
                let fContract = workspace.trial(from: worst, coefficient: outside ? 0.5 : -0.5,
                                                slot: Workspace.contracted, &objective)
                evaluations += 1
                if fContract < (outside ? fReflect : fWorst) {
                    workspace.replace(worst, with: Workspace.contracted, value: fContract)
                } else {
                    evaluations += workspace.shrink(toward: best, &objective)
                }
            }
        }
        let best = workspace.ranking().best
        return Result(point: Array(workspace.simplex[(best * d)..<(best * d + d)]),
                      value: workspace.values[best], evaluations: evaluations)
    }
}

extension NelderMead {
    /// The simplex (d + 1 vertices) followed by three trial points, in one flat array.
    struct Workspace {
        static let reflected = -1, expanded = -2, contracted = -3
        let d: Int
        let lower: [Double]
        let upper: [Double]
        var simplex: [Double]
        var values: [Double]
        /// Σ over vertices of each coordinate, for the centroid.
        var sums: [Double]

        init(dimension: Int, lower: [Double], upper: [Double]) {
            d = dimension
            self.lower = lower
            self.upper = upper
            simplex = [Double](repeating: 0, count: (dimension + 4) * dimension)
            values = [Double](repeating: .infinity, count: dimension + 1)
            sums = [Double](repeating: 0, count: dimension)
        }

        /// Storage row of a vertex (0…d) or a trial slot (negative).
        func row(_ slot: Int) -> Int { slot >= 0 ? slot : d - slot }

        mutating func project(vertex slot: Int) {
            let base = row(slot) * d
            for i in 0..<d { simplex[base + i] = min(max(simplex[base + i], lower[i]), upper[i]) }
        }

        mutating func evaluate<Objective: NelderMeadObjective>(vertex slot: Int, _ objective: inout Objective) -> Double {
            let base = row(slot) * d
            let value = simplex.withUnsafeBufferPointer { buffer in
                objective.value(at: UnsafeBufferPointer(rebasing: buffer[base..<(base + d)]))
            }
            return value.isNaN ? .infinity : value
        }

        mutating func resetSums() {
            for i in 0..<d { sums[i] = 0 }
            for vertex in 0...d {
                for i in 0..<d { sums[i] += simplex[vertex * d + i] }
            }
        }

        func ranking() -> (best: Int, worst: Int, secondWorst: Int) {
            var best = 0, worst = 0
            for v in 1...d {
                if values[v] < values[best] { best = v }
                if values[v] > values[worst] { worst = v }
            }
            if worst == best { worst = best == 0 ? 1 : 0 }
            var secondWorst = best
            for v in 0...d where v != worst && values[v] > values[secondWorst] { secondWorst = v }
            return (best, worst, secondWorst)
        }

        /// Writes centroid + coefficient·(centroid − worst) into `slot`, projects and evaluates it.
        mutating func trial<Objective: NelderMeadObjective>(
            from worst: Int, coefficient: Double, slot: Int, _ objective: inout Objective
        ) -> Double {
            let base = row(slot) * d, worstBase = worst * d
            let count = Double(d)
            for i in 0..<d {
                let centroid = (sums[i] - simplex[worstBase + i]) / count
                simplex[base + i] = centroid + coefficient * (centroid - simplex[worstBase + i])
            }
            project(vertex: slot)
            return evaluate(vertex: slot, &objective)
        }

        mutating func replace(_ vertex: Int, with slot: Int, value: Double) {
            let base = vertex * d, source = row(slot) * d
            for i in 0..<d {
                sums[i] += simplex[source + i] - simplex[base + i]
                simplex[base + i] = simplex[source + i]
            }
            values[vertex] = value
        }

        /// Moves every vertex halfway to `best`; returns the number of evaluations.
        mutating func shrink<Objective: NelderMeadObjective>(toward best: Int, _ objective: inout Objective) -> Int {
            for vertex in 0...d where vertex != best {
                for i in 0..<d {
                    simplex[vertex * d + i] = 0.5 * (simplex[vertex * d + i] + simplex[best * d + i])
                }
                values[vertex] = evaluate(vertex: vertex, &objective)
            }
            resetSums()
            return d
        }
    }
}
