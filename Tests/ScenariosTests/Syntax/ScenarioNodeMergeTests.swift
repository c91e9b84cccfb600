@testable import Scenarios
import Testing

/// Deep merging as `extends` and strategies use it, on parsed nodes.
@Suite struct ScenarioNodeMergeTests {
    static func parse(_ yaml: String, file: String) throws -> ScenarioNode {
        try ScenarioNode.parse(yaml: yaml, file: file)
    }

    @Test func mapsMergeKeyByKeyAndKeepEachValuesOrigin() throws {
        let base = try Self.parse("a: 1\nb: { c: 2, d: 3 }\n", file: "base.yaml")
        let over = try Self.parse("b: { d: 4 }\ne: 5\n", file: "over.yaml")
        let merged = base.merged(with: over)
        #expect(merged.entries?.map(\.key) == ["a", "b", "e"])
        #expect(merged["a"]?.location == SourceLocation(file: "base.yaml", line: 1, column: 4))
        #expect(merged["b"]?["c"]?.scalar?.text == "2")
        #expect(merged["b"]?["c"]?.location.file == "base.yaml")
        #expect(merged["b"]?["d"]?.scalar?.text == "4")
        #expect(merged["b"]?["d"]?.location == SourceLocation(file: "over.yaml", line: 1, column: 9))
        #expect(merged["b"]?["d"]?.path == "b.d")
    }

    @Test func plainListsAndScalarsAreReplaced() throws {
        let base = try Self.parse("leads: [1, 2, 3]\nname: x\n", file: "base.yaml")
        let over = try Self.parse("leads: [4]\nname: { y: 1 }\n", file: "over.yaml")
        let merged = base.merged(with: over)
        #expect(merged["leads"]?.items?.map { $0.scalar?.text } == ["4"])
        #expect(merged["name"]?["y"] != nil)
    }

    @Test func namedListsMergeByNameOrMonthAndRemove() throws {
        let base = try Self.parse("""
            channels: [ { name: a, leads: 1 }, { name: b, leads: 2 }, { name: c, leads: 3 } ]
            hires: [ { month: 2026-07, count: 1 } ]
            """, file: "base.yaml")
        let over = try Self.parse("""
            channels: [ { name: b, leads: 20 }, { name: a, remove: true }, { name: d, leads: 4 }, { name: z, remove: true } ]
            hires: [ { month: 2026-07, count: 2 }, { month: 2026-08, count: 1 } ]
            """, file: "over.yaml")
        let merged = base.merged(with: over)
        let channels = merged["channels"]?.items ?? []
        #expect(channels.map { $0["name"]?.scalar?.text } == ["b", "c", "d", "z"])
        #expect(channels[0]["leads"]?.scalar?.text == "20")
        // An unmatched removal is kept so that decoding reports it at its own line.
        #expect(channels[3]["remove"]?.location.file == "over.yaml")
        #expect(merged["hires"]?.items?.map { $0["count"]?.scalar?.text } == ["2", "1"])
    }

    @Test func aliasBombsAreStoppedByTheNodeLimit() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        #expect(throws: ScenarioError.self) { try Self.parse(yaml, file: "bomb.yaml") }
    }
}
