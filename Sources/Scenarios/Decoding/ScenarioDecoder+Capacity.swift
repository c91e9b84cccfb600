import Simulation

extension ScenarioDecoder {
    /// `capacity: { reps, opportunities_per_rep_month, hires, attrition_monthly }`.
    mutating func capacity(_ node: ScenarioNode) -> Capacity? {
        guard let fields = fields(node, "a mapping { reps, opportunities_per_rep_month, hires, attrition_monthly }",
                                  allowed: ["reps", "opportunities_per_rep_month", "hires", "attrition_monthly"],
                                  required: ["reps", "opportunities_per_rep_month"])
        else { return nil }
        let reps = fields["reps"].flatMap { integer($0, "reps") }
        let perRep = fields["opportunities_per_rep_month"].flatMap { value($0, .nonNegative("opportunities per rep")) }
        let hires = fields["hires"].flatMap { self.hires($0) }
        let attrition = fields["attrition_monthly"].flatMap { value($0, .rate("attrition")) }
        guard let reps, let perRep, fields["hires"] == nil || hires != nil,
              fields["attrition_monthly"] == nil || attrition != nil
        else { return nil }
        return Capacity(reps: reps, opportunitiesPerRepMonth: perRep, hires: hires ?? [], attritionMonthly: attrition ?? .fixed(0))
    }

    /// `hires: [ { month: 2026-08, count: 2, ramp: [0.25, 0.5, 1] } ]`, months inside the window.
    private mutating func hires(_ node: ScenarioNode) -> [Hire]? {
        guard let items = list(node, "a list of hires, e.g. [ { month: 2026-08, count: 2 } ]") else { return nil }
        let errorCount = errors.count
        var hires: [Hire] = []
        var seen: [Int: ScenarioNode] = [:]
        for item in items {
            guard let fields = fields(item, "a hire mapping { month, count, ramp }",
                                      allowed: ["month", "count", "ramp"], required: ["month", "count"])
            else { continue }
            let month = fields["month"].flatMap { hireMonth($0) }
            let count = fields["count"].flatMap { integer($0, "hire count") }
            let ramp = fields["ramp"].flatMap { self.ramp($0) }
            guard let month, let count, fields["ramp"] == nil || ramp != nil else { continue }
            if let first = seen[month] {
                report(fields["month"] ?? item, "two hires in the same month (first at \(first.location))",
                       suggestion: "merge them into one entry with the total count")
                continue
            }
            seen[month] = fields["month"] ?? item
            hires.append(Hire(month: month, count: count, ramp: ramp ?? []))
        }
        return errors.count == errorCount ? hires : nil
    }

    /// The hire's month as an index into the window.
    private mutating func hireMonth(_ node: ScenarioNode) -> Int? {
        guard let month = yearMonth(node), let window else { return nil }
        let index = month.months(since: window.start)
        guard (0..<window.months).contains(index) else {
            let last = window.month(window.months - 1)
            report(node, "hire month \(month) is outside the window \(window.start) to \(last)")
            return nil
        }
        return index
    }

    private mutating func ramp(_ node: ScenarioNode) -> [Double]? {
        guard let items = list(node, "a list of productivity factors, e.g. [0.25, 0.5, 1]") else { return nil }
        let factors = items.map { plainNumber($0, .rate("ramp factor")) }
        let valid = factors.compactMap { $0 }
        return valid.count == factors.count ? valid : nil
    }
}
