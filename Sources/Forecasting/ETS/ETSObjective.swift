/// The likelihood criterion of one ETS form as a function of the optimiser's coordinates.
///
/// Coordinates, in order (each present only when the form has that component):
/// α; u = (β − ε)/(min(α, β̄) − ε); v = (γ − ε)/(1 − α − ε); φ; ℓ₀; b₀; s₂ … s_m (the first
/// period's seasonal state is implied by Σs = 0 or Σs = m). With ε = 10⁻⁴ the box
/// u, v ∈ [0, 1] is exactly the region ε ≤ β ≤ min(α, β̄), ε ≤ γ ≤ 1 − α, and the optimiser
/// only has to respect box bounds. β̄ is `slopeSmoothingLimit(seasonalPeriod:)`.
struct ETSObjective: NelderMeadObjective {
    /// Lower bound of α, β, γ, and 1 − upper bound of α (`forecast::ets` defaults).
    static let smoothingMargin = 1e-4
    /// Damping bounds (`forecast::ets` defaults): φ < 0.8 damps too fast to matter, φ > 0.98
    /// is indistinguishable from an undamped trend in the data lengths ETS is used on.
    static let dampingRange = 0.8...0.98
    /// β̄ for yearly data (m = 1): the slope's smoothing per seasonal cycle.
    static let slopeSmoothingPerCycle = 0.2

    /// The largest slope smoothing searched, β̄ = ε + 0.2(1 − 2ε)/m, for a series of seasonal
    /// period m (for its non-seasonal forms too): 0.2 for yearly, 0.05 for quarterly and 0.017
    /// for monthly data. With α = 1 the slope is an exponentially weighted mean of the
    /// period-to-period changes with mean age 1/β, so it averages at least five seasonal
    /// cycles whatever the sampling frequency.
    ///
    /// `forecast::ets`'s usual region only asks β ≤ α, so with α near 1 the slope can follow
    /// the last change: the likelihood of short trending series often prefers that (on the
    /// M3 yearly training series N0001 it puts ETS(M,A,N) at α ≈ β ≈ 1, AICc 8 below the best
    /// β ≤ 0.2), and the forecast extrapolates noise. β̄ is `forecast::ets`'s starting α
    /// for period m, and ε ≤ β ≤ min(α, β̄) is the region statsforecast's `AutoETS` actually
    /// searches: its `initparam` lowers the upper bound of β to the starting α in place, on a
    /// bounds array shared by every candidate (statsforecast 2.1.1, `ets.py`), so every form
    /// of yearly data, and every trend form of seasonal data fitted after the first seasonal
    /// trend form (all but ETS(A,Ad,N) and ETS(A,A,N)), is bounded by it. That bound, not a
    /// better optimum, is most of `AutoETS`'s accuracy lead over `forecast::ets`-style
    /// estimation on M3: with the bounds array copied per candidate, `AutoETS`'s validation
    /// sMAPE rises from 20.55 to 20.92 (yearly) and from 13.03 to 13.36 (monthly). On rolling-origin validation inside the M3 training data
    /// (3 origins; sMAPE / MASE) the limit moved `ets` from 13.51 / 0.892 to 13.14 / 0.865
    /// monthly, 10.65 / 1.336 to 10.44 / 1.330 quarterly and 20.90 / 3.469 to 20.58 / 3.406
    /// yearly, with 80% intervals covering 2.6, 2.8 and 1.0 points less. Not adopted: 0.2 for
    /// every period (13.49 / 0.890, 10.55 / 1.326, 20.58 / 3.406) and β̄ by the form's own
    /// period, 0.2 for non-seasonal forms (13.39 / 0.880 monthly, 10.53 / 1.331 quarterly);
    /// tighter limits, 0.1/m (12.97 / 0.859 monthly, 10.47 / 1.339 quarterly, 20.55 / 3.410
    /// yearly), were not pursued: they would be tuned to these folds, not a reference's region.
    static func slopeSmoothingLimit(seasonalPeriod m: Int) -> Double {
        smoothingMargin + slopeSmoothingPerCycle * (1 - 2 * smoothingMargin) / Double(max(m, 1))
    }

    let form: ETSForm
    /// Seasonal period (1 without season).
    let m: Int
    /// β̄: β ranges over [ε, min(α, β̄)].
    let slopeLimit: Double
    /// The data divided by their mean absolute value, so all states are O(1).
    let y: [Double]
    private var season: [Double]
    private var polynomial: [Double]

    /// - Parameter m: the series' seasonal period, which sets β̄ even for non-seasonal forms.
    init(form: ETSForm, y: [Double], m: Int) {
        self.form = form
        self.y = y
        self.m = form.hasSeason ? m : 1
        slopeLimit = Self.slopeSmoothingLimit(seasonalPeriod: m)
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
            beta = eps + x[next] * (min(alpha, slopeLimit) - eps)
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
