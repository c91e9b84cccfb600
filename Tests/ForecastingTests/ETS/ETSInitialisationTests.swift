import Foundation
import Testing
@testable import Forecasting

/// The heuristic starting states recover exact structure: a linear trend plus a fixed
/// seasonal pattern is reproduced to rounding error (1e-9) by both the classical
/// decomposition (three or more cycles) and the Fourier regression (fewer).
struct ETSInitialisationTests {
    static let form = ETSForm(error: .additive, trend: .additive, season: .additive)

    /// y at index t (time t + 1) = 100 + 2(t + 1) + pattern[t mod 4].
    static func series(count: Int, pattern: [Double]) -> [Double] {
        (0..<count).map { 100 + 2 * Double($0 + 1) + pattern[$0 % pattern.count] }
    }

    @Test("classical decomposition path (n ≥ 3m)")
    func decomposition() {
        let pattern = [-6.0, 1, 7, -2]
        let state = ETSInitialisation.states(for: Self.form, y: Self.series(count: 24, pattern: pattern), m: 4)
        #expect(abs(state.level - 100) < 1e-9 && abs(state.slope - 2) < 1e-9)
        for j in 0..<4 { #expect(abs(state.seasonal[j] - pattern[j]) < 1e-9) }
    }

    /// One Fourier pair represents a period-4 pattern exactly when it has no Nyquist term.
    @Test("Fourier regression path (n < 3m)")
    func fourier() {
        let pattern = (1...4).map { 10 * cos(Double.pi / 2 * Double($0)) + 5 * sin(Double.pi / 2 * Double($0)) }
        let state = ETSInitialisation.states(for: Self.form, y: Self.series(count: 10, pattern: pattern), m: 4)
        #expect(abs(state.level - 100) < 1e-9 && abs(state.slope - 2) < 1e-9)
        for j in 0..<4 { #expect(abs(state.seasonal[j] - pattern[j]) < 1e-9) }
    }

    @Test("multiplicative indices stay positive and sum to m")
    func multiplicativeIndices() {
        let indices = ETSInitialisation.normalisedIndices([0.5, -0.2, 3.9, 0.3])
        #expect(indices.allSatisfy { $0 > 0 })
        #expect(abs(indices.reduce(0, +) - 4) < 1e-12)
        // Already normalised indices are kept.
        let kept = ETSInitialisation.normalisedIndices([0.9, 1.1, 1.2, 0.8])
        for (a, b) in zip(kept, [0.9, 1.1, 1.2, 0.8]) { #expect(abs(a - b) < 1e-12) }
    }

    @Test("a seasonal model fits a series shorter than three cycles")
    func shortSeasonalFit() throws {
        let series = TimeSeries(values: Array(Wineind.values[0..<30]), seasonalPeriod: 12)
        let fitted = try ETS(ETSForm(error: .multiplicative, trend: .none, season: .multiplicative)).fit(series)
        let forecast = fitted.forecast(horizon: 12, levels: [0.8])
        #expect(forecast.mean.allSatisfy { $0.isFinite && $0 > 0 })
    }
}
