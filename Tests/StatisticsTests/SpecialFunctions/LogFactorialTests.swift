import Foundation
@testable import Statistics
import Testing

@Suite struct LogFactorialTests {
    /// Table entries and the Stirling branch against lgamma (glibc, under 1 ULP of its
    /// result): relative 1e−14 covers both roundings at the table/series boundary and beyond.
    @Test(arguments: [0, 1, 2, 10, 100, 255, 256, 257, 1000, 123_456, 10_000_000, 1 << 40])
    func matchesLogGamma(k: Int) {
        let reference: Double = lgamma(Double(k) + 1)
        #expect(abs(LogFactorial.of(k) - reference) <= 1e-14 * max(1, abs(reference)))
    }
}
