import Forecasting
import Foundation
import Statistics

/// A channel's expected leads per month, resolved from its `LeadSource`.
///
/// Inputs that are certain are folded into `.fixed` at compile time, so a trial only draws
/// what is uncertain. Effective spend with carryover θ is s_t = spend_t + θ·s_{t−1},
/// s_{−1} = prior spend (geometric adstock; Jin et al. 2017, "Bayesian methods for media
/// mix modeling with carryover and shape effects", Google).
enum ExpectedLeads: Sendable {
    case fixed([Double])
    case planned([UncertainValue])
    /// λ = s / c.
    case costPerLead(effectiveSpend: [Double], cost: UncertainValue)
    /// λ = V · s^k / (s^k + H^k), evaluated as V / (1 + (H/s)^k) for s > 0 and 0 at s = 0.
    case hill(effectiveSpend: [Double], maxLeads: UncertainValue, halfSpend: UncertainValue, slope: UncertainValue)
    case forecast(LeadForecast)

    init(_ source: LeadSource) {
        switch source {
        case .planned(let values):
            self = values.allSatisfy(\.isFixed) ? .fixed(values.map(\.mean)) : .planned(values)
        case .spend(let plan):
            let spend = Self.effectiveSpend(plan)
            switch plan.response {
            case .costPerLead(let cost):
                self = .costPerLead(effectiveSpend: spend, cost: cost)
                if cost.isFixed { self = .fixed(spend.map { Self.costPerLeadResponse($0, cost: cost.mean) }) }
            case .hill(let maxLeads, let halfSpend, let slope):
                self = .hill(effectiveSpend: spend, maxLeads: maxLeads, halfSpend: halfSpend, slope: slope)
                if maxLeads.isFixed && halfSpend.isFixed && slope.isFixed {
                    self = .fixed(spend.map {
                        Self.hillResponse($0, maxLeads: maxLeads.mean, halfSpend: halfSpend.mean, slope: slope.mean)
                    })
                }
            }
        case .forecast(let forecast):
            self = .forecast(forecast)
        }
    }

    /// s_t = spend_t + θ · s_{t−1}, starting from s_{−1} = prior spend.
    static func effectiveSpend(_ plan: SpendPlan) -> [Double] {
        var previous = plan.priorSpend
        return plan.spend.map { spend in
            previous = spend + plan.carryover * previous
            return previous
        }
    }

    static func costPerLeadResponse(_ spend: Double, cost: Double) -> Double {
        cost > 0 ? spend / cost : 0
    }

    static func hillResponse(_ spend: Double, maxLeads: Double, halfSpend: Double, slope: Double) -> Double {
        guard spend > 0 else { return 0 }
        return maxLeads / (1 + pow(halfSpend / spend, slope))
    }

    /// Writes this trial's expected leads for each month into `lambda`.
    func draw(into lambda: UnsafeMutableBufferPointer<Double>, using rng: inout RandomStream) {
        switch self {
        case .fixed(let values):
            for m in lambda.indices { lambda[m] = values[m] }
        case .planned(let values):
            for m in lambda.indices { lambda[m] = values[m].sample(using: &rng) }
        case .costPerLead(let spend, let cost):
            let c = cost.sample(using: &rng)
            for m in lambda.indices { lambda[m] = Self.costPerLeadResponse(spend[m], cost: c) }
        case .hill(let spend, let maxLeads, let halfSpend, let slope):
            let v = maxLeads.sample(using: &rng)
            let h = halfSpend.sample(using: &rng)
            let k = slope.sample(using: &rng)
            for m in lambda.indices { lambda[m] = Self.hillResponse(spend[m], maxLeads: v, halfSpend: h, slope: k) }
        case .forecast(let forecast):
            let path = forecast.model.samplePath(horizon: forecast.offset + lambda.count, using: &rng)
            for m in lambda.indices {
                let index = forecast.offset + m
                lambda[m] = index < path.count ? path[index] : 0
            }
        }
    }
}
