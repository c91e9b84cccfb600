/// The likelihood criterion of one ETS form as a function of the optimiser's coordinates.
///
/// Coordinates, in order (each present only when the form has that component):
/// α; u = (β − ε)/(α − ε); v = (γ − ε)/(1 − α − ε); φ; ℓ₀; b₀; s₂ … s_m (the first
/// period's seasonal state is implied by Σs = 0 or Σs = m). With ε = 10⁻⁴ the box
/// u, v ∈ [0, 1] is exactly `forecast::ets`'s usual region ε ≤ β ≤ α, ε ≤ γ ≤ 1 − α, and the
/// optimiser only has to respect box bounds.
struct ETSObjective: NelderMeadObjective {
    /// Lower bound of α, β, γ, and 1 − upper bound of α (`forecast::ets` defaults).
    static let smoothingMargin = 1e-4
    /// Damping bounds (`forecast::ets` defaults): φ < 0.8 damps too fast to matter, φ > 0.98
    /// is indistinguishable from an undamped trend in the data lengths ETS is used on.
    static let dampingRange = 0.8...0.98

    let form: ETSForm
    /// Seasonal period (1 without season).
    let m: Int
    /// The data divided by their mean absolute value, so all states are O(1).
    let y: [Double]
    private var season: [Double]
    private var polynomial: [Double]

    init(form: ETSForm, y: [Double], m: Int) {
        self.form = form
        self.y = y
        self.m = form.hasSeason ? m : 1
        season = [Double](repeating: 0, count: self.m)
        polynomial = [Double](repeating: 0, count: 2 * (self.m + 2))
    }

    /// Index of the first initial-state coordinate.
    var stateOffset: Int { form.smoothingParameterCount }

    /// Index of the first free seasonal-state coordinate.
    var seasonOffset: Int { stateOffset + (form.hasTrend ? 2 : 1) }

    func smoothing(_ x: UnsafeBufferPointer<Double>) -> ETSSmoothing {
        let eps = Self.smoothingMargin
        let alpha = x[0]
        var next = 1
        var beta = 0.0, gamma = 0.0, phi = 1.0
        if form.hasTrend {
            beta = eps + x[next] * (alpha - eps)
            next += 1
        }
        if form.hasSeason {
            gamma = eps + x[next] * (1 - alpha - eps)
            next += 1
        }
        if form.isDamped { phi = x[next] }
        return ETSSmoothing(alpha: alpha, beta: beta, gamma: gamma, phi: phi)
    }

    /// Writes the m seasonal states encoded at `x[first...]` into `buffer` (count m):
    /// the free states s₂ … s_m, then s₁ = m − Σ (multiplicative) or −Σ (additive).
    static func fillSeason(_ x: UnsafeBufferPointer<Double>, first: Int, multiplicative: Bool,
                           into buffer: UnsafeMutableBufferPointer<Double>) {
        var total = 0.0
        for j in 1..<buffer.count {
            buffer[j] = x[first + j - 1]
            total += buffer[j]
        }
        buffer[0] = (multiplicative ? Double(buffer.count) : 0) - total
    }

    mutating func value(at x: UnsafeBufferPointer<Double>) -> Double {
        let p = smoothing(x)
        let stateOffset = stateOffset
        let level = x[stateOffset]
        let slope = form.hasTrend ? x[stateOffset + 1] : 0
        let seasonFirst = seasonOffset
        let form = form, m = m
        if form.hasSeason {
            let admissible = polynomial.withUnsafeMutableBufferPointer {
                ETSAdmissibility.isAdmissible(p, m: m, coefficients: $0)
            }
            guard admissible else { return .infinity }
        }
        return y.withUnsafeBufferPointer { observations in
            season.withUnsafeMutableBufferPointer { buffer in
                if form.hasSeason {
                    Self.fillSeason(x, first: seasonFirst, multiplicative: form.season == .multiplicative, into: buffer)
                }
                return form.withFixedShape(CriterionVisitor(smoothing: p, level: level, slope: slope,
                                                            y: observations, season: buffer))
            }
        }
    }

    /// Runs the likelihood loop specialised for the form's structure.
    struct CriterionVisitor: ETSShapeVisitor {
        let smoothing: ETSSmoothing
        let level: Double
        let slope: Double
        let y: UnsafeBufferPointer<Double>
        let season: UnsafeMutableBufferPointer<Double>

        func visit<Shape: ETSShape>(_ shape: Shape) -> Double {
            ETSRecursion(form: shape, smoothing: smoothing, level: level, slope: slope).criterion(y: y, season: season)
        }
    }

    /// Lower and upper bounds of every coordinate.
    var bounds: (lower: [Double], upper: [Double]) {
        var lower = [Self.smoothingMargin], upper = [1 - Self.smoothingMargin]
        if form.hasTrend { lower.append(0); upper.append(1) }
        if form.hasSeason { lower.append(0); upper.append(1) }
        if form.isDamped {
            lower.append(Self.dampingRange.lowerBound)
            upper.append(Self.dampingRange.upperBound)
        }
        let states = form.initialStateCount(seasonalPeriod: m)
        lower += [Double](repeating: -.infinity, count: states)
        upper += [Double](repeating: .infinity, count: states)
        return (lower, upper)
    }
}
