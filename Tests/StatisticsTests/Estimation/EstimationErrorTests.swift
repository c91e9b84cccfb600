import Statistics
import Testing

@Suite struct EstimationErrorTests {
    @Test func describesTheInputToFix() {
        let error = EstimationError(estimate: "deal size", parameter: "amounts[17]",
                                    expected: "a positive amount (leave zero-value deals out)", found: "-40.0")
        #expect(error.description == "deal size: amounts[17]: expected a positive amount (leave zero-value deals out), found -40.0")
    }
}
