import Foundation

/// Expected new-business revenue of a plan's spend channels as a deterministic function of
/// the spend allocation, for fast optimisation.
///
/// For channel c and month t, expected leads are λ_ct = E[M_c] · r(s_ct), with s the
/// effective spend s_ct = x_ct + θ_c s_c,t−1 (s_c,−1 = prior spend) and r the response at the
/// means of its parameters: s/cost, or V s^k / (s^k + H^k) (Hill). Each lead becomes revenue
/// inside the window with expectation Π_stages E[rate] · E[deal size] · w_t, where
/// w_t = P(lag ≤ M − 1 − t). So
///
///     f(x) = Σ_c K_c Σ_t w_t r_c(s_ct),  K_c = E[M_c] Π E[rate] E[size],
///     ∂f/∂x_cu = K_c Σ_{t ≥ u} w_t r_c'(s_ct) θ_c^(t − u).
///
/// It is exact when the response parameters are fixed and there is no capacity limit (the
/// engine's Poisson thinning has exactly this mean); uncertain response parameters enter at
/// their means (Jensen's gap: a concave response overstates slightly) and capacity limits
/// are ignored here — the Monte Carlo check of the result includes both.
struct ExpectedRevenueModel: Sendable {
    struct ChannelModel: Sendable {
        let scale: Double
        let response: Response
        let carryover: Double
        let priorSpend: Double
    }

    enum Response: Sendable {
        case linear(costPerLead: Double)
        case hill(maxLeads: Double, halfSpend: Double, slope: Double)

        func leads(_ s: Double) -> Double {
            switch self {
            case .linear(let cost): return s / cost
            case .hill(let v, let h, let k):
                guard s > 0 else { return 0 }
                let sk = pow(s, k)
                return v * sk / (sk + pow(h, k))
            }
        }

        /// dλ/ds; at s = 0 with slope < 1 (infinite) the slope at `ExpectedRevenueModel.tinySpend`.
        func slope(_ s: Double) -> Double {
            switch self {
            case .linear(let cost): return 1 / cost
            case .hill(let v, let h, let k):
                let x = Swift.max(s, ExpectedRevenueModel.tinySpend)
                let sk = pow(x, k), hk = pow(h, k)
                return v * k * sk / x * hk / ((sk + hk) * (sk + hk))
            }
        }
    }

    /// Spend at which a zero-spend Hill slope is evaluated (one currency unit's millionth).
    static let tinySpend = 1e-6

    let channels: [ChannelModel]
    /// w_t.
    let inWindow: [Double]
    /// Revenue per expected lead before the in-window share: Π E[rate] · E[size].
    let revenuePerLead: Double

    init(_ plan: Plan, allocation: SpendAllocation) {
        let months = plan.window.months
        let lags = plan.funnel.cycleMonths
        inWindow = (0..<months).map { t in lags.prefix(months - t).reduce(0, +) }
        revenuePerLead = plan.funnel.stages.reduce(1) { $0 * $1.rate.mean } * plan.funnel.dealSize.mean
        channels = allocation.channels.map { name in
            let channel = plan.channels.first { $0.name == name }!
            guard case .spend(let spend) = channel.leads else { preconditionFailure("allocation channels spend") }
            let response: Response = switch spend.response {
            case .costPerLead(let cost): .linear(costPerLead: cost.mean)
            case .hill(let v, let h, let k): .hill(maxLeads: v.mean, halfSpend: h.mean, slope: k.mean)
            }
            return ChannelModel(scale: channel.uncertainty?.mean ?? 1, response: response,
                                carryover: spend.carryover, priorSpend: spend.priorSpend)
        }
    }

    /// Effective spend s_ct of one channel.
    private func effective(_ c: Int, _ x: [Double]) -> [Double] {
        var s = channels[c].priorSpend
        return x.map { value in
            s = value + channels[c].carryover * s
            return s
        }
    }

    /// Expected leads of channel c by month.
    func leads(_ c: Int, _ x: [Double]) -> [Double] {
        effective(c, x).map { channels[c].scale * channels[c].response.leads($0) }
    }

    /// f(x): expected in-window revenue of the spend channels.
    func revenue(_ allocation: [[Double]]) -> Double {
        var total = 0.0
        for c in channels.indices {
            for (t, lambda) in leads(c, allocation[c]).enumerated() { total += lambda * inWindow[t] }
        }
        return total * revenuePerLead
    }

    /// ∂(expected leads over the window)/∂x_cu and ∂f/∂x_cu for every channel and month.
    func marginals(_ allocation: [[Double]]) -> (leads: [[Double]], revenue: [[Double]]) {
        var leads: [[Double]] = []
        var revenue: [[Double]] = []
        for c in channels.indices {
            let model = channels[c]
            let slopes = effective(c, allocation[c]).map { model.scale * model.response.slope($0) }
            let months = slopes.count
            var leadRow = Array(repeating: 0.0, count: months)
            var revenueRow = Array(repeating: 0.0, count: months)
            for u in 0..<months {
                var decay = 1.0
                for t in u..<months {
                    leadRow[u] += slopes[t] * decay
                    revenueRow[u] += slopes[t] * decay * inWindow[t] * revenuePerLead
                    decay *= model.carryover
                }
            }
            leads.append(leadRow)
            revenue.append(revenueRow)
        }
        return (leads, revenue)
    }
}
