/// Basic summaries of a sample, used across Plancast.
///
/// Sums use Neumaier's compensated summation (Neumaier, ZAMM 54, 1974), so a long sum of
/// similar numbers is accurate to a few ULPs instead of O(n) ULPs. Mean and variance use the
/// two-pass formula (Chan, Golub & LeVeque, "Algorithms for computing the sample variance",
/// Am. Stat. 37(3), 1983), exact up to rounding without Welford's per-element division.
public enum Descriptive {
    /// Σx, compensated; 0 for an empty collection.
    /// - Complexity: O(n).
    public static func sum<C: Collection>(_ values: C) -> Double where C.Element == Double {
        var total = 0.0
        var compensation = 0.0
        for value in values {
            let next = total + value
            if abs(total) >= abs(value) {
                compensation += (total - next) + value
            } else {
                compensation += (value - next) + total
            }
            total = next
        }
        return total + compensation
    }

    /// The arithmetic mean; NaN for an empty collection.
    /// - Complexity: O(n).
    public static func mean<C: Collection>(_ values: C) -> Double where C.Element == Double {
        values.isEmpty ? .nan : sum(values) / Double(values.count)
    }

    /// The sample variance with divisor n − 1 (two-pass); NaN for fewer than two values.
    /// - Complexity: O(n).
    public static func variance<C: Collection>(_ values: C) -> Double where C.Element == Double {
        guard values.count > 1 else { return .nan }
        let centre = mean(values)
        return sum(values.lazy.map { ($0 - centre) * ($0 - centre) }) / Double(values.count - 1)
    }

    /// The sample standard deviation √variance (divisor n − 1); NaN for fewer than two values.
    /// - Complexity: O(n).
    public static func standardDeviation<C: Collection>(_ values: C) -> Double where C.Element == Double {
        variance(values).squareRoot()
    }
}
