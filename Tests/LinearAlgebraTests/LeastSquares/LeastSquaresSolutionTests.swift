import LinearAlgebra
import Testing

/// Standard errors, prediction variance and `(XᵀX)⁺` against closed forms.
///
/// Tolerance 1e-10 relative: the designs are tiny and well conditioned, so rounding is near
/// 1e-14; the closed forms are evaluated independently in double.
@Suite("Least-squares solution statistics")
struct LeastSquaresSolutionTests {
    static let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
    static let y: [Double] = [3.1, 4.9, 7.2, 8.8, 11.1, 13.0, 14.8, 17.2]

    static var simpleDesign: Matrix {
        Matrix(columns: [Array(repeating: 1, count: x.count), x])
    }

    /// Simple regression: se(b₁) = σ̂/√Sxx, se(b₀) = σ̂·√(1/n + x̄²/Sxx) (Seber & Lee §6.1).
    @Test func standardErrorsMatchSimpleRegressionFormulas() throws {
        let fit = try LeastSquares().solve(design: Self.simpleDesign, response: Self.y)
        let n = Double(Self.x.count)
        let mean = Self.x.reduce(0, +) / n
        let sxx = Self.x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let sigma = (fit.residualSumOfSquares / (n - 2)).squareRoot()

        #expect(fit.degreesOfFreedom == 6)
        #expect(isClose([try #require(fit.residualVariance)], [sigma * sigma]))
        #expect(isClose(
            try fit.standardErrors(),
            [sigma * (1 / n + mean * mean / sxx).squareRoot(), sigma / sxx.squareRoot()]))
    }

    /// Simple regression: Var(y₀ − ŷ₀) = σ̂²(1 + 1/n + (x₀ − x̄)²/Sxx), at points inside and
    /// far outside the data.
    @Test(arguments: [0.0, 4.5, 12.0, -30.0])
    func predictionVarianceMatchesSimpleRegressionFormula(at point: Double) throws {
        let fit = try LeastSquares().solve(design: Self.simpleDesign, response: Self.y)
        let n = Double(Self.x.count)
        let mean = Self.x.reduce(0, +) / n
        let sxx = Self.x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let variance = try #require(fit.residualVariance)
        let expected = variance * (1 + 1 / n + (point - mean) * (point - mean) / sxx)

        #expect(isClose([try fit.predictionVariance(at: [1, point])], [expected]))
    }

    /// With a duplicated column, predictions in the row space (here x₀ = (1, t, t)) have the
    /// same variance as in the model without the duplicate.
    @Test func rankDeficientPredictionVarianceMatchesFullRankModel() throws {
        let ones = Array(repeating: 1.0, count: Self.x.count)
        let full = try LeastSquares().solve(design: Self.simpleDesign, response: Self.y)
        let twin = try LeastSquares().solve(design: Matrix(columns: [ones, Self.x, Self.x]), response: Self.y)

        for t in [0.0, 3.0, 10.0] {
            #expect(isClose([try twin.predictionVariance(at: [1, t, t])], [try full.predictionVariance(at: [1, t])]))
        }
    }

    /// `(XᵀX)⁺` of a rank-deficient design satisfies the Penrose conditions for A = XᵀX:
    /// A H A = A, H A H = H, and A H symmetric (H is symmetric by construction).
    @Test func unscaledCovarianceIsMoorePenroseInverse() throws {
        let ones = Array(repeating: 1.0, count: Self.x.count)
        let design = Matrix(columns: [ones, Self.x, Self.x.map { 3 * $0 - 1 }, Self.x.map { $0 * $0 }])
        let fit = try LeastSquares().solve(design: design, response: Self.y)
        let gram = design.transposed * design
        let h = fit.unscaledCovariance

        #expect(fit.rank == 3)
        #expect(isClose((gram * h * gram).elements, gram.elements))
        #expect(isClose((h * gram * h).elements, h.elements))
        #expect(isClose((gram * h).elements, (gram * h).transposed.elements))
        #expect(isClose(h.elements, h.transposed.elements))
    }

    @Test func predictionVarianceRejectsNonFiniteRow() throws {
        let fit = try LeastSquares().solve(design: Self.simpleDesign, response: Self.y)
        #expect {
            try fit.predictionVariance(at: [1, .nan])
        } throws: { error in
            guard case let .nonFinite(argument, row, _, _) = error as? LinearAlgebraError else { return false }
            return argument == "row" && row == 1
        }
    }

    /// Two points determine a line exactly: no degrees of freedom remain for σ̂².
    @Test func exactlyDeterminedFitHasNoVarianceEstimate() throws {
        let fit = try LeastSquares().solve(design: Matrix(rows: [[1, 0], [1, 1]]), response: [2, 5])
        #expect(fit.residualVariance == nil)
        #expect {
            try fit.predictionVariance(at: [1, 2])
        } throws: { error in
            guard case let .noResidualDegreesOfFreedom(observations, rank) = error as? LinearAlgebraError else {
                return false
            }
            return observations == 2 && rank == 2
        }
    }
}
