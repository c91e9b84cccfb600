import LinearAlgebra

/// Reconciles forecasts of one cycle at every level of a temporal hierarchy into coherent
/// forecasts of the original periods by weighted least squares (Athanasopoulos, Hyndman,
/// Kourentzes & Petropoulos 2017, "Forecasting with temporal hierarchies", *EJOR* 262(1), §3).
///
/// Stack the base forecasts of one cycle, level by level (m/k values for level k, oldest
/// first), into ŷ. The summing matrix S maps the m bottom-level values to every level: its row
/// for the j-th period of level k has ones in columns jk…(j+1)k − 1. With Λ the diagonal of
/// inverse forecast-error variances, the reconciled bottom level is
///
///     b̃ = (SᵀΛS)⁻¹ SᵀΛ ŷ,
///
/// and S b̃ are coherent forecasts at every level. The variances are one per level
/// (`TemporalWeighting`): k for structural scaling (WLS_s, Λ = diag(S·1)⁻¹, each forecast
/// weighted by the inverse of the number of periods it sums), or each level's in-sample
/// mean squared one-step error for series variance scaling (WLS_v). SᵀΛS is m × m with entries
/// Σ_k [⌊i/k⌋ = ⌊j/k⌋]/v_k; it contains a positive multiple of the identity (level 1) and is
/// positive definite, so a Cholesky factorisation solves it; the projection
/// P = (SᵀΛS)⁻¹SᵀΛ is computed once. P S = I, so coherent forecasts are left unchanged.
struct TemporalReconciliation: Sendable {
    /// m, the original periods per cycle.
    let seasonalPeriod: Int
    /// The levels, ascending from 1; each divides m.
    let levels: [Int]
    /// P = (SᵀΛS)⁻¹ SᵀΛ, m × Σ_k m/k.
    let projection: Matrix

    /// - Parameter variances: the forecast-error variance of each level, in `levels` order;
    ///   nil for structural scaling (v_k = k).
    /// - Precondition: `levels` ascend from 1 and each divides `seasonalPeriod`; variances
    ///   are positive and finite.
    /// - Complexity: O(m³ + m² · Σ_k m/k).
    init(seasonalPeriod m: Int, levels: [Int], variances: [Double]? = nil) {
        precondition(levels.first == 1 && zip(levels, levels.dropFirst()).allSatisfy { $0 < $1 }
                     && levels.allSatisfy { m % $0 == 0 }, "levels must ascend from 1 and divide the seasonal period")
        let variances = variances ?? levels.map(Double.init)
        precondition(variances.count == levels.count && variances.allSatisfy { $0.isFinite && $0 > 0 },
                     "one positive, finite variance per level")
        seasonalPeriod = m
        self.levels = levels
        var gram = Matrix(rows: m, columns: m)
        for i in 0..<m {
            for j in 0..<m {
                gram[i, j] = zip(levels, variances).reduce(0) { $0 + (i / $1.0 == j / $1.0 ? 1 / $1.1 : 0) }
            }
        }
        let rows = levels.reduce(0) { $0 + m / $1 }
        var weighted = Matrix(rows: m, columns: rows)  // SᵀΛ
        var row = 0
        for (k, variance) in zip(levels, variances) {
            for period in 0..<(m / k) {
                for i in (period * k)..<((period + 1) * k) { weighted[i, row] = 1 / variance }
                row += 1
            }
        }
        do {
            projection = try CholeskyFactorization(gram).solve(weighted)
        } catch {
            preconditionFailure("SᵀΛS contains a multiple of the identity and cannot be singular: \(error)")
        }
    }

    /// The reconciled original periods of `cycles` whole cycles.
    /// - Parameter forecasts: one array per level, in `levels` order, each holding at least
    ///   `cycles · m/k` forecasts of level k.
    /// - Complexity: O(cycles · m · Σ_k m/k).
    func bottom(_ forecasts: [[Double]], cycles: Int) -> [Double] {
        precondition(forecasts.count == levels.count, "one forecast array per level")
        let m = seasonalPeriod
        var result = [Double]()
        result.reserveCapacity(cycles * m)
        for cycle in 0..<cycles {
            var stacked = [Double]()
            stacked.reserveCapacity(projection.columns)
            for (k, values) in zip(levels, forecasts) {
                let perCycle = m / k
                stacked.append(contentsOf: values[(cycle * perCycle)..<((cycle + 1) * perCycle)])
            }
            result.append(contentsOf: projection * stacked)
        }
        return result
    }

    /// S b: the level-k sums of bottom-level values covering whole cycles, one array per level.
    func aggregates(of bottom: [Double]) -> [[Double]] {
        precondition(bottom.count % seasonalPeriod == 0, "whole cycles only")
        return levels.map { TemporalAggregation.aggregate(bottom, by: $0) }
    }
}
