import Scenarios
import Statistics
import Testing

/// Bad input never crashes the history reader: random mutations of the sample history, as
/// written with commas and as a decimal-comma locale writes it with semicolons, are read with
/// each way of reading; every outcome is either finite series or errors that say something.
@Suite struct HistoryFuzzTests {
    static let cases = 1_000
    static let seed: UInt64 = 20_261_207

    /// The sample history, and the same file with semicolons between fields, day-first dates
    /// (`01.01.2021`) and a decimal comma in every value (`624,5`).
    static let originals: [String] = {
        let comma = SampleFiles.all["Data/example/monthly.csv"] ?? ""
        let semicolon = comma.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { row, line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard row > 0, let month = fields.first, month.count == 7 else { return fields.joined(separator: ";") }
            let date = "01.\(month.suffix(2)).\(month.prefix(4))"
            return ([date] + fields.dropFirst().map { $0 + ",5" }).joined(separator: ";")
        }.joined(separator: "\n")
        return [comma, semicolon]
    }()

    @Test("the semicolon original reads as the comma one, each value half a unit more")
    func semicolonOriginal() throws {
        let comma = try HistoryTable.parse(Self.originals[0], file: "monthly.csv", options: HistoryOptions())
        let semicolon = try HistoryTable.parse(Self.originals[1], file: "monthly.csv", options: HistoryOptions())
        #expect(semicolon.series.map(\.id) == comma.series.map(\.id))
        #expect(semicolon.series.map(\.start) == comma.series.map(\.start))
        #expect(zip(semicolon.series, comma.series).allSatisfy { $0.values == $1.values.map { $0 + 0.5 } })
    }

    static let readings = [
        HistoryOptions(),
        HistoryOptions(fillGaps: true),
        HistoryOptions(frequency: .monthly, sumWithinPeriods: true),
        HistoryOptions(layout: .wide(dateColumn: "month", valueColumns: ["revenue"])),
    ]

    @Test(arguments: 0..<2)
    func randomMutationsNeverCrash(shard: Int) {
        #expect(Self.originals.allSatisfy { !$0.isEmpty })
        var outcomes = (read: 0, rejected: 0, malformed: [String]())
        for index in stride(from: shard, to: Self.cases, by: 2) {
            var rng = RandomStream(seed: Self.seed, component: StreamKey("history-fuzz"), trial: UInt64(index))
            let original = Self.originals[index % Self.originals.count]
            let text = ScenarioMutator.mutate(original, edits: 1 + rng.nextIndex(below: 4), using: &rng)
            let options = Self.readings[rng.nextIndex(below: Self.readings.count)]
            do {
                let table = try HistoryTable.parse(text, file: "monthly.csv", options: options)
                outcomes.read += 1
                for series in table.series where !series.values.allSatisfy(\.isFinite) {
                    outcomes.malformed.append("case \(index): series \(series.id) has a value that is not finite")
                }
            } catch {
                outcomes.rejected += 1
                if error.errors.isEmpty { outcomes.malformed.append("case \(index): no errors") }
                outcomes.malformed += error.errors.filter { $0.message.isEmpty || $0.file != "monthly.csv" }.map(\.description)
            }
        }
        #expect(outcomes.malformed == [])
        // Both outcomes occur, so the mutations neither always break nor never break files.
        #expect(outcomes.read > 0 && outcomes.rejected > 0)
    }
}
