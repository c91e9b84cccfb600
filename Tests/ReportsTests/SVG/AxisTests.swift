@testable import Reports
import Testing

@Suite("Axis")
struct AxisTests {
    /// Six money ticks 0 … $2.5M, 25 px apart on a 150 px axis: "$1.5M" is about 35 px wide, so
    /// with the 10 px gap only every second tick fits; the last (largest) is kept.
    @Test("numeric tick labels are thinned on a narrow axis so neighbours never touch")
    func thinnedNumeric() {
        let axis = Axis(title: "Revenue", format: .money(prefix: "$"))
        let narrow = axis.numeric(covering: 0...2_500_000, range: (0, 150), tickCount: 11)
        #expect(narrow.ticks.count == 6)
        let kept = Axis.thinned(numeric: narrow.ticks, scale: narrow.scale)
        #expect(kept.map(\.label) == ["$0.5M", "$1.5M", "$2.5M"])
        let widest = kept.map { TextMetrics.width($0.label) }.max() ?? 0
        for (a, b) in zip(kept, kept.dropFirst()) {
            #expect(narrow.scale(b.value) - narrow.scale(a.value) >= widest + Axis.categoryGap)
        }
        let wide = axis.numeric(covering: 0...2_500_000, range: (0, 600), tickCount: 11)
        #expect(Axis.thinned(numeric: wide.ticks, scale: wide.scale).count == 6, "a wide axis keeps every tick")
    }
}
