@testable import Reports
import Testing

@Suite("Linear scale")
struct LinearScaleTests {
    @Test("maps the domain's ends onto the range's, forwards and backwards")
    func mapping() {
        let x = LinearScale(domain: 0...100, range: (50, 650))
        #expect(x(0) == 50)
        #expect(x(100) == 650)
        #expect(x(25) == 200)
        let y = LinearScale(domain: 0...10, range: (300, 20))
        #expect(y(0) == 300)
        #expect(y(10) == 20)
        #expect(y(5) == 160)
    }

    @Test("a degenerate domain maps to the middle; clamping keeps values inside")
    func edges() {
        #expect(LinearScale(domain: 3...3, range: (0, 100))(3) == 50)
        let x = LinearScale(domain: 0...10, range: (0, 100))
        #expect(x.clamped(-.infinity) == 0)
        #expect(x.clamped(20) == 100)
    }

    @Test("nice scales widen the domain to their ticks")
    func nice() {
        let (scale, ticks) = LinearScale.nice(covering: 13...87, range: (0, 400))
        #expect(scale.domain == 0...100)
        #expect(ticks.values == [0, 20, 40, 60, 80, 100])
        #expect(scale(50) == 200)
    }
}
