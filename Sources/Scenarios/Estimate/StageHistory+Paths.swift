extension StageHistory {
    /// Each deal's stages in the order it first entered them (same day: file order); a stage
    /// entered again later is not repeated.
    /// - Complexity: O(n log n) in the entries.
    public var paths: [String: [String]] {
        Dictionary(uniqueKeysWithValues: orderedPaths.map { ($0.deal, $0.stages) })
    }

    /// Each deal's most recently entered stage: where an open deal stands now.
    public var currentStages: [String: String] {
        var current: [String: String] = [:]
        for entry in chronological { current[entry.dealID] = entry.stage }
        return current
    }

    /// Every stage, ordered by its mean position in the deals' paths (first entered = 0), so
    /// the usual order of the funnel comes out even when some deals skip a stage; ties keep the
    /// order of first appearance.
    public var orderedStages: [String] {
        var positions: [String: (total: Int, count: Int, first: Int)] = [:]
        for path in orderedPaths {
            for (position, stage) in path.stages.enumerated() {
                let seen = positions[stage] ?? (0, 0, positions.count)
                positions[stage] = (seen.total + position, seen.count + 1, seen.first)
            }
        }
        func mean(_ stage: String) -> Double { Double(positions[stage]!.total) / Double(positions[stage]!.count) }
        return positions.keys.sorted { (mean($0), positions[$0]!.first) < (mean($1), positions[$1]!.first) }
    }

    /// `paths` in the order deals first appear by date, so ties are broken the same way every run.
    private var orderedPaths: [(deal: String, stages: [String])] {
        var index: [String: Int] = [:]
        var paths: [(deal: String, stages: [String])] = []
        for entry in chronological {
            guard let position = index[entry.dealID] else {
                index[entry.dealID] = paths.count
                paths.append((entry.dealID, [entry.stage]))
                continue
            }
            if !paths[position].stages.contains(entry.stage) { paths[position].stages.append(entry.stage) }
        }
        return paths
    }

    /// The entries by date entered, then by row.
    private var chronological: [Entry] {
        entries.sorted { ($0.entered, $0.day, $0.row) < ($1.entered, $1.day, $1.row) }
    }
}
