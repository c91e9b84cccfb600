import Forecasting
import Statistics

/// A CRM with a known truth, drawn with a fixed seed: a deal export and its stage history.
///
/// Every deal enters discovery in its created month and one stage a month after that. From
/// discovery it is lost (45%), moves to proposal (45%) or skips to negotiation (10%); from
/// proposal it is lost (40%) or moves to negotiation (60%); from negotiation it is won (55%) or
/// lost, a month later. So P(won | reached negotiation) = 0.55, P(won | reached proposal) =
/// 0.6·0.55 = 0.33 and P(won | reached discovery) = 0.45·0.33 + 0.10·0.55 = 0.2035.
/// A share `openShare` of deals, chosen independently of their path, is still open, stopped at
/// a uniformly chosen stage of its path (independent censoring). A won deal closed later
/// than expected with probability `slip`: one month late (70%) or two (30%), mean 1.3.
struct SyntheticCRM {
    static let truth = ["discovery": 0.2035, "proposal": 0.33, "negotiation": 0.55]
    static let slip = 0.3
    static let meanMonthsLate = 1.3
    static let openShare = 0.15

    var deals = ["id,created,closed,outcome,amount,stage,expected_close"]
    var stages = ["deal_id,stage,entered"]

    init(count: Int, seed: UInt64) {
        var rng = RandomStream(seed: seed, component: StreamKey("synthetic-crm"))
        let start = YearMonth(year: 2024, month: 1)
        for number in 1...count {
            let created = start.adding(months: rng.nextIndex(below: 24))
            var path = ["discovery"]
            let first = rng.nextUnit()
            if first >= 0.90 {
                path.append("negotiation")
            } else if first >= 0.45 {
                path.append("proposal")
                if rng.nextUnit() < 0.6 { path.append("negotiation") }
            }
            let won = path.last == "negotiation" && rng.nextUnit() < 0.55
            let open = rng.nextUnit() < Self.openShare
            let entered = open ? Array(path.prefix(1 + rng.nextIndex(below: path.count))) : path
            let id = "S\(number)"
            for (offset, stage) in entered.enumerated() { stages.append("\(id),\(stage),\(created.adding(months: offset))") }
            let stage = entered.last!
            guard !open else {
                deals.append("\(id),\(created),,open,,\(stage),")
                continue
            }
            let closed = created.adding(months: path.count)
            stages.append("\(id),\(won ? "won" : "lost"),\(closed)")
            var expected = closed
            if won, rng.nextUnit() < Self.slip { expected = closed.adding(months: rng.nextUnit() < 0.7 ? -1 : -2) }
            deals.append("\(id),\(created),\(closed),\(won ? "won" : "lost"),\(1000 + number),\(stage),\(expected)")
        }
    }

    var dealsCSV: String { deals.joined(separator: "\n") + "\n" }
    var stagesCSV: String { stages.joined(separator: "\n") + "\n" }
}
