/// Maps a data interval linearly onto a pixel interval: x ↦ r₀ + (x − d₀)·(r₁ − r₀)/(d₁ − d₀).
///
/// The range may run backwards (a y axis grows upward while pixels grow downward).
/// A degenerate domain (d₀ = d₁) maps every value to the middle of the range.
struct LinearScale: Equatable, Sendable {
    let domain: ClosedRange<Double>
    let range: (start: Double, end: Double)

    init(domain: ClosedRange<Double>, range: (start: Double, end: Double)) {
        self.domain = domain
        self.range = range
    }

    /// A scale whose domain is widened to nice ticks covering `data` (Heckbert), with those ticks.
    static func nice(covering data: ClosedRange<Double>, range: (start: Double, end: Double),
                     tickCount: Int = NiceTicks.defaultCount) -> (scale: LinearScale, ticks: NiceTicks) {
        let ticks = NiceTicks(covering: data, count: tickCount)
        return (LinearScale(domain: ticks.lower...ticks.upper, range: range), ticks)
    }

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0 else { return (range.start + range.end) / 2 }
        return range.start + (value - domain.lowerBound) / span * (range.end - range.start)
    }

    /// `value` clamped into the domain, then mapped.
    func clamped(_ value: Double) -> Double {
        self(min(max(value, domain.lowerBound), domain.upperBound))
    }

    static func == (lhs: LinearScale, rhs: LinearScale) -> Bool {
        lhs.domain == rhs.domain && lhs.range.start == rhs.range.start && lhs.range.end == rhs.range.end
    }
}
