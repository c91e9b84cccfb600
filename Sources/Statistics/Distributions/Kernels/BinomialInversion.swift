import RealModule

/// Sequential-search inversion for n·r < 30 (BINV).
@usableFromInline
struct BinomialInversion: Sendable, Equatable {
    @usableFromInline let trials: Int
    @usableFromInline let flipped: Bool
    /// r/(1 − r).
    @usableFromInline let odds: Double
    /// (n + 1)·r/(1 − r).
    @usableFromInline let scaledOdds: Double
    /// P(X = 0) = (1 − r)^n.
    @usableFromInline let probabilityOfZero: Double
    /// Search cut-off mean + 20·sd: the mass beyond it is below 1e−30 (far under double rounding),
    /// and a search that passes it only happens when rounding left U above the summed mass: redraw.
    @usableFromInline let bound: Int

    /// Standard deviations (plus one) past the mean where the search stops.
    static let cutoffDeviations = 20.0

    init(trials: Int, r: Double, flipped: Bool) {
        let n = Double(trials)
        self.trials = trials
        self.flipped = flipped
        odds = r / (1 - r)
        scaledOdds = (n + 1) * odds
        probabilityOfZero = Double.exp(n * Double.log(onePlus: -r))
        let mean = n * r
        bound = Int(Swift.min(n, mean + Self.cutoffDeviations * (mean * (1 - r) + 1).squareRoot()))
    }

    @inlinable
    func sample(using rng: inout RandomStream) -> Int {
        while true {
            var u = rng.nextUnit()
            var k = 0
            var p = probabilityOfZero
            while u > p && k <= bound {
                u -= p
                k += 1
                p *= scaledOdds / Double(k) - odds
            }
            if k <= bound { return flipped ? trials - k : k }
        }
    }
}
