import Foundation
import Forecasting
import Statistics

extension ScenarioDecoder {
    /// A finite number written as a plain scalar (`3400000`, `1.2e6`, `0.25`).
    mutating func number(_ node: ScenarioNode) -> Double? {
        guard let scalar = node.scalar, scalar.isPlain, !scalar.isNull,
              let value = Double(scalar.text.replacingOccurrences(of: "_", with: "")), value.isFinite
        else {
            mismatch(node, expected: "a number", suggestion: numberSuggestion(node))
            return nil
        }
        return value
    }

    /// How to fix a scalar that looks like a number but is not read as one.
    private func numberSuggestion(_ node: ScenarioNode) -> String? {
        guard let scalar = node.scalar else { return nil }
        let withoutCommas = scalar.text.replacingOccurrences(of: ",", with: "")
        if scalar.text.contains(","), Double(withoutCommas) != nil {
            return "write numbers without thousands separators, e.g. \(withoutCommas)"
        }
        if !scalar.isPlain, Double(scalar.text) != nil {
            return "remove the quotes: a quoted value is text"
        }
        return nil
    }

    /// A number that must not be negative; `noun` names it in the message ("spend").
    mutating func nonNegative(_ node: ScenarioNode, _ noun: String) -> Double? {
        guard let value = number(node) else { return nil }
        guard value >= 0 else {
            report(node, "\(noun) cannot be negative, found \(NumberText.exact(value))")
            return nil
        }
        return value
    }

    /// A probability in [0, 1]; `noun` names it in the message ("carryover").
    mutating func probability(_ node: ScenarioNode, _ noun: String) -> Double? {
        guard let value = number(node) else { return nil }
        guard (0...1).contains(value) else {
            report(node, "\(noun) \(NumberText.exact(value)) is outside [0, 1]")
            return nil
        }
        return value
    }

    /// A whole number of at least `minimum`; `noun` names it in the message ("reps").
    mutating func integer(_ node: ScenarioNode, _ noun: String, minimum: Int = 0) -> Int? {
        guard let value = number(node) else { return nil }
        guard value == value.rounded(), abs(value) < Double.messageIntegralLimit else {
            mismatch(node, expected: "a whole number")
            return nil
        }
        guard value >= Double(minimum) else {
            let message = minimum == 0
                ? "\(noun) cannot be negative, found \(NumberText.exact(value))"
                : "\(noun) must be at least \(minimum), found \(NumberText.exact(value))"
            report(node, message)
            return nil
        }
        return Int(value)
    }

    /// Text: any scalar except nothing (`name: 2026` reads as "2026").
    mutating func string(_ node: ScenarioNode) -> String? {
        guard let scalar = node.scalar, !scalar.isNull, !scalar.text.isEmpty else {
            mismatch(node, expected: "text")
            return nil
        }
        return scalar.text
    }

    /// `true` or `false`.
    mutating func bool(_ node: ScenarioNode) -> Bool? {
        switch node.scalar.map({ $0.isPlain ? $0.text.lowercased() : "" }) {
        case "true": return true
        case "false": return false
        default:
            mismatch(node, expected: "true or false")
            return nil
        }
    }

    /// A calendar month written `YYYY-MM`.
    mutating func yearMonth(_ node: ScenarioNode) -> YearMonth? {
        guard let text = node.scalar?.text, text.count == 7, let month = YearMonth(parsing: text) else {
            mismatch(node, expected: "a month as YYYY-MM (e.g. 2026-07)")
            return nil
        }
        return month
    }

    /// The items of a list.
    mutating func list(_ node: ScenarioNode, _ what: String) -> [ScenarioNode]? {
        guard let items = node.items else {
            mismatch(node, expected: what)
            return nil
        }
        return items
    }
}
