@testable import Reports
import Testing

@Suite("Text width estimate")
struct TextMetricsTests {
    @Test("digits are Arial's 0.556 em times the safety factor; narrow letters are narrower")
    func widths() {
        let digit = TextMetrics.width("0", size: 10)
        #expect(abs(digit - 0.556 * 10 * TextMetrics.safetyFactor) < 1e-9)
        #expect(TextMetrics.width("iiii") < TextMetrics.width("MMMM"))
        #expect(TextMetrics.width("") == 0)
        #expect(TextMetrics.width("ab", size: 24) == 2 * TextMetrics.width("ab", size: 12))
    }

    @Test("truncation fits the width and marks the cut")
    func truncation() {
        let long = "a very long channel name that will not fit"
        let short = TextMetrics.truncate(long, toWidth: 80)
        #expect(short.hasSuffix("…"))
        #expect(TextMetrics.width(short) <= 80)
        #expect(TextMetrics.truncate("organic", toWidth: 200) == "organic")
    }
}
