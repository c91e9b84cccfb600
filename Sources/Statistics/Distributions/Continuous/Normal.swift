/// The normal (Gaussian) distribution N(mean, sd²).
///
/// Sampling uses the 256-layer ziggurat of Marsaglia & Tsang ("The ziggurat method for
/// generating random variables", J. Stat. Softw. 5(8), 2000) with one 64-bit draw on the
/// fast path (98.5% of draws): 8 bits choose the layer, 53 signed bits give the abscissa.
/// The method is exact: rejections use the exact density and the tail beyond r uses
/// Marsaglia's exact exponential tail algorithm (1964).
public struct Normal: ContinuousDistribution, Equatable {
    public let mean: Double
    /// The standard deviation.
    public let sd: Double

    /// - Throws: `DistributionError` unless `mean` is finite and `sd` positive and finite.
    public init(mean: Double, sd: Double) throws(DistributionError) {
        let check = ParameterCheck("normal")
        try check.finite(mean, "mean")
        try check.positive(sd, "sd")
        self.mean = mean
        self.sd = sd
    }

    public var variance: Double { sd * sd }

    @inlinable
    public func sample(using rng: inout RandomStream) -> Double {
        mean + sd * Normal.standardSample(using: &rng)
    }

    /// One draw of a standard normal N(0, 1) by the ziggurat (`NormalZiggurat`; a hot
    /// loop should copy `NormalZiggurat.shared` into a local and call its `sample`).
    @inlinable
    public static func standardSample(using rng: inout RandomStream) -> Double {
        NormalZiggurat.shared.sample(using: &rng)
    }
}
