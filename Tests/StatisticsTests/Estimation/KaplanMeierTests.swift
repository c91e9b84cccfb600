import Statistics
import Testing

@Suite struct KaplanMeierTests {
    /// Remission weeks of the 6-MP group of Freireich et al. (Blood 21, 1963), the textbook
    /// example of Kaplan–Meier (Klein & Moeschberger 2003, Table 4.1A; Kleinbaum & Klein,
    /// *Survival Analysis*, ch. 2). Censored: 6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35.
    static let sixMP: [SurvivalObservation] = {
        let closed = [6, 6, 6, 7, 10, 13, 16, 22, 23]
        let open = [6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35]
        return closed.map { SurvivalObservation(duration: $0, closed: true) }
            + open.map { SurvivalObservation(duration: $0, closed: false) }
    }()

    /// Reference: R `survival` 3.x, `summary(survfit(Surv(t, e) ~ 1))` (time, n.risk, n.event,
    /// surv, std.err = Greenwood), printed to 10 significant digits; tolerance 1e-9. The
    /// survival column is also the hand-computed product, e.g. S(7) = (18/21)(16/17).
    static let reference: [(time: Int, atRisk: Int, closures: Int, survival: Double, standardError: Double)] = [
        (6, 21, 3, 0.8571428571, 0.07636035483), (7, 17, 1, 0.8067226891, 0.08693528518),
        (10, 15, 1, 0.7529411765, 0.09634965299), (13, 12, 1, 0.6901960784, 0.10681470778),
        (16, 11, 1, 0.6274509804, 0.11405386526), (22, 7, 1, 0.5378151261, 0.12823375169),
        (23, 6, 1, 0.4481792717, 0.13459145676),
    ]

    @Test func matchesTextbookExample() throws {
        let km = try KaplanMeier(Self.sixMP)
        let eventSteps = km.steps.filter { $0.closures > 0 }
        #expect(eventSteps.count == Self.reference.count)
        for (step, expected) in zip(eventSteps, Self.reference) {
            #expect(step.time == expected.time && step.atRisk == expected.atRisk && step.closures == expected.closures)
            #expect(abs(step.survival - expected.survival) <= 1e-9, "S(\(step.time))")
            #expect(abs(step.standardError - expected.standardError) <= 1e-9, "SE(\(step.time))")
        }
        #expect(abs(km.survival(at: 7) - 18.0 / 21.0 * 16.0 / 17.0) <= 1e-15)
        #expect(km.survival(at: 5) == 1 && km.survival(at: 9) == km.survival(at: 7))
        #expect(km.survival(at: 100) == km.survival(at: 23))
        #expect(km.count == 21 && km.closureCount == 9 && km.lastClosureTime == 23)
    }

    /// When every deal still at risk closes, S drops to 0 with variance 0 (not NaN).
    @Test func allAtRiskClose() throws {
        let km = try KaplanMeier([SurvivalObservation(duration: 1, closed: true),
                                  SurvivalObservation(duration: 2, closed: true)])
        #expect(km.survival(at: 1) == 0.5 && km.survival(at: 2) == 0)
        #expect(km.standardError(at: 2) == 0 && km.standardError(at: 1) == 0.5 * (1.0 / 2.0).squareRoot())
    }

    @Test func rejectsBadInput() {
        #expect(throws: EstimationError(estimate: "sales cycle", parameter: "deals", expected: "at least one deal", found: "none")) {
            try KaplanMeier([])
        }
        #expect(throws: EstimationError(estimate: "sales cycle", parameter: "deals[1].duration",
                                        expected: "a non-negative number of periods", found: "-2")) {
            try KaplanMeier([SurvivalObservation(duration: 1, closed: true), SurvivalObservation(duration: -2, closed: true)])
        }
        #expect(throws: EstimationError(estimate: "sales cycle", parameter: "deals", expected: "at least one closed deal",
                                        found: "2 open deals and none closed")) {
            try KaplanMeier([SurvivalObservation(duration: 1, closed: false), SurvivalObservation(duration: 3, closed: false)])
        }
    }
}
