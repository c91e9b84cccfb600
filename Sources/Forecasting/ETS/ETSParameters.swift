/// The smoothing parameters of a fitted ETS model, in the error-correction form of
/// Hyndman et al. 2008 (Table 2.3): level ℓ_t = q_t + α(p_t − q_t), slope
/// b_t = φb_{t−1} + β(p_t − q_t), season s_t = s_{t−m} + γ(r_t − s_{t−m}).
public struct ETSParameters: Sendable, Equatable {
    /// Level smoothing, in (0, 1).
    public var alpha: Double
    /// Slope smoothing, in (0, α); `nil` without trend.
    public var beta: Double?
    /// Seasonal smoothing, in (0, 1 − α); `nil` without season.
    public var gamma: Double?
    /// Damping, in [0.8, 0.98]; `nil` unless the trend is damped.
    public var phi: Double?

    public init(alpha: Double, beta: Double? = nil, gamma: Double? = nil, phi: Double? = nil) {
        self.alpha = alpha
        self.beta = beta
        self.gamma = gamma
        self.phi = phi
    }

    /// The kernel form: absent components contribute 0 (β, γ) or 1 (φ).
    var smoothing: ETSSmoothing {
        ETSSmoothing(alpha: alpha, beta: beta ?? 0, gamma: gamma ?? 0, phi: phi ?? 1)
    }
}

/// Smoothing parameters as plain numbers for the recursion kernels.
struct ETSSmoothing: Sendable, Equatable {
    var alpha: Double
    var beta: Double
    var gamma: Double
    var phi: Double
}
