import Statistics

/// Open deals grouped by (close month, stage), each group cut into words of 64 deals (one
/// lane per deal, `SlicedBernoulli`), with tables that add the amounts of any set of won
/// deals without looping over them. Plain pointers into the plan's `KernelStorage`
/// (immutable once compiled, valid while that storage lives).
///
/// Subset sums: each word's 64 lanes form 16 blocks of 4; for block b and each 4-bit pattern
/// s the table holds Σ amounts of the block's deals whose bit is set in s. The amount of a
/// lane set is then 16 table reads, one per block, with no branch on the set (a walk over
/// the set bits costs one unpredictable step per won deal). Memory: 16 doubles per 4 deals,
/// 4× the amounts.
struct CompiledPipeline: @unchecked Sendable {
    struct Group: Sendable {
        /// Close month inside the window (overdue deals close in month 0).
        let month: Int
        /// Index into `stageRates`.
        let stage: Int
        /// The group's deals, numbered across all groups.
        let range: Range<Int>
        /// The group's first word in `subsetSums`.
        let firstWord: Int
    }

    /// Lanes per block, and the entries of one block's table (every subset of its lanes).
    static let blockLanes = 4
    static let blockEntries = 1 << blockLanes
    static let blocksPerWord = SlicedBernoulli.laneCount / blockLanes
    static let wordEntries = blocksPerWord * blockEntries

    /// Win rate per stage, in stage-name order (the order rates are drawn in).
    let stageRates: UnsafeBufferPointer<CompiledDraw>
    let slip: CompiledDraw
    /// Deals planned to close after the window can only slip later, so they never count
    /// and are left out.
    let groups: UnsafeBufferPointer<Group>
    /// `subsetSums[(word · blocksPerWord + block) · blockEntries + pattern]`.
    let subsetSums: UnsafeBufferPointer<Double>

    init(_ pipeline: Pipeline, months: Int, storage: KernelStorage) {
        let stageNames = pipeline.winRates.keys.sorted()
        let stageIndex = Dictionary(uniqueKeysWithValues: stageNames.enumerated().map { ($1, $0) })
        stageRates = storage.store(stageNames.map { CompiledDraw(pipeline.winRates[$0] ?? .fixed(0), storage: storage) })
        slip = CompiledDraw(pipeline.slip, storage: storage)
        var grouped: [Int: [Int: [Double]]] = [:]
        for deal in pipeline.deals where deal.closeMonth < months {
            guard let stage = stageIndex[deal.stage] else { continue }
            grouped[Swift.max(0, deal.closeMonth), default: [:]][stage, default: []].append(deal.amount)
        }
        var groups: [Group] = []
        var sums: [Double] = []
        var dealCount = 0
        for month in grouped.keys.sorted() {
            let byStage = grouped[month] ?? [:]
            for stage in byStage.keys.sorted() {
                let amounts = byStage[stage] ?? []
                groups.append(Group(month: month, stage: stage, range: dealCount..<(dealCount + amounts.count),
                                    firstWord: sums.count / Self.wordEntries))
                sums += Self.subsetSums(amounts)
                dealCount += amounts.count
            }
        }
        self.groups = storage.store(groups)
        subsetSums = storage.store(sums)
    }

    /// The tables of one group's words (lanes past the group's end have amount 0).
    static func subsetSums(_ amounts: [Double]) -> [Double] {
        let words = (amounts.count + SlicedBernoulli.laneCount - 1) / SlicedBernoulli.laneCount
        var sums = [Double](repeating: 0, count: words * wordEntries)
        for block in 0..<(words * blocksPerWord) {
            for pattern in 1..<blockEntries {
                var total = 0.0
                for lane in 0..<blockLanes where pattern & (1 << lane) != 0 {
                    let deal = block * blockLanes + lane
                    if deal < amounts.count { total += amounts[deal] }
                }
                sums[block * blockEntries + pattern] = total
            }
        }
        return sums
    }

    /// Σ amounts of the deals of word `word` whose lanes are set in `lanes`, adding the 16
    /// block sums in four independent chains. Blocks past the word's first `laneCount`
    /// lanes are skipped, which leaves the sum unchanged: their lanes hold no deal, so
    /// their table entries are 0 (`laneCount` ≥ 64 reads every block).
    @inline(__always)
    func sum(word: Int, lanes: UInt64, laneCount: Int) -> Double {
        let table = subsetSums.baseAddress.unsafelyUnwrapped + word * Self.wordEntries
        let mask = UInt64(Self.blockEntries - 1)
        let width = UInt64(Self.blockLanes)
        @inline(__always) func entry(_ block: Int, _ bits: UInt64) -> Double {
            table[block * Self.blockEntries + Int(bits & mask)]
        }
        var partial = SIMD4<Double>()
        var block = 0
        let blocks = Swift.min(Self.blocksPerWord, (laneCount + Self.blockLanes - 1) / Self.blockLanes)
        while block < blocks {
            let bits = lanes >> (UInt64(block) * width)
            partial += SIMD4(entry(block, bits), entry(block + 1, bits >> width),
                             entry(block + 2, bits >> (2 * width)), entry(block + 3, bits >> (3 * width)))
            block += 4
        }
        return partial.sum()
    }
}
