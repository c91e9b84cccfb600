@testable import Reports
import Testing

@Suite("Number spellings of forecast reports")
struct NumberTextTests {
    /// About four significant digits at every ordinary scale, scientific notation beyond.
    @Test("a series' scale picks its spelling", arguments: [
        (622_510.4, "622,510"), (622.5104, "622.5"), (62.25104, "62.25"), (0.6225104, "0.6225"),
        (0.06225104, "0.06225"), (0.0006225104, "0.0006225"), (0.000006225104, "0.000006225"),
        (6.225104e-7, "6.225e-07"), (6.225104e15, "6.225e+15"), (-6.225104e-7, "-6.225e-07"),
    ])
    func spellsByScale(value: Double, text: String) {
        #expect(NumberText.Style(scale: value).text(value) == text)
    }

    @Test("boundaries: 1,000 and 1 switch decimals, 10⁻⁶ and 10¹⁵ switch to scientific, 0 keeps four decimals")
    func boundaries() {
        #expect(NumberText.Style(scale: 1000) == .fixed(decimals: 0))
        #expect(NumberText.Style(scale: 999.9) == .fixed(decimals: 1))
        #expect(NumberText.Style(scale: 1) == .fixed(decimals: 2))
        #expect(NumberText.Style(scale: 0.1) == .fixed(decimals: 4))
        #expect(NumberText.Style(scale: 0.0999) == .fixed(decimals: 5))
        #expect(NumberText.Style(scale: 1e-6) == .fixed(decimals: 9))
        #expect(NumberText.Style(scale: 0.99e-6) == .scientific)
        #expect(NumberText.Style(scale: 0.99e15) == .fixed(decimals: 0))
        #expect(NumberText.Style(scale: 1e15) == .scientific)
        #expect(NumberText.Style(scale: 0) == .fixed(decimals: 4))
        #expect(NumberText.Style(scale: .nan) == .fixed(decimals: 4))
        #expect(NumberText.Style.scientific.text(.infinity) == "n/a")
    }
}
