import Foundation
import Statistics

/// A plain simulation of one trial, lead by lead and deal by deal, written to be obviously
/// right rather than fast: the engine's fast kernel is tested against it in distribution.
///
/// It reads the `Plan` directly (not the compiled form), recomputes spend responses from
/// their textbook formulas, walks every lead through every stage with a Bernoulli draw,
/// draws each won deal's lag by inversion and its size from `deal_size`, picks the worked
/// opportunities under capacity by shuffling, and decides each open deal's win and slip
/// with two separate draws. Memory and time grow with leads and deals.
struct ReferenceSimulator {
    let plan: Plan
    let seed: UInt64

    /// One trial's revenue, `revenue[source][month]` (channels, pipeline, recurring), and
    /// its new won deals.
    struct Trial {
        var revenue: [[Double]]
        var wonDeals = 0
        var leads: [Int]
        var lostToCapacity: [Int]

        /// Window revenue counting toward the target.
        func counted(recurringCounts: Bool) -> Double {
            revenue.enumerated().reduce(0) { total, row in
                row.offset == revenue.count - 1 && !recurringCounts ? total : total + row.element.reduce(0, +)
            }
        }
    }

    /// A lead-month's opportunity from one channel, waiting for capacity.
    private struct Opportunity {
        let channel: Int
        let month: Int
    }

    func trial(_ index: UInt64) -> Trial {
        let months = plan.window.months
        let channelCount = plan.channels.count
        var trial = Trial(revenue: Array(repeating: Array(repeating: 0, count: months), count: channelCount + 2),
                          leads: Array(repeating: 0, count: channelCount),
                          lostToCapacity: Array(repeating: 0, count: channelCount))
        let rates = plan.funnel.stages.map { stage -> Double in
            var rng = RandomStream(seed: seed, component: StreamKey("funnel/stage/\(stage.name)"), trial: index)
            return min(1, max(0, stage.rate.sample(using: &rng)))
        }
        var streams: [RandomStream] = []
        var opportunities: [[Opportunity]] = Array(repeating: [], count: months)
        for (c, channel) in plan.channels.enumerated() {
            var rng = RandomStream(seed: seed, component: StreamKey("channel/\(channel.name)"), trial: index)
            let lambda = expectedLeads(channel, using: &rng)
            for t in 0..<months {
                let leads = (try? Poisson(mean: lambda[t]))?.sample(using: &rng) ?? 0
                trial.leads[c] += leads
                for _ in 0..<leads where rng.nextUnit() < rates[0] {
                    opportunities[t].append(Opportunity(channel: c, month: t))
                }
            }
            streams.append(rng)
        }
        if let capacity = plan.capacity {
            opportunities = applyCapacity(capacity, to: opportunities, trial: index, lost: &trial.lostToCapacity)
        }
        for month in opportunities {
            for opportunity in month {
                var won = true
                for rate in rates.dropFirst() where won { won = streams[opportunity.channel].nextUnit() < rate }
                guard won else { continue }
                trial.wonDeals += 1
                let u = streams[opportunity.channel].nextUnit()
                var lag = 0
                var cumulative = plan.funnel.cycleMonths[0]
                while u >= cumulative && lag + 1 < plan.funnel.cycleMonths.count {
                    lag += 1
                    cumulative += plan.funnel.cycleMonths[lag]
                }
                let close = opportunity.month + lag
                if close < months {
                    trial.revenue[opportunity.channel][close] += max(0, plan.funnel.dealSize.sample(using: &streams[opportunity.channel]))
                }
            }
        }
        if let pipeline = plan.pipeline { addPipeline(pipeline, to: &trial, trial: index) }
        if let recurring = plan.recurring {
            var rng = RandomStream(seed: seed, component: StreamKey("recurring"), trial: index)
            var mrr = max(0, recurring.startingMRR.sample(using: &rng))
            let churn = min(1, max(0, recurring.churnMonthly.sample(using: &rng)))
            for m in 0..<months {
                mrr = mrr * (1 - churn)
                trial.revenue[channelCount + 1][m] = mrr
            }
        }
        return trial
    }

    private func expectedLeads(_ channel: Channel, using rng: inout RandomStream) -> [Double] {
        let months = plan.window.months
        let multiplier = channel.uncertainty?.sample(using: &rng) ?? 1
        var lambda: [Double]
        switch channel.leads {
        case .planned(let values):
            lambda = values.map { $0.sample(using: &rng) }
        case .spend(let spendPlan):
            var effective: [Double] = []
            var previous = spendPlan.priorSpend
            for t in 0..<months {
                previous = spendPlan.spend[t] + spendPlan.carryover * previous
                effective.append(previous)
            }
            switch spendPlan.response {
            case .costPerLead(let cost):
                let c = cost.sample(using: &rng)
                lambda = effective.map { $0 / c }
            case .hill(let maxLeads, let halfSpend, let slope):
                let v = maxLeads.sample(using: &rng)
                let h = halfSpend.sample(using: &rng)
                let k = slope.sample(using: &rng)
                lambda = effective.map { s in v * pow(s, k) / (pow(s, k) + pow(h, k)) }
            }
        case .forecast(let forecast):
            lambda = Array(forecast.model.samplePath(horizon: forecast.offset + months, using: &rng).suffix(months))
        }
        return lambda.map { max(0, $0 * multiplier) }
    }

    private func applyCapacity(
        _ capacity: Capacity, to opportunities: [[Opportunity]], trial index: UInt64, lost: inout [Int]
    ) -> [[Opportunity]] {
        var rng = RandomStream(seed: seed, component: StreamKey("capacity"), trial: index)
        let perRep = max(0, capacity.opportunitiesPerRepMonth.sample(using: &rng))
        let attrition = min(1, max(0, capacity.attritionMonthly.sample(using: &rng)))
        var reps: [(start: Int, ramp: [Double])] = Array(repeating: (0, []), count: capacity.reps)
        for hire in capacity.hires { reps += Array(repeating: (hire.month, hire.ramp), count: hire.count) }
        var worked: [[Opportunity]] = []
        for (t, month) in opportunities.enumerated() {
            var slots = 0.0
            for rep in reps where t >= rep.start {
                let tenure = t - rep.start
                slots += (tenure < rep.ramp.count ? rep.ramp[tenure] : 1) * perRep
            }
            var shuffled = month
            for i in stride(from: shuffled.count - 1, to: 0, by: -1) {
                shuffled.swapAt(i, rng.nextIndex(below: i + 1))
            }
            let kept = min(shuffled.count, Int(slots.rounded(.down)))
            for opportunity in shuffled[kept...] { lost[opportunity.channel] += 1 }
            worked.append(Array(shuffled[..<kept]))
            reps = reps.filter { rep in t < rep.start || rng.nextUnit() >= attrition }
        }
        return worked
    }

    private func addPipeline(_ pipeline: Pipeline, to trial: inout Trial, trial index: UInt64) {
        let months = plan.window.months
        var rng = RandomStream(seed: seed, component: StreamKey("pipeline"), trial: index)
        let slip = min(1, max(0, pipeline.slip.sample(using: &rng)))
        var rates: [String: Double] = [:]
        for stage in pipeline.winRates.keys.sorted() {
            rates[stage] = min(1, max(0, pipeline.winRates[stage]?.sample(using: &rng) ?? 0))
        }
        for deal in pipeline.deals {
            let won = rng.nextUnit() < rates[deal.stage, default: 0]
            let slipped = rng.nextUnit() < slip
            let month = max(0, deal.closeMonth) + (slipped ? 1 : 0)
            if won && month < months { trial.revenue[plan.channels.count][month] += deal.amount }
        }
    }
}
