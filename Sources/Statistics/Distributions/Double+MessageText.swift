extension Double {
    /// Whole numbers below this print as integers in messages; larger ones in exponent form.
    package static let messageIntegralLimit = 1e15

    /// How a number reads in a message: whole numbers without a fractional part ("120000",
    /// not "120000.0"), others in their shortest exact form ("1.2").
    package var messageText: String {
        if isFinite, self == rounded(), Swift.abs(self) < Self.messageIntegralLimit {
            return String(Int64(self))
        }
        return "\(self)"
    }
}
