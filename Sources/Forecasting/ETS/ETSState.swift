/// The ETS state vector x_t = (ℓ_t, b_t, s_t, …, s_{t−m+1}).
public struct ETSState: Sendable, Equatable {
    public var level: Double
    /// The slope b_t; 0 without trend.
    public var slope: Double
    /// `seasonal[j]` is the seasonal term of the (j + 1)-th period after the state's time
    /// (an index for multiplicative seasons, an offset for additive ones); empty without season.
    public var seasonal: [Double]

    public init(level: Double, slope: Double = 0, seasonal: [Double] = []) {
        self.level = level
        self.slope = slope
        self.seasonal = seasonal
    }
}
