@testable import Simulation
import Statistics
import Testing

@Suite("Pipeline subset-sum tables")
struct CompiledPipelineTests {
    /// The table sum of a random set of won deals equals the direct sum of their amounts,
    /// for every word of groups whose sizes do not fill their last word. Amounts are whole
    /// cents below 2^40, so both sums are exact and must agree exactly.
    @Test("table sums equal direct sums of the won deals")
    func subsetSums() {
        let stages = ["discovery", "proposal"]
        let deals = (0..<150).map { i in
            OpenDeal(id: "D\(i)", stage: stages[i % 2], amount: Double((i * 7_919) % 100_000) + 0.25, closeMonth: i % 3)
        }
        let pipeline = Pipeline(deals: deals, winRates: ["discovery": .fixed(0.2), "proposal": .fixed(0.5)], slip: .fixed(0))
        let storage = KernelStorage()
        defer { withExtendedLifetime(storage) {} }
        let compiled = CompiledPipeline(pipeline, months: 3, storage: storage)
        // Deals of each group in the order the compiler stores them: by month, then stage.
        var amountsOf: [[Double]] = []
        for group in compiled.groups {
            amountsOf.append(deals.filter { $0.closeMonth == group.month && stages.firstIndex(of: $0.stage) == group.stage }.map(\.amount))
        }
        var rng = RandomStream(seed: 5)
        for (index, group) in compiled.groups.enumerated() {
            #expect(group.range.count == amountsOf[index].count)
            for word in 0..<((group.range.count + 63) / 64) {
                let laneCount = Swift.min(64, group.range.count - word * 64)
                for _ in 0..<50 {
                    let lanes = rng.next() & SlicedBernoulli.lowLanes(laneCount)
                    var direct = 0.0
                    for lane in 0..<laneCount where lanes & (1 << UInt64(lane)) != 0 { direct += amountsOf[index][word * 64 + lane] }
                    #expect(compiled.sum(word: group.firstWord + word, lanes: lanes, laneCount: laneCount) == direct)
                }
            }
        }
    }
}
