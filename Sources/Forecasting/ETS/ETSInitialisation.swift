import Foundation

/// Heuristic starting states for the likelihood optimisation, as `forecast::ets`'s
/// `initstate` (Hyndman et al. 2008, §2.6.1; Hyndman et al. 2002, §2.6).
///
/// Seasonal models: a classical decomposition (centred 2×m moving average) of the first
/// three cycles gives the seasonal states; with fewer than three cycles a regression on a
/// linear trend and one Fourier pair is used instead. The level and slope are the mean, or
/// the least-squares line, of the first max(10, 2m) seasonally adjusted values.
enum ETSInitialisation {
    /// Smallest starting multiplicative seasonal index, so divisions by it stay finite.
    static let minimumSeasonalIndex = 0.01
    /// Number of seasonal cycles the decomposition uses.
    static let decompositionCycles = 3
    /// The level and slope are fitted to at least this many values (or two cycles).
    static let minimumLevelWindow = 10

    /// Starting states for `form` on `y` with seasonal period `m`.
    /// - Precondition: `y.count ≥ 4`; for seasonal forms `m ≥ 2` and `y.count > m`.
    static func states(for form: ETSForm, y: [Double], m: Int) -> ETSState {
        let n = y.count
        var seasonal: [Double] = []
        var adjusted = y
        if form.hasSeason {
            let multiplicative = form.season == .multiplicative
            let pattern = n >= decompositionCycles * m
                ? decomposition(Array(y[0..<(decompositionCycles * m)]), m: m, multiplicative: multiplicative, count: n)
                : fourierPattern(y, m: m, multiplicative: multiplicative)
            seasonal = Array(pattern[0..<m])
            if multiplicative {
                seasonal = normalisedIndices(seasonal)
                for t in 0..<n { adjusted[t] = y[t] / max(pattern[t], minimumSeasonalIndex) }
            } else {
                seasonal[0] = -seasonal[1...].reduce(0, +)
                for t in 0..<n { adjusted[t] = y[t] - pattern[t] }
            }
        }
        let window = min(max(minimumLevelWindow, 2 * m), n)
        guard form.hasTrend else {
            return ETSState(level: adjusted[0..<window].reduce(0, +) / Double(window), seasonal: seasonal)
        }
        let (intercept, slope) = lineFit(adjusted[0..<window])
        return ETSState(level: intercept, slope: slope, seasonal: seasonal)
    }

    /// Multiplicative indices floored at `minimumSeasonalIndex` (so every one is positive),
    /// then scaled to sum to m; the first is set to m minus the others so the sum is exact.
    static func normalisedIndices(_ raw: [Double]) -> [Double] {
        let m = raw.count
        var indices = raw.map { max($0, minimumSeasonalIndex) }
        let factor = Double(m) / indices.reduce(0, +)
        for j in 0..<m { indices[j] *= factor }
        indices[0] = Double(m) - indices[1...].reduce(0, +)
        return indices
    }

    /// Seasonal pattern of a classical decomposition of `y` (R's `decompose`), repeated to
    /// `count` values.
    static func decomposition(_ y: [Double], m: Int, multiplicative: Bool, count: Int) -> [Double] {
        let n = y.count, half = m / 2
        var sums = [Double](repeating: 0, count: m)
        var counts = [Double](repeating: 0, count: m)
        for t in half..<(n - half) {
            var trend = 0.0
            for j in -half...half {
                let weight = (m % 2 == 0 && abs(j) == half) ? 0.5 : 1
                trend += weight * y[t + j]
            }
            trend /= Double(m)
            sums[t % m] += multiplicative ? y[t] / trend : y[t] - trend
            counts[t % m] += 1
        }
        var figure = (0..<m).map { sums[$0] / counts[$0] }
        let centre = figure.reduce(0, +) / Double(m)
        for j in 0..<m { figure[j] = multiplicative ? figure[j] / centre : figure[j] - centre }
        return (0..<count).map { figure[$0 % m] }
    }

    /// y minus (or divided by) the trend line of a regression on [1, t, sin 2πt/m, cos 2πt/m]:
    /// `forecast::ets`'s start for series shorter than three cycles.
    static func fourierPattern(_ y: [Double], m: Int, multiplicative: Bool) -> [Double] {
        let n = y.count
        let omega = 2 * Double.pi / Double(m)
        // sin(πt) vanishes when m = 2, so that column is left out.
        let columns = m > 2 ? 4 : 3
        var gram = [Double](repeating: 0, count: columns * columns)
        var moment = [Double](repeating: 0, count: columns)
        var row = [Double](repeating: 0, count: columns)
        for t in 0..<n {
            let time = Double(t + 1)
            row[0] = 1
            row[1] = time
            row[2] = cos(omega * time)
            if columns == 4 { row[3] = sin(omega * time) }
            for i in 0..<columns {
                moment[i] += row[i] * y[t]
                for j in 0..<columns { gram[i * columns + j] += row[i] * row[j] }
            }
        }
        let beta = solveSymmetric(gram, moment)
        return (0..<n).map { t in
            let line = beta[0] + beta[1] * Double(t + 1)
            return multiplicative ? y[t] / line : y[t] - line
        }
    }

    /// Intercept (at t = 0) and slope of the least-squares line through values at t = 1, 2, ….
    static func lineFit(_ values: ArraySlice<Double>) -> (intercept: Double, slope: Double) {
        let n = Double(values.count)
        let meanTime = (n + 1) / 2
        let meanValue = values.reduce(0, +) / n
        var cross = 0.0, squares = 0.0
        for (offset, value) in values.enumerated() {
            let dt = Double(offset + 1) - meanTime
            cross += dt * (value - meanValue)
            squares += dt * dt
        }
        let slope = squares > 0 ? cross / squares : 0
        return (meanValue - slope * meanTime, slope)
    }

    /// Solves the small positive-definite system A x = b by Gaussian elimination with
    /// partial pivoting (A is k×k, row-major; k ≤ 4 here).
    static func solveSymmetric(_ matrix: [Double], _ rhs: [Double]) -> [Double] {
        let k = rhs.count
        var a = matrix, b = rhs
        for col in 0..<k {
            let pivot = (col..<k).max { abs(a[$0 * k + col]) < abs(a[$1 * k + col]) } ?? col
            if pivot != col {
                for j in 0..<k { a.swapAt(col * k + j, pivot * k + j) }
                b.swapAt(col, pivot)
            }
            let diagonal = a[col * k + col]
            guard diagonal != 0 else { continue }
            for r in (col + 1)..<k {
                let factor = a[r * k + col] / diagonal
                for j in col..<k { a[r * k + j] -= factor * a[col * k + j] }
                b[r] -= factor * b[col]
            }
        }
        var x = [Double](repeating: 0, count: k)
        for r in stride(from: k - 1, through: 0, by: -1) {
            var total = b[r]
            for j in (r + 1)..<k { total -= a[r * k + j] * x[j] }
            x[r] = a[r * k + r] != 0 ? total / a[r * k + r] : 0
        }
        return x
    }
}
