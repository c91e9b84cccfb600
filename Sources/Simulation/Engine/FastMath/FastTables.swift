/// The table and constants of `FastExp`, built once per process and read through a plain
/// pointer, so a hot loop loads them once (copying this value into locals) instead of going
/// through a lazily initialised global on every draw.
struct FastTables: @unchecked Sendable {
    /// 2^{j/N}, j in 0..<N.
    let powers: UnsafePointer<Double>
    let inverseStep: Double
    let stepHigh: Double
    let stepLow: Double

    /// Built on first use; never freed (2 kB for the life of the process).
    static let shared: FastTables = {
        let table = UnsafeMutablePointer<Double>.allocate(capacity: FastExp.tableSize)
        table.initialize(from: FastExp.powers(), count: FastExp.tableSize)
        return FastTables(
            powers: UnsafePointer(table), inverseStep: FastExp.inverseStep,
            stepHigh: FastExp.stepHigh, stepLow: FastExp.stepLow)
    }()
}
