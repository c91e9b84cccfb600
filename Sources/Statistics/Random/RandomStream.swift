/// A seeded xoshiro256++ generator whose state is derived from (seed, component, trial).
///
/// Every random quantity in Plancast is drawn from the stream of its own component (a channel,
/// a funnel stage, the pipeline, …) and its own trial. Because the stream is a pure function
/// of those three numbers, any trial of any component can be regenerated on its own: results
/// are bit-identical for any thread count, and changing one component of a plan leaves the
/// random numbers of every other component untouched (common random numbers).
///
/// Generator: xoshiro256++ (Blackman & Vigna, "Scrambled linear pseudorandom number
/// generators", ACM TOMS 47(4), 2021): period 2^256 − 1, passes BigCrush and PractRand.
/// State derivation: the key (seed, component, trial) is folded through the SplitMix64
/// finaliser (Steele, Lea & Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014), and SplitMix64 seeded with that key fills the four state words, as the
/// xoshiro authors recommend. Two distinct keys collide with probability about 2^-64.
public struct RandomStream: RandomNumberGenerator, Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// The stream of one component in one trial.
    /// - Parameters:
    ///   - seed: the run's seed (printed with every result so runs can be replayed).
    ///   - component: which part of the plan draws from this stream.
    ///   - trial: the trial (or path, or replicate) index.
    @inlinable
    public init(seed: UInt64, component: StreamKey = .root, trial: UInt64 = 0) {
        self.init(familyKey: Family.key(seed: seed, component: component), trial: trial)
    }

    /// The stream of one trial from the folded (seed, component) key of its `Family`.
    @inlinable
    init(familyKey: UInt64, trial: UInt64) {
        let key = SplitMix64.mix(familyKey ^ (trial &* SplitMix64.golden))
        var seeder = SplitMix64(state: key)
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
        // xoshiro's all-zero state is a fixed point; SplitMix64 output makes it practically
        // impossible, but guard it so the generator is total.
        if s0 | s1 | s2 | s3 == 0 { s0 = SplitMix64.golden }
    }

    /// A stream with an explicit xoshiro256++ state, for checking against reference vectors.
    /// - Precondition: the state is not all zero.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state.0 | state.1 | state.2 | state.3 != 0, "xoshiro256++ state must not be all zero")
        (s0, s1, s2, s3) = state
    }

    /// The next 64 random bits (xoshiro256++).
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        let result = (s0 &+ s3).rotatedLeft(by: 23) &+ s0
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3.rotatedLeft(by: 45)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    @inlinable @inline(__always)
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in the open interval (0, 1): never 0, never 1, so `log` and
    /// quantile functions are always finite.
    @inlinable @inline(__always)
    public mutating func nextOpenUnit() -> Double {
        (Double(next() >> 12) + 0.5) * 0x1.0p-52
    }
}

extension UInt64 {
    @inlinable @inline(__always)
    func rotatedLeft(by k: UInt64) -> UInt64 {
        (self << k) | (self >> (64 &- k))
    }
}
