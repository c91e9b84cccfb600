@testable import Scenarios
import Testing

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("", "abc", 3), ("abc", "abc", 0), ("chanels", "channels", 1), ("stgaes", "stages", 1),
        ("kitten", "sitting", 3), ("ab", "ba", 1),
    ])
    func editDistance(_ a: String, _ b: String, _ distance: Int) {
        #expect(Suggestion.editDistance(a, b) == distance)
        #expect(Suggestion.editDistance(b, a) == distance)
    }

    @Test func closestCandidateWithinTheLimit() {
        #expect(Suggestion.closest(to: "chanels", in: ScenarioDecoder.scenarioKeys) == "channels")
        #expect(Suggestion.closest(to: "Target", in: ScenarioDecoder.scenarioKeys) == "target")
        #expect(Suggestion.closest(to: "colour", in: ScenarioDecoder.scenarioKeys) == nil)
        #expect(Suggestion.closest(to: "x", in: ["y", "xy"]) == "y")
    }
}
