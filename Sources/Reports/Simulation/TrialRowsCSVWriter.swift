import Simulation

/// `--trials-out FILE`: one CSV row per trial (trial, window revenue, hit, then revenue of each
/// source in each month), written block by block as the engine produces them, so no trial is
/// kept in memory.
public struct TrialRowsCSVWriter {
    let target: Double
    let window: PlanWindow
    private var wroteHeader = false

    public init(target: Double, window: PlanWindow) {
        self.target = target
        self.window = window
    }

    /// Writes the header (before the first block) and one line per trial of `block`.
    public mutating func write(_ block: TrialRevenueBlock, to stream: inout some TextOutputStream) {
        if !wroteHeader {
            var header = ["trial", "revenue", "hit"]
            for source in block.sources {
                for month in 0..<block.months { header.append("\(source)_\(window.month(month))") }
            }
            stream.write(header.map(CSVRows.quoted).joined(separator: ",") + "\n")
            wroteHeader = true
        }
        var text = ""
        for trial in 0..<block.trialCount {
            let total = block.countedTotal(trial: trial)
            var fields = [String(block.firstTrial + trial), CSVRows.number(total), total >= target ? "1" : "0"]
            for source in block.sources.indices {
                for month in 0..<block.months { fields.append(CSVRows.number(block.revenue(trial: trial, source: source, month: month))) }
            }
            text += fields.joined(separator: ",") + "\n"
        }
        stream.write(text)
    }
}
