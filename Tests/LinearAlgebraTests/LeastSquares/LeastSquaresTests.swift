import LinearAlgebra
import Testing

/// Rank decisions, minimum-norm solutions and input validation of ``LeastSquares``.
///
/// Tolerances: these designs have equilibrated condition numbers below 10³, so a backward-stable
/// solve is accurate to about 10³ · ε ≈ 2e-13 relative; 1e-10 leaves three digits of room.
@Suite("Least squares")
struct LeastSquaresTests {
    static let tolerance = 1e-10

    static let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
    static let y: [Double] = [3.1, 4.9, 7.2, 8.8, 11.1, 13.0, 14.8, 17.2]

    /// A column that duplicates another leaves rank 2 of 3; the minimum-norm solution splits
    /// the slope equally between the twins, and the fit equals the full-rank fit.
    @Test func duplicateColumnGivesMinimumNormSolution() throws {
        let ones = Array(repeating: 1.0, count: Self.x.count)
        let full = try LeastSquares().solve(design: Matrix(columns: [ones, Self.x]), response: Self.y)
        let twin = try LeastSquares().solve(design: Matrix(columns: [ones, Self.x, Self.x]), response: Self.y)

        #expect(full.rank == 2)
        #expect(twin.rank == 2)
        #expect(twin.degreesOfFreedom == Self.x.count - 2)
        let expected = [full.coefficients[0], full.coefficients[1] / 2, full.coefficients[1] / 2]
        #expect(isClose(twin.coefficients, expected))
        #expect(isClose(twin.fittedValues, full.fittedValues))
        #expect(isClose([twin.residualSumOfSquares], [full.residualSumOfSquares]))
    }

    /// Twins of different length (x and 10x): the minimum-2-norm split of a slope b is
    /// b·(1, 10)/101, not the equal split a column-scaled solver would return.
    @Test func scaledDuplicateColumnGivesMinimumNormInOriginalUnits() throws {
        let tenfold = Self.x.map { 10 * $0 }
        let single = try LeastSquares().solve(design: Matrix(columns: [Self.x]), response: Self.y)
        let pair = try LeastSquares().solve(design: Matrix(columns: [Self.x, tenfold]), response: Self.y)

        #expect(pair.rank == 1)
        let slope = single.coefficients[0]
        #expect(isClose(pair.coefficients, [slope / 101, 10 * slope / 101]))
        #expect(isClose(pair.fittedValues, single.fittedValues))
    }

    /// An exact line through a rank-deficient design is reproduced exactly (to rounding).
    @Test func rankDeficientExactFitReproducesResponse() throws {
        let response = Self.x.map { 2 + 3 * $0 }
        let design = Matrix(columns: [Array(repeating: 1, count: Self.x.count), Self.x, Self.x.map { 2 * $0 }])
        let fit = try LeastSquares().solve(design: design, response: response)

        #expect(fit.rank == 2)
        #expect(isClose(fit.fittedValues, response))
        #expect(fit.residuals.allSatisfy { abs($0) <= Self.tolerance })
    }

    /// Fewer observations than coefficients: the minimum-norm solution `Xᵀ(XXᵀ)⁻¹y`, worked
    /// by hand for X = [[1, 1, 0], [1, 0, 1]], y = (1, 2): (XXᵀ)⁻¹y = (0, 1), so β = (1, 0, 1).
    @Test func underdeterminedSystemGivesMinimumNormSolution() throws {
        let fit = try LeastSquares().solve(
            design: Matrix(rows: [[1, 1, 0], [1, 0, 1]]), response: [1, 2])

        #expect(fit.rank == 2)
        #expect(isClose(fit.coefficients, [1, 0, 1]))
        #expect(isClose(fit.fittedValues, [1, 2]))
        #expect(fit.degreesOfFreedom == 0)
        #expect(fit.residualVariance == nil)
        #expect(throws: LinearAlgebraError.self) { try fit.standardErrors() }
    }

    /// An all-zero design has rank 0; the minimum-norm coefficients are zero.
    @Test func zeroDesignHasRankZero() throws {
        let fit = try LeastSquares().solve(design: Matrix(rows: 4, columns: 2), response: [1, 2, 3, 4])
        #expect(fit.rank == 0)
        #expect(fit.coefficients == [0, 0])
        #expect(fit.residuals == [1, 2, 3, 4])
    }

    /// The rank does not depend on units: multiplying a regressor by 10¹² leaves rank 2 and
    /// divides its coefficient by 10¹².
    @Test func rankIsScaleInvariant() throws {
        let ones = Array(repeating: 1.0, count: Self.x.count)
        let plain = try LeastSquares().solve(design: Matrix(columns: [ones, Self.x]), response: Self.y)
        let huge = try LeastSquares().solve(
            design: Matrix(columns: [ones, Self.x.map { $0 * 1e12 }]), response: Self.y)

        #expect(huge.rank == 2)
        #expect(isClose([huge.coefficients[1] * 1e12], [plain.coefficients[1]]))
        #expect(isClose(huge.fittedValues, plain.fittedValues))
    }

    /// A column that differs from another by 1e-7 relative is kept at the default tolerance
    /// (max(n, p)·ε ≈ 2e-15) and dropped at a tolerance of 1e-4.
    @Test func relativeToleranceControlsRank() throws {
        let nearTwin = zip(Self.x, Self.y).map { $0 + 1e-7 * $1 }
        let design = Matrix(columns: [Self.x, nearTwin])
        #expect(try LeastSquares().solve(design: design, response: Self.y).rank == 2)
        #expect(try LeastSquares(relativeTolerance: 1e-4).solve(design: design, response: Self.y).rank == 1)
        #expect(LeastSquares.defaultRelativeTolerance(rows: 8, columns: 2) == 8 * Double.ulpOfOne)
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteDesignEntryIsRejected(value: Double) {
        var design = Matrix(columns: [Array(repeating: 1, count: Self.x.count), Self.x])
        design[5, 1] = value
        #expect {
            try LeastSquares().solve(design: design, response: Self.y)
        } throws: { error in
            guard case let .nonFinite(argument, row, column, _) = error as? LinearAlgebraError else { return false }
            return argument == "design" && row == 5 && column == 1
        }
    }

    @Test func nonFiniteResponseIsRejected() {
        var response = Self.y
        response[3] = .nan
        #expect {
            try LeastSquares().solve(design: Matrix(columns: [Self.x]), response: response)
        } throws: { error in
            guard case let .nonFinite(argument, row, _, value) = error as? LinearAlgebraError else { return false }
            return argument == "response" && row == 3 && value.isNaN
        }
    }

    /// Residuals near 10²⁰⁰ square to infinity: the fit throws instead of returning infinities.
    @Test func overflowingResidualsAreRejected() {
        #expect {
            try LeastSquares().solve(design: Matrix(columns: [[1, 1, 1]]), response: [1e200, -1e200, 1e200])
        } throws: { error in
            guard case .overflow = error as? LinearAlgebraError else { return false }
            return true
        }
    }

    @Test func emptyDesignIsRejected() {
        #expect {
            try LeastSquares().solve(design: Matrix(rows: 3, columns: 0), response: [1, 2, 3])
        } throws: { error in
            guard case let .empty(argument, _, _) = error as? LinearAlgebraError else { return false }
            return argument == "design"
        }
    }
}

/// Whether the vectors agree entrywise to `LeastSquaresTests.tolerance`, relative to the
/// larger magnitude (absolute near zero).
func isClose(_ a: [Double], _ b: [Double], tolerance: Double = LeastSquaresTests.tolerance) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($0), abs($1)) }
}
