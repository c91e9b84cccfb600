import Foundation
import Simulation

extension ScenarioDecoder {
    /// Every top-level key of a scenario file.
    static let scenarioKeys = [
        "scenario", "extends", "window", "target", "currency", "trials", "seed", "history",
        "channels", "funnel", "pipeline", "capacity", "recurring", "strategies", "expect", "optimize",
    ]
    /// Keys a scenario must have once `extends` is resolved.
    static let requiredScenarioKeys = ["scenario", "window", "target", "channels", "funnel"]
    /// The keys a strategy may change (besides its `name`); the window, run settings and
    /// checks belong to the scenario.
    static let strategyPlanKeys = ["target", "history", "channels", "funnel", "pipeline", "capacity", "recurring"]

    /// The plan a document describes; `decodeWindow` must have run first.
    /// - Parameter name: the plan's display name (the scenario's or a strategy's).
    mutating func plan(_ document: ScenarioNode, name: String) -> Plan? {
        let target = document["target"].flatMap { self.target($0) }
        history = .absent
        if let reference = document["history"] { loadHistory(reference) }
        let channels = document["channels"].flatMap { self.channels($0) }
        let funnel = document["funnel"].flatMap { self.funnel($0) }
        let pipeline = document["pipeline"].flatMap { self.pipeline($0) }
        let capacity = document["capacity"].flatMap { self.capacity($0) }
        let recurring = document["recurring"].flatMap { self.recurring($0) }
        guard let window, let target, let channels, let funnel,
              document["pipeline"] == nil || pipeline != nil,
              document["capacity"] == nil || capacity != nil,
              document["recurring"] == nil || recurring != nil
        else { return nil }
        return Plan(name: name, window: window, target: target, channels: channels, funnel: funnel,
                    pipeline: pipeline, capacity: capacity, recurring: recurring)
    }

    /// `seed:` — a whole number from 0 to 2^64 − 1, read exactly (not through a Double).
    mutating func seed(_ node: ScenarioNode) -> UInt64? {
        guard let text = node.scalar?.text, node.scalar?.isPlain == true,
              let seed = UInt64(text.replacingOccurrences(of: "_", with: ""))
        else {
            mismatch(node, expected: "a whole number from 0 to \(UInt64.max)")
            return nil
        }
        return seed
    }
}
