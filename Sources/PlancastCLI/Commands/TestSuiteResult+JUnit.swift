import Foundation
import Scenarios

extension TestSuiteResult {
    /// JUnit XML (the schema CI systems read): one `<testsuite>` per scenario file, one
    /// `<testcase>` per check; failed checks and files that did not load carry `<failure>`,
    /// marginal checks pass with a `<system-out>` note.
    static func junit(_ suites: [TestSuiteResult]) -> String {
        let tests = suites.reduce(0) { $0 + max(1, $1.checks.count) }
        let failures = suites.reduce(0) { $0 + $1.failureCount }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"plancast test\" tests=\"\(tests)\" failures=\"\(failures)\">\n"
        for suite in suites { xml += suite.junitSuite }
        return xml + "</testsuites>\n"
    }

    private var failureCount: Int {
        (problems.isEmpty ? 0 : 1) + checks.filter { $0.status == .fail }.count
    }

    private var junitSuite: String {
        let name = Self.escaped(file)
        var xml = "  <testsuite name=\"\(name)\" tests=\"\(max(1, checks.count))\" failures=\"\(failureCount)\">\n"
        if !problems.isEmpty {
            xml += "    <testcase classname=\"\(name)\" name=\"load\">\n"
            xml += "      <failure message=\"the scenario does not load\">\(Self.escaped(problems.joined(separator: "\n")))</failure>\n"
            xml += "    </testcase>\n"
        }
        for check in checks {
            let title = Self.escaped("\(Self.subject(check)) \(check.expectation.boundsDescription)")
            let result = Self.escaped("\(Self.subject(check)) = \(Self.format(check.estimate)) (\(check.expectation.boundsDescription))")
            xml += "    <testcase classname=\"\(name)\" name=\"\(title)\">\n"
            switch check.status {
            case .fail: xml += "      <failure message=\"\(result)\"/>\n"
            case .marginal: xml += "      <system-out>MARGINAL \(result): run more trials to settle it</system-out>\n"
            case .pass: break
            }
            xml += "    </testcase>\n"
        }
        return xml + "  </testsuite>\n"
    }

    /// Text safe inside XML attributes and elements.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
