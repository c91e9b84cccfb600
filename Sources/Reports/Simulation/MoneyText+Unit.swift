extension MoneyText {
    /// Money spelled with `prefix` ("$", "SEK "), as a `TickFormat` carries it.
    init(prefix: String) { self.prefix = prefix }

    /// The currency for an axis title: ` ($)`, ` (SEK)`, or nothing without a currency.
    var unitSuffix: String {
        let symbol = prefix.trimmingSpaces()
        return symbol.isEmpty ? "" : " (\(symbol))"
    }
}
