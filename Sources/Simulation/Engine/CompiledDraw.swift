import Statistics

/// An uncertain input ready for the kernel: a known value is kept as a number, so a trial
/// reads it without touching the generator, and any other value is sampled in place.
///
/// A plain value: the distributions plans use for rates and multipliers (beta, log-normal)
/// are held inline, and any other through a pointer into the plan's `KernelStorage`, so
/// copying or sampling a draw retains nothing. Each case samples exactly as
/// `UncertainValue.sample` does.
enum CompiledDraw: @unchecked Sendable {
    case fixed(Double)
    case logNormal(LogNormal)
    case beta(Beta)
    case other(UnsafePointer<UncertainValue>)

    init(_ value: UncertainValue, storage: KernelStorage) {
        switch value {
        case .fixed(let number): self = .fixed(number)
        case .logNormal(let distribution): self = .logNormal(distribution)
        case .beta(let distribution): self = .beta(distribution)
        default: self = .other(storage.store(value))
        }
    }

    /// The value when it is certain.
    var fixed: Double? {
        if case .fixed(let number) = self { return number }
        return nil
    }

    /// One draw (no random numbers consumed when the value is certain).
    @inline(__always)
    func sample(using rng: inout RandomStream) -> Double {
        switch self {
        case .fixed(let number): return number
        case .logNormal(let distribution): return distribution.sample(using: &rng)
        case .beta(let distribution): return distribution.sample(using: &rng)
        case .other(let value): return value.pointee.sample(using: &rng)
        }
    }
}
