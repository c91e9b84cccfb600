extension ScenarioDecoder {
    /// Longest plan window accepted, in months: ten years is far beyond any sales plan, and
    /// the limit keeps per-month arrays small whatever a file says.
    static let maximumWindowMonths = 120

    /// One value per month of the window: a list of exactly `window.months` entries, or a
    /// single value that applies to every month.
    /// - Parameter element: decodes one entry, reporting its own problems.
    /// - Returns: nil when an entry is invalid, the length is wrong or the window is unknown.
    mutating func perMonth<Element>(
        _ node: ScenarioNode, _ noun: String, element: (inout ScenarioDecoder, ScenarioNode) -> Element?
    ) -> [Element]? {
        guard let items = node.items else {
            guard let single = element(&self, node), let months = window?.months else { return nil }
            return Array(repeating: single, count: months)
        }
        let decoded = items.map { element(&self, $0) }
        if let months = window?.months, items.count != months {
            report(node, "expected \(months) \(noun) values (one per month of the window), found \(items.count)",
                   expected: "\(months) values", found: "\(items.count)")
            return nil
        }
        let values = decoded.compactMap { $0 }
        return values.count == items.count && window != nil ? values : nil
    }
}
