extension RandomStream {
    /// A uniform integer in `0..<bound`, without modulo bias.
    ///
    /// Lemire's multiply-and-reject method ("Fast random integer generation in an interval",
    /// ACM TOMACS 29(1), 2019): one 64×64→128-bit multiply, and a rejection that happens with
    /// probability below `bound / 2^64`.
    /// - Precondition: `bound > 0`.
    @inlinable
    public mutating func nextIndex(below bound: Int) -> Int {
        precondition(bound > 0, "nextIndex(below:) needs a positive bound")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }
}
