@testable import Reports
import Simulation
import Testing

/// "revenue per extra spend" keeps two significant digits of its standard error, so a
/// precise estimate never reads "± 0.00".
@Suite struct ComparisonTextReportTests {
    @Test(arguments: [
        (Estimate(value: 2.123456, standardError: 0.0042), "2.1235 ± 0.0042"),
        (Estimate(value: 2.123456, standardError: 0.000031), "2.123456 ± 0.000031"),
        (Estimate(value: 2.123456, standardError: 0.35), "2.12 ± 0.35"),
        (Estimate(value: 2.123456, standardError: 1.7), "2.1 ± 1.7"),
        (Estimate(value: 14.2, standardError: 12.4), "14 ± 12"),
        (Estimate(value: -0.5, standardError: 0.0123), "-0.500 ± 0.012"),
        (Estimate(value: 2.123456, standardError: 0), "2.12 ± 0"),
        (Estimate(value: 2.123456, standardError: 3e-8), "2.123456 ± 3.0e-08"),
        (Estimate(value: 2.123456, standardError: .nan), "2.12 ± n/a"),
    ])
    func standardErrorKeepsTwoSignificantDigits(estimate: Estimate, expected: String) {
        #expect(ComparisonTextReport.withError(estimate) == expected)
    }
}
