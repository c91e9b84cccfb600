/// An objective restricted to its leading coordinates, the rest held at fixed values: used to
/// optimise the smoothing parameters first with the initial states held at their heuristic
/// values, a cheap low-dimensional search that gives the joint search a good start.
struct LeadingCoordinates<Base: NelderMeadObjective>: NelderMeadObjective {
    var base: Base
    /// The full point; its trailing coordinates stay fixed.
    var point: [Double]
    let count: Int

    mutating func value(at x: UnsafeBufferPointer<Double>) -> Double {
        for i in 0..<count { point[i] = x[i] }
        return point.withUnsafeBufferPointer { base.value(at: $0) }
    }
}
