import Statistics

/// An uncertain input ready for the kernel: a known value is kept as a number, so a trial
/// reads it without touching the generator, and any other value is sampled in place.
///
/// A class, so the kernel samples the stored `UncertainValue` through a reference instead
/// of copying the enum (and retaining its payload) on every trial.
final class CompiledDraw: Sendable {
    let value: UncertainValue
    /// The value when it is certain.
    let fixed: Double?

    init(_ value: UncertainValue) {
        self.value = value
        if case .fixed(let number) = value { fixed = number } else { fixed = nil }
    }

    /// One draw (no random numbers consumed when the value is certain).
    @inline(__always)
    func sample(using rng: inout RandomStream) -> Double {
        if let fixed { return fixed }
        return value.sample(using: &rng)
    }
}
