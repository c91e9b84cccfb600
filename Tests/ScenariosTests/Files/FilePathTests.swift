@testable import Scenarios
import Testing

@Suite struct FilePathTests {
    @Test(arguments: [
        ("../Data/example/monthly.csv", "Scenarios/q3-plan.yaml", "Data/example/monthly.csv"),
        ("base.yaml", "q3.yaml", "base.yaml"),
        ("./shared/base.yaml", "Scenarios/variants/x.yaml", "Scenarios/variants/shared/base.yaml"),
        ("../../x.csv", "a.yaml", "../../x.csv"),
        ("/data/x.csv", "Scenarios/q3.yaml", "/data/x.csv"),
        ("../x.csv", "/plans/q3.yaml", "/x.csv"),
    ])
    func resolve(_ reference: String, _ file: String, _ expected: String) {
        #expect(FilePath.resolve(reference, relativeTo: file) == expected)
    }
}
