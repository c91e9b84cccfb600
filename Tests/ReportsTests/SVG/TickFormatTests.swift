@testable import Reports
import Testing

@Suite("Tick labels")
struct TickFormatTests {
    @Test("money: currency, thousands separators below 10,000, k/M above")
    func money() {
        let usd = TickFormat(money: MoneyText(currency: "USD"))
        #expect(usd.labels([0, 500_000, 1_000_000, 1_500_000], step: 500_000) == ["$0", "$0.5M", "$1.0M", "$1.5M"])
        #expect(usd.labels([-300_000, -200_000, 0, 100_000], step: 100_000) == ["-$300k", "-$200k", "$0", "$100k"])
        #expect(usd.labels([0, 2_000, 4_000, 6_000], step: 2_000) == ["$0", "$2,000", "$4,000", "$6,000"])
        #expect(TickFormat(money: MoneyText(currency: "SEK")).labels([0, 20_000], step: 20_000) == ["SEK 0", "SEK 20k"])
        #expect(usd.labels([1e9, 2e9], step: 1e9) == ["$1B", "$2B"])
    }

    @Test("numbers keep the decimals their step needs")
    func numbers() {
        #expect(TickFormat.number.labels([0, 0.2, 0.4], step: 0.2) == ["0", "0.2", "0.4"])
        #expect(TickFormat.number.labels([0, 2_500, 5_000], step: 2_500) == ["0", "2,500", "5,000"])
        #expect(TickFormat.number.labels([0, 25_000, 50_000], step: 25_000) == ["0", "25k", "50k"])
    }

    /// A history in units of 10⁻⁷ gave ticks 0, 0, 0.000001, …, and one near 10⁹⁸ ninety-digit
    /// billions: beyond `decimals`' reach and past the trillions, powers of ten.
    @Test("extreme magnitudes take powers of ten")
    func scientific() {
        #expect(TickFormat.number.labels([4e-7, 5e-7, 6e-7], step: 1e-7) == ["4e-07", "5e-07", "6e-07"])
        #expect(TickFormat.number.labels([0, 2.5e-7, 5e-7], step: 2.5e-7) == ["0", "2.5e-07", "5.0e-07"])
        #expect(TickFormat.number.labels([-1e98, 0, 1e98], step: 1e98) == ["-1e+98", "0", "1e+98"])
        #expect(TickFormat(money: MoneyText(currency: "USD")).labels([4e15, 6e15], step: 2e15) == ["$4e+15", "$6e+15"])
        #expect(TickFormat.number.labels([9e14, 9.5e14], step: 5e13) == ["900,000B", "950,000B"])
    }

    @Test("percentages of fractions")
    func percent() {
        #expect(TickFormat.percent.labels([0, 0.02, 0.04], step: 0.02) == ["0%", "2%", "4%"])
        #expect(TickFormat.percent.labels([0, 0.005, 0.01], step: 0.005) == ["0.0%", "0.5%", "1.0%"])
    }

    @Test("decimals for a step", arguments: [(1.0, 0), (0.5, 1), (0.25, 2), (2.5, 1), (1_000, 0), (0.05, 2)])
    func decimals(pair: (Double, Int)) {
        #expect(TickFormat.decimals(pair.0) == pair.1)
    }
}
