import Forecasting
import Simulation

extension ScenarioDecoder {
    /// The marketing-mix tools whose fitted curves `response:` accepts as exported.
    static let marketingMixTools = ["robyn", "meridian", "pymc_marketing"]

    /// `response: { robyn: {…} }`, `{ meridian: {…} }` or `{ pymc_marketing: {…} }`: a tool's
    /// parameters converted to a Hill curve and its carry-over (`HillAdstock.robyn`,
    /// `.meridian`, `.pymcMarketing`); docs/estimate.md gives each conversion.
    /// - Parameters:
    ///   - tool: one of `marketingMixTools`.
    ///   - node: the tool's mapping, where problems are reported.
    /// - Returns: the response and the carry-over the tool fitted; nil after reporting.
    mutating func marketingMixResponse(_ tool: String, _ node: ScenarioNode) -> (Simulation.SpendResponse, carryover: Double)? {
        let keys: [String] = switch tool {
        case "robyn": ["alpha", "gamma", "theta", "coefficient", "spend_range"]
        case "meridian": ["ec", "slope", "alpha", "max_lag", "beta", "media_scale", "response_scale"]
        default: ["lam", "alpha", "l_max", "beta", "channel_scale", "target_scale"]
        }
        guard let fields = fields(node, "a mapping { \(keys.joined(separator: ", ")) }", allowed: keys, required: keys) else { return nil }
        var numbers: [String: Double] = [:]
        for key in keys where key != "spend_range" {
            guard let field = fields[key] else { return nil }
            let noun = "\(tool) \(key)"
            let number: Double? = switch key {
            case "max_lag": integer(field, noun).map(Double.init)
            case "l_max": integer(field, noun, minimum: 1).map(Double.init)
            case "gamma", "theta": plainNumber(field, .rate(noun))
            case "alpha" where tool != "robyn": plainNumber(field, .rate(noun))  // adstock decay; Robyn's alpha is the Hill shape
            default: plainNumber(field, .nonNegative(noun))
            }
            guard let number else { continue }
            numbers[key] = number
        }
        var range: ClosedRange<Double>?
        if let rangeNode = fields["spend_range"] { range = spendRange(rangeNode) }
        guard numbers.count == keys.count - (tool == "robyn" ? 1 : 0), tool != "robyn" || range != nil else { return nil }
        let n = { (key: String) in numbers[key]! }
        do throws(FitError) {
            let curve: HillAdstock = switch tool {
            case "robyn":
                try .robyn(alpha: n("alpha"), gamma: n("gamma"), theta: n("theta"), coefficient: n("coefficient"), adstockedSpendRange: range!)
            case "meridian":
                try .meridian(ec: n("ec"), slope: n("slope"), alpha: n("alpha"), maxLag: Int(n("max_lag")), beta: n("beta"),
                              mediaScale: n("media_scale"), responseScale: n("response_scale"))
            default:
                try .pymcMarketing(lambda: n("lam"), alpha: n("alpha"), lMax: Int(n("l_max")), beta: n("beta"),
                                   channelScale: n("channel_scale"), targetScale: n("target_scale"))
            }
            return (Simulation.SpendResponse.hill(maxLeads: .fixed(curve.maxLeads), halfSpend: .fixed(curve.halfSpend), slope: .fixed(curve.slope)),
                    curve.carryover)
        } catch {
            report(node, "these \(tool) parameters do not give a response curve: \(error.reason)")
            return nil
        }
    }

    /// `[min, max]` of the adstocked spend over the tool's modelling window.
    private mutating func spendRange(_ node: ScenarioNode) -> ClosedRange<Double>? {
        guard let items = list(node, "a list [min, max]") else { return nil }
        guard items.count == 2 else {
            report(node, "spend_range needs 2 entries [min, max], found \(items.count)")
            return nil
        }
        guard let low = plainNumber(items[0], .nonNegative("spend range")), let high = plainNumber(items[1], .nonNegative("spend range")) else { return nil }
        guard low <= high else {
            report(node, "spend_range [\(NumberText.exact(low)), \(NumberText.exact(high))] has min above max")
            return nil
        }
        return low...high
    }
}
