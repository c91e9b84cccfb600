/// The ETS state-space recursion (Hyndman et al. 2008, Table 2.3, error-correction form).
///
/// With q_t = ℓ_{t−1} + φb_{t−1} and s = s_{t−m}, the one-step forecast is μ_t = q_t + s
/// (additive season), q_t·s (multiplicative) or q_t. With p_t = y_t − s, y_t/s or y_t and
/// r_t = y_t − q_t or y_t/q_t:
///
///     ℓ_t = q_t + α(p_t − q_t),   b_t = φb_{t−1} + β(p_t − q_t),   s_t = s + γ(r_t − s).
///
/// These updates hold for additive and multiplicative errors alike; only the innovation
/// differs: ε_t = y_t − μ_t or (y_t − μ_t)/μ_t. The seasonal states live in a circular buffer
/// so each step is O(1). `Shape` is `ETSForm` (branches at run time) or a `FixedETSShape`
/// (branch-free specialisation for the likelihood loop).
struct ETSRecursion<Shape: ETSShape> {
    let form: Shape
    let smoothing: ETSSmoothing
    var level: Double
    var slope: Double
    /// Index into the seasonal buffer of the term for the next period.
    var seasonIndex = 0

    init(form: Shape, smoothing: ETSSmoothing, level: Double, slope: Double) {
        self.form = form
        self.smoothing = smoothing
        self.level = level
        self.slope = slope
    }

    /// The trend-adjusted level q_{t} = ℓ + φb for the next period.
    @inline(__always)
    var projectedLevel: Double { form.hasTrend ? level + smoothing.phi * slope : level }

    /// The one-step forecast μ for the next period; `season` is the buffer.
    @inline(__always)
    func forecast(season: UnsafeMutableBufferPointer<Double>) -> Double {
        let q = projectedLevel
        switch form.season {
        case .none: return q
        case .additive: return q + season[seasonIndex]
        case .multiplicative: return q * season[seasonIndex]
        }
    }

    /// Advances the states by one observation `y`.
    @inline(__always)
    mutating func update(observing y: Double, season: UnsafeMutableBufferPointer<Double>) {
        let q = projectedLevel
        let p: Double
        switch form.season {
        case .none:
            p = y
        case .additive:
            let s = season[seasonIndex]
            p = y - s
            season[seasonIndex] = s + smoothing.gamma * (y - q - s)
        case .multiplicative:
            let s = season[seasonIndex]
            p = y / s
            season[seasonIndex] = s + smoothing.gamma * (y / q - s)
        }
        if form.season != .none {
            seasonIndex &+= 1
            if seasonIndex == season.count { seasonIndex = 0 }
        }
        let correction = p - q
        level = q + smoothing.alpha * correction
        if form.hasTrend { slope = smoothing.phi * slope + smoothing.beta * correction }
    }

    /// Whether μ and the states make sense for a model with multiplicative parts: the
    /// relative error needs μ > 0 and the seasonal division needs q > 0.
    @inline(__always)
    func isValid(forecast mu: Double, season: UnsafeMutableBufferPointer<Double>) -> Bool {
        if form.multiplicativeError && !(mu > 0) { return false }
        if form.season == .multiplicative && !(projectedLevel > 0 && season[seasonIndex] > 0) { return false }
        return true
    }
}
