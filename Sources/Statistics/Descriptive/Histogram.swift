/// Counts of values in equal-width bins over a fixed range.
///
/// Bin i covers [lower + i·w, lower + (i + 1)·w) with w = (upper − lower)/binCount; the last
/// bin also includes `upper`. Values below or above the range are counted in `underflow` and
/// `overflow`, NaN in `nanCount`, so `total` always equals the number of values added.
public struct Histogram: Sendable, Equatable {
    public let lowerBound: Double
    public let upperBound: Double
    public private(set) var counts: [Int]
    public private(set) var underflow = 0
    public private(set) var overflow = 0
    public private(set) var nanCount = 0

    /// - Precondition: finite bounds with lowerBound < upperBound and binCount > 0.
    public init(lowerBound: Double, upperBound: Double, binCount: Int) {
        precondition(lowerBound.isFinite && upperBound.isFinite && lowerBound < upperBound,
                     "histogram range must be finite and non-empty")
        precondition(binCount > 0, "histogram needs at least one bin")
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        counts = Array(repeating: 0, count: binCount)
    }

    /// A histogram of `values` over their own range [min, max] (widened by 1 on each side when
    /// all values are equal). Non-finite values are counted as NaN/underflow/overflow.
    /// - Returns: nil when `values` holds no finite value.
    public init?(values: [Double], binCount: Int) {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        self.init(lowerBound: low < high ? low : low - 1, upperBound: low < high ? high : high + 1, binCount: binCount)
        for value in values { add(value) }
    }

    public var binWidth: Double { (upperBound - lowerBound) / Double(counts.count) }

    /// The binCount + 1 bin edges, from lowerBound to upperBound.
    public var edges: [Double] {
        (0...counts.count).map { $0 == counts.count ? upperBound : lowerBound + Double($0) * binWidth }
    }

    /// Every value added, including out-of-range and NaN values.
    public var total: Int { counts.reduce(0, +) + underflow + overflow + nanCount }

    /// Adds one value.
    public mutating func add(_ value: Double) {
        if value.isNaN { nanCount += 1; return }
        if value < lowerBound { underflow += 1; return }
        if value > upperBound { overflow += 1; return }
        let index = Int(((value - lowerBound) / binWidth).rounded(.down))
        counts[Swift.min(index, counts.count - 1)] += 1
    }
}
