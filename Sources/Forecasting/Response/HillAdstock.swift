import RealModule

/// A channel's expected leads as a function of its spend history: geometric carry-over
/// (adstock) followed by Hill saturation.
///
///     sₜ = xₜ + θ·sₜ₋₁,  s₋₁ = 0                          (geometric adstock; Broadbent 1979)
///     λₜ = V · sₜᵏ / (sₜᵏ + Hᵏ)                           (Hill 1910)
///
/// V (`maxLeads`) is the ceiling of leads per period, H (`halfSpend`) the effective spend that
/// yields V/2, k (`slope`) the steepness (k > 1: S-shaped, k ≤ 1: concave from the start) and
/// θ (`carryover`) the share of a period's effective spend that carries into the next. H is
/// in the units of effective spend, which a steady spend x raises to x/(1 − θ). Spend before
/// the first period is taken as 0, so the first few periods understate effective spend by
/// θᵗ⁺¹ times the unknown earlier level. (Jin et al., "Bayesian methods for media mix modeling
/// with carryover and shape effects", Google, 2017, use the same two transforms.)
public struct HillAdstock: Sendable, Equatable {
    public let maxLeads: Double
    public let halfSpend: Double
    public let slope: Double
    public let carryover: Double

    /// - Throws: `FitError` unless maxLeads ≥ 0, halfSpend > 0, slope > 0 (all finite) and
    ///   0 ≤ carryover < 1.
    public init(maxLeads: Double, halfSpend: Double, slope: Double, carryover: Double) throws(FitError) {
        let model = "hill"
        guard maxLeads.isFinite && maxLeads >= 0 else { throw FitError(model: model, reason: "max leads \(maxLeads) must be non-negative") }
        guard halfSpend.isFinite && halfSpend > 0 else { throw FitError(model: model, reason: "half spend \(halfSpend) must be positive") }
        guard slope.isFinite && slope > 0 else { throw FitError(model: model, reason: "slope \(slope) must be positive") }
        guard carryover >= 0 && carryover < 1 else { throw FitError(model: model, reason: "carryover \(carryover) must be in [0, 1)") }
        self.maxLeads = maxLeads
        self.halfSpend = halfSpend
        self.slope = slope
        self.carryover = carryover
    }

    /// Effective spend sₜ = xₜ + θ·sₜ₋₁ with s₋₁ = 0.
    /// - Complexity: O(n).
    public static func effectiveSpend(_ spend: [Double], carryover: Double) -> [Double] {
        var carried = 0.0
        return spend.map { x in
            carried = x + carryover * carried
            return carried
        }
    }

    /// The saturating fraction sᵏ/(sᵏ + Hᵏ) = 1/(1 + (H/s)ᵏ), 0 for s ≤ 0.
    @inlinable
    static func saturation(_ effective: Double, halfSpend: Double, slope: Double) -> Double {
        effective > 0 ? 1 / (1 + Double.pow(halfSpend / effective, slope)) : 0
    }

    /// λ for one period's effective spend.
    public func leads(effectiveSpend s: Double) -> Double {
        maxLeads * Self.saturation(s, halfSpend: halfSpend, slope: slope)
    }

    /// λₜ for each period of a spend series.
    public func expectedLeads(spend: [Double]) -> [Double] {
        Self.effectiveSpend(spend, carryover: carryover).map(leads(effectiveSpend:))
    }
}
