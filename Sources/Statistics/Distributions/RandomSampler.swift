/// Something that draws random values from an injected `RandomStream`.
///
/// Samplers are immutable values: all set-up work (tables, constants) happens once in the
/// validating initialiser, so `sample(using:)` is a pure function of the stream's state.
public protocol RandomSampler: Sendable {
    associatedtype Value
    /// One draw, advancing `rng`.
    func sample(using rng: inout RandomStream) -> Value
}

/// A distribution on the real line with finite mean and variance.
public protocol ContinuousDistribution: RandomSampler where Value == Double {
    /// The expectation E[X].
    var mean: Double { get }
    /// The variance Var[X].
    var variance: Double { get }
}

/// A distribution of counts (non-negative integers) with finite mean and variance.
public protocol CountDistribution: RandomSampler where Value == Int {
    /// The expectation E[N].
    var mean: Double { get }
    /// The variance Var[N].
    var variance: Double { get }
}
