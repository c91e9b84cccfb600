import Foundation

/// How an axis spells its tick values: plain numbers or money with thousands separators
/// below 10,000 and k/M/B above (powers of ten at the extremes), or percentages of a fraction.
///
/// All ticks of an axis share one suffix and one number of decimals, chosen from the largest
/// tick and the step, so labels line up and no two differ only by rounding: 0, 250k, 500k,
/// 750k, 1,000k would be wrong; this gives $0, $0.25M, $0.50M, $0.75M, $1.00M.
enum TickFormat: Equatable, Sendable {
    /// Counts and other plain numbers.
    case number
    /// Amounts, with the currency prefix from `MoneyText` ("$", "€", "SEK ", or "").
    case money(prefix: String)
    /// Fractions shown as percentages: 0.25 → 25%.
    case percent

    /// From this magnitude on, labels use k/M/B.
    static let abbreviationThreshold = 10_000.0

    init(money: MoneyText) { self = .money(prefix: money.prefix) }

    /// The labels of `ticks`, in order.
    func labels(_ ticks: NiceTicks) -> [String] {
        labels(ticks.values, step: ticks.step)
    }

    /// Labels of `values` spaced at least `step` apart (step > 0).
    func labels(_ values: [Double], step: Double) -> [String] {
        switch self {
        case .percent:
            let decimals = Self.decimals(step * 100)
            return values.map { String(format: "%.\(decimals)f%%", $0 * 100).replacingOccurrences(of: "-0%", with: "0%") }
        case .number, .money:
            let prefix = if case .money(let prefix) = self { prefix } else { "" }
            let largest = values.map(abs).max() ?? 0
            if largest >= Self.scientificFrom || step < Self.scientificBelowStep {
                return Self.scientificLabels(values, step: step, largest: largest, prefix: prefix)
            }
            let (divisor, suffix) = Self.abbreviation(largest)
            let decimals = Self.decimals(step / divisor)
            return values.map { value in
                let scaled = value / divisor
                let digits = NumberText.grouped(abs(scaled), decimals: decimals)
                let isZero = !digits.contains { $0 != "0" && $0 != "." && $0 != "," }
                if isZero { return prefix + "0" }
                return (scaled < 0 ? "-" : "") + prefix + digits + suffix
            }
        }
    }

    /// From this magnitude on (a thousand trillion), and for steps finer than
    /// `scientificBelowStep` (which `decimals` cannot tell apart), labels use powers of ten.
    static let scientificFrom = 1e15
    static let scientificBelowStep = 1e-6

    /// `4.5e-07`: the mantissa of the largest tick's power of ten, with the decimals the step
    /// needs at that power; 0 as `0`.
    static func scientificLabels(_ values: [Double], step: Double, largest: Double, prefix: String) -> [String] {
        let exponent = largest > 0 ? log10(largest).rounded(.down) : 0
        let decimals = Self.decimals(step / pow(10, exponent))
        return values.map { value in
            value == 0 ? prefix + "0" : (value < 0 ? "-" : "") + prefix + String(format: "%.\(decimals)e", abs(value))
        }
    }

    /// The divisor and suffix for numbers up to `magnitude`.
    static func abbreviation(_ magnitude: Double) -> (Double, String) {
        switch magnitude {
        case 1e9...: (1e9, "B")
        case 1e6...: (1e6, "M")
        case abbreviationThreshold...: (1e3, "k")
        default: (1, "")
        }
    }

    /// Decimals that tell ticks `step` apart: 0 for steps ≥ 1, 1 for 0.5, 2 for 0.25 or 0.05.
    static func decimals(_ step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        var decimals = 0
        var scaled = step
        while decimals < 6 && abs(scaled - scaled.rounded()) > 1e-9 * max(1, scaled) {
            decimals += 1
            scaled *= 10
        }
        return decimals
    }
}

extension TickFormat {
    /// One value on its own (a bar's label): money and numbers compact with k/M/B and three
    /// significant digits, percentages with one decimal.
    func label(_ value: Double) -> String {
        switch self {
        case .money(let prefix): return MoneyText(prefix: prefix).compact(value)
        case .number: return MoneyText(currency: nil).compact(value)
        case .percent: return SimulationTextReport.probability(value)
        }
    }
}
