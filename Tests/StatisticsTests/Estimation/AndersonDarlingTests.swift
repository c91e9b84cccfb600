import Statistics
import Testing

@Suite struct AndersonDarlingTests {
    /// Reference: SciPy 1.17 `scipy.stats.anderson(x, "norm").statistic` (A², sd with n − 1),
    /// an independent implementation; tolerance 1e-12 (rounding in 12 log-CDF terms).
    @Test func matchesReferenceStatistic() throws {
        let values = [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 7.9, 3.1, 2.2, 4.0, 3.7]
        let test = try #require(AndersonDarling(normalityOf: values))
        #expect(abs(test.statistic - 0.5738790108712539) <= 1e-12)
        let n = 12.0
        #expect(abs(test.modifiedStatistic - test.statistic * (1 + 0.75 / n + 2.25 / (n * n))) <= 1e-15)
    }

    /// The p-value formula (D'Agostino & Stephens 1986, Table 4.9) and the 5% critical value
    /// of Table 4.7 are separate publications of the same distribution: at A*² = 0.752 the
    /// formula gives 0.0503, within 0.001 of 5%. The p-value decreases across the formula's
    /// four branches and stays positive past the cap.
    @Test func pValueConsistentWithCriticalValue() throws {
        #expect(abs(AndersonDarling.pValue(modifiedStatistic: AndersonDarling.criticalValue5Percent) - 0.05) <= 1e-3)
        let grid = stride(from: 0.05, through: 12, by: 0.01).map { AndersonDarling.pValue(modifiedStatistic: $0) }
        for (a, b) in zip(grid, grid.dropFirst()) { #expect(b <= a + 1e-3) }
        #expect(grid.allSatisfy { $0 > 0 && $0 <= 1 })
    }

    @Test func undefinedCases() {
        #expect(AndersonDarling(normalityOf: [1, 2, 3, 4, 5, 6, 7]) == nil)
        #expect(AndersonDarling(normalityOf: [Double](repeating: 2, count: 10)) == nil)
        #expect(AndersonDarling(normalityOf: [1, 2, 3, 4, 5, 6, 7, .infinity]) == nil)
    }
}
