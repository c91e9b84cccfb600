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

    /// One draw of a standard normal N(0, 1) by the ziggurat.
    @inlinable
    public static func standardSample(using rng: inout RandomStream) -> Double {
        while true {
            let bits = rng.next()
            let layer = Int(bits & 0xFF)
            let u = Double(Int64(bitPattern: bits) >> 11) * 0x1.0p-52  // uniform in [-1, 1)
            let x = u * ZigguratTables.normal.x[layer]
            if abs(x) < ZigguratTables.normal.x[layer + 1] { return x }
            if let accepted = zigguratSlowPath(layer: layer, x: x, using: &rng) {
                return accepted
            }
        }
    }
}
