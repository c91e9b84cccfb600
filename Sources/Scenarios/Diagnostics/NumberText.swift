import Foundation
import Statistics

/// Numbers as they appear in messages: whole numbers without a fractional part ("3400000"),
/// others in their shortest exact form ("1.2"), computed amounts rounded ("0.1", not
/// "0.09999999999999998").
enum NumberText {
    /// Significant digits kept for computed amounts (sums, means): enough to tell apart
    /// values that differ by more than the 1e-9 tolerance near 1, while hiding binary
    /// rounding noise such as 0.30000000000000004.
    static let computedDigits = 10

    /// A value as the user wrote it (shortest form that reads back exactly).
    static func exact(_ value: Double) -> String { value.messageText }

    /// A computed value, rounded to `digits` significant digits.
    static func rounded(_ value: Double, digits: Int = computedDigits) -> String {
        guard value.isFinite, value != 0 else { return exact(value) }
        let text = String(format: "%.\(digits)g", value)
        return Double(text).map(exact) ?? text
    }
}
