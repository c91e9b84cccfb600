import Testing
@testable import Forecasting

struct NelderMeadTests {
    /// f(x) = Σ wᵢ(xᵢ − cᵢ)², a badly scaled bowl.
    struct Bowl: NelderMeadObjective {
        let centre: [Double]
        let weights: [Double]
        var calls = 0
        mutating func value(at x: UnsafeBufferPointer<Double>) -> Double {
            calls += 1
            return x.indices.reduce(0) { $0 + weights[$1] * (x[$1] - centre[$1]) * (x[$1] - centre[$1]) }
        }
    }

    /// With a value tolerance of 1e-12 the minimiser is within ~1e-5 of the centre on the unit-
    /// weight axis (√(1e-12/1) ≈ 1e-6, times a safety factor for the simplex's spread).
    @Test("finds an interior minimum")
    func interior() {
        var bowl = Bowl(centre: [0.3, -2, 5], weights: [1, 10, 0.1])
        let result = NelderMead(tolerance: 1e-12, maxEvaluations: 5_000)
            .minimise(&bowl, start: [0, 0, 0], steps: [0.5, 0.5, 0.5],
                      lower: [-10, -10, -10], upper: [10, 10, 10])
        for i in 0..<3 { #expect(abs(result.point[i] - bowl.centre[i]) < 1e-4) }
        #expect(result.evaluations == bowl.calls)
        #expect(result.evaluations < 5_000)
    }

    @Test("respects bounds: a minimum outside the box lands on its face")
    func bounded() {
        var bowl = Bowl(centre: [2, 0.5], weights: [1, 1])
        let result = NelderMead(tolerance: 1e-12, maxEvaluations: 2_000)
            .minimise(&bowl, start: [0.2, 0.2], steps: [0.1, 0.1], lower: [0, 0], upper: [1, 1])
        #expect(abs(result.point[0] - 1) < 1e-6)
        #expect(abs(result.point[1] - 0.5) < 1e-4)
    }

    @Test("stops at the evaluation budget")
    func budget() {
        var bowl = Bowl(centre: [1, 1, 1, 1], weights: [1, 1, 1, 1])
        let result = NelderMead(tolerance: 0, maxEvaluations: 50)
            .minimise(&bowl, start: [0, 0, 0, 0], steps: [1, 1, 1, 1],
                      lower: [-5, -5, -5, -5], upper: [5, 5, 5, 5])
        #expect(result.evaluations <= 50 + 4)
    }
}
