/// The tables of `ZigguratNormal` and `FastExp`, built once per process and read through
/// plain pointers, so a hot loop loads them once (copying this value into locals) instead
/// of going through a lazily initialised global on every draw.
struct FastTables: @unchecked Sendable {
    /// Ziggurat layer edges X_i (257 values) and their densities f(X_i).
    let zigguratX: UnsafePointer<Double>
    let zigguratF: UnsafePointer<Double>
    /// 2^{j/N}, j in 0..<N.
    let powers: UnsafePointer<Double>
    let inverseStep: Double
    let stepHigh: Double
    let stepLow: Double

    /// Built on first use; never freed (a few kilobytes for the life of the process).
    static let shared: FastTables = {
        let edges = ZigguratNormal.layerEdges()
        return FastTables(
            zigguratX: permanent(edges), zigguratF: permanent(edges.map(ZigguratNormal.density)),
            powers: permanent(FastExp.powers()), inverseStep: FastExp.inverseStep,
            stepHigh: FastExp.stepHigh, stepLow: FastExp.stepLow)
    }()

    private static func permanent(_ values: [Double]) -> UnsafePointer<Double> {
        let pointer = UnsafeMutablePointer<Double>.allocate(capacity: values.count)
        pointer.initialize(from: values, count: values.count)
        return UnsafePointer(pointer)
    }
}
