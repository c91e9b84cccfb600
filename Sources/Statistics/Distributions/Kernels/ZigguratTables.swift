import RealModule

/// Layer tables of a 256-layer ziggurat for a monotone decreasing density on [0, ∞)
/// (Marsaglia & Tsang, "The ziggurat method for generating random variables", J. Stat. Softw.
/// 5(8), 2000).
///
/// `x[0] = v / f(r)` is the width of the base strip (rectangle plus tail, area v),
/// `x[1] = r`, `x[i+1] = f⁻¹(v / x[i] + f(x[i]))`, `x[256] = 0`; `f[i] = f(x[i])`. Every layer
/// has area v. The tables are computed once, at first use, from r and v of the paper.
@usableFromInline
struct ZigguratTables: Sendable {
    static let layerCount = 256

    @usableFromInline let x: [Double]
    @usableFromInline let f: [Double]

    /// Normal: f(x) = exp(−x²/2); r and v for 256 layers from Marsaglia & Tsang (2000).
    @usableFromInline static let normal = ZigguratTables(
        tailStart: normalTailStart, layerArea: 4.92867323399e-3,
        density: { Double.exp(-0.5 * $0 * $0) }, inverseDensity: { (-2 * Double.log($0)).squareRoot() })
    static let normalTailStart = 3.6541528853610088

    /// Exponential: f(x) = exp(−x); r and v for 256 layers from Marsaglia & Tsang (2000).
    @usableFromInline static let exponential = ZigguratTables(
        tailStart: exponentialTailStart, layerArea: 3.9496598225815571993e-3,
        density: { Double.exp(-$0) }, inverseDensity: { -Double.log($0) })
    @usableFromInline static let exponentialTailStart = 7.69711747013104972

    init(tailStart r: Double, layerArea v: Double, density: (Double) -> Double, inverseDensity: (Double) -> Double) {
        var x = [Double](repeating: 0, count: Self.layerCount + 1)
        x[0] = v / density(r)
        x[1] = r
        for i in 1..<(Self.layerCount - 1) {
            x[i + 1] = inverseDensity(v / x[i] + density(x[i]))
        }
        x[Self.layerCount] = 0
        self.x = x
        self.f = x.map(density)
    }

    /// The wedge test of layer i ≥ 1: a uniform height in [f[i], f[i+1]) must fall under the
    /// candidate's `density`.
    @usableFromInline
    func wedgeAccepts(layer: Int, density: Double, using rng: inout RandomStream) -> Bool {
        f[layer] + (f[layer + 1] - f[layer]) * rng.nextUnit() < density
    }
}
