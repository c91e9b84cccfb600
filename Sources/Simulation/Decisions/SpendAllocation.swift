/// Marketing spend of each spend channel in each month of the window.
public struct SpendAllocation: Sendable, Equatable {
    /// The plan's spend channels, in plan order.
    public var channels: [String]
    /// `spend[c][t]`: channel c, month t.
    public var spend: [[Double]]

    /// The allocation in `plan` as given.
    init(_ plan: Plan) {
        var channels: [String] = []
        var spend: [[Double]] = []
        for channel in plan.channels {
            guard case .spend(let plan) = channel.leads else { continue }
            channels.append(channel.name)
            spend.append(plan.spend)
        }
        self.channels = channels
        self.spend = spend
    }

    init(channels: [String], spend: [[Double]]) {
        self.channels = channels
        self.spend = spend
    }

    public var total: Double { spend.reduce(0) { $0 + $1.reduce(0, +) } }

    /// Window total of each channel.
    public var channelTotals: [Double] { spend.map { $0.reduce(0, +) } }

    /// `plan` with this allocation's monthly spend.
    func applied(to plan: Plan) -> Plan {
        var copy = plan
        for (c, name) in channels.enumerated() {
            guard let index = copy.channels.firstIndex(where: { $0.name == name }),
                  case .spend(var spendPlan) = copy.channels[index].leads else { continue }
            spendPlan.spend = spend[c]
            copy.channels[index].leads = .spend(spendPlan)
        }
        return copy
    }

    /// The allocation scaled to a new total (spread evenly when it is all zero).
    func scaled(toTotal budget: Double) -> SpendAllocation {
        let current = total
        let cells = Double(spend.reduce(0) { $0 + $1.count })
        return SpendAllocation(channels: channels, spend: spend.map { row in
            row.map { current > 0 ? $0 * budget / current : budget / cells }
        })
    }
}
