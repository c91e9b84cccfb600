/// Minimises a function of one variable on a closed interval: the best point of an even grid,
/// refined by golden-section search between that point's neighbours (Kiefer 1953; Press et
/// al., *Numerical Recipes*, 3rd ed., §10.2).
///
/// The grid guards against the several local minima that the profile error of a smoothing
/// parameter can have; golden section then shrinks the bracket by 0.618 per evaluation, so
/// the defaults locate the minimum to about 10⁻⁹ of the grid step. Returns the best point
/// evaluated (a grid point when the refinement finds nothing lower).
struct GridGoldenSearch {
    var gridSize = 24
    var iterations = 40

    func minimise(on range: ClosedRange<Double>, _ objective: (Double) -> Double) -> Double {
        let step = (range.upperBound - range.lowerBound) / Double(gridSize - 1)
        let grid = (0..<gridSize).map { range.lowerBound + step * Double($0) }
        let scores = grid.map(objective)
        let best = scores.indices.min { scores[$0] < scores[$1] }!
        var low = grid[max(best - 1, 0)]
        var high = grid[min(best + 1, grid.count - 1)]
        let ratio = (5.0.squareRoot() - 1) / 2
        var a = high - ratio * (high - low)
        var b = low + ratio * (high - low)
        var fa = objective(a)
        var fb = objective(b)
        for _ in 0..<iterations {
            if fa < fb {
                high = b; b = a; fb = fa
                a = high - ratio * (high - low); fa = objective(a)
            } else {
                low = a; a = b; fa = fb
                b = low + ratio * (high - low); fb = objective(b)
            }
        }
        return [(grid[best], scores[best]), (a, fa), (b, fb)].min { $0.1 < $1.1 }!.0
    }
}
