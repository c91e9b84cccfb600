/// The Kaplan–Meier product-limit estimate of a survival curve from right-censored durations,
/// with Greenwood's variance.
///
/// For distinct times t₁ < t₂ < … with nⱼ deals at risk (duration ≥ tⱼ) and dⱼ closures at tⱼ,
///
///     S(t) = P(T > t) = Π_{tⱼ ≤ t} (1 − dⱼ/nⱼ)                        (Kaplan & Meier 1958)
///     Var S(t) ≈ S(t)² Σ_{tⱼ ≤ t} dⱼ / (nⱼ(nⱼ − dⱼ))                   (Greenwood 1926)
///
/// (Kaplan & Meier, "Nonparametric estimation from incomplete observations", JASA 53, 1958;
/// Klein & Moeschberger, *Survival Analysis*, 2nd ed., 2003, §4.2.) Ties follow the usual
/// convention: a deal censored at t was still open after t's closures, so it is at risk at t.
/// When every deal at risk closes (dⱼ = nⱼ) the curve drops to 0 and its variance is 0 from there.
///
/// Closed-only estimates ignore the open deals, which are the slow ones, and so are biased short;
/// the product-limit estimate uses each open deal for as long as it was watched and is
/// consistent under independent censoring (open deals close later like comparable closed ones).
/// If "closed" means only won deals, losses should be passed as censored; the result is then
/// the net (cause-specific) time to a win.
public struct KaplanMeier: Sendable, Equatable {
    /// The estimate at one time where something happened.
    public struct Step: Sendable, Equatable {
        public let time: Int
        /// nⱼ: deals with duration ≥ time.
        public let atRisk: Int
        /// dⱼ: deals that closed at time.
        public let closures: Int
        /// Open deals last watched at time.
        public let censored: Int
        /// S(time) = P(T > time).
        public let survival: Double
        /// Greenwood's variance of S(time).
        public let variance: Double

        public var standardError: Double { variance.squareRoot() }
    }

    /// One step per distinct duration, ascending.
    public let steps: [Step]
    /// Deals observed.
    public let count: Int
    /// Closed deals.
    public let closureCount: Int

    /// - Throws: `EstimationError` if `observations` is empty, a duration is negative, or no
    ///   deal has closed (the curve would be flat at 1 and say nothing about cycle length).
    /// - Complexity: O(n log n) for the sort.
    public init(_ observations: [SurvivalObservation]) throws(EstimationError) {
        let name = "sales cycle"
        guard !observations.isEmpty else {
            throw EstimationError(estimate: name, parameter: "deals", expected: "at least one deal", found: "none")
        }
        if let index = observations.firstIndex(where: { $0.duration < 0 }) {
            throw EstimationError(estimate: name, parameter: "deals[\(index)].duration",
                                  expected: "a non-negative number of periods", found: "\(observations[index].duration)")
        }
        let closures = observations.reduce(0) { $0 + ($1.closed ? 1 : 0) }
        guard closures > 0 else {
            throw EstimationError(estimate: name, parameter: "deals", expected: "at least one closed deal",
                                  found: "\(observations.count) open deals and none closed")
        }
        let sorted = observations.sorted { $0.duration < $1.duration }
        var steps: [Step] = []
        var atRisk = sorted.count, survival = 1.0, greenwoodSum = 0.0
        var index = 0
        while index < sorted.count {
            let time = sorted[index].duration
            var closed = 0, censored = 0
            while index < sorted.count && sorted[index].duration == time {
                if sorted[index].closed { closed += 1 } else { censored += 1 }
                index += 1
            }
            if closed > 0 {
                survival *= 1 - Double(closed) / Double(atRisk)
                if closed < atRisk { greenwoodSum += Double(closed) / (Double(atRisk) * Double(atRisk - closed)) }
            }
            let variance = survival > 0 ? survival * survival * greenwoodSum : 0
            steps.append(Step(time: time, atRisk: atRisk, closures: closed, censored: censored,
                              survival: survival, variance: variance))
            atRisk -= closed + censored
        }
        self.steps = steps
        count = observations.count
        closureCount = closures
    }

    /// S(t) = P(T > t): 1 before the first step, constant between steps; beyond the last
    /// step it stays at the last value (the estimate is undefined there; see `LagDistribution`
    /// for how the remaining mass is treated).
    public func survival(at time: Int) -> Double {
        step(at: time)?.survival ?? 1
    }

    /// Greenwood's standard error of S(t); 0 before the first step.
    public func standardError(at time: Int) -> Double {
        step(at: time)?.standardError ?? 0
    }

    /// The last step at or before `time`.
    func step(at time: Int) -> Step? {
        var low = 0, high = steps.count
        while low < high {
            let middle = (low + high) / 2
            if steps[middle].time <= time { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? steps[low - 1] : nil
    }

    /// The largest duration at which a deal closed.
    public var lastClosureTime: Int {
        steps.last { $0.closures > 0 }!.time  // init guarantees a closure
    }
}
