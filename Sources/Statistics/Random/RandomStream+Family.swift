extension RandomStream {
    /// The streams of one (seed, component) pair, one per trial.
    ///
    /// `RandomStream(seed:component:trial:)` folds the seed, then the component, then the
    /// trial into its key; a family folds the first two once, so `stream(trial:)` gives the
    /// same stream bit for bit with two fewer SplitMix64 rounds, for loops that derive a
    /// component's stream in every trial.
    public struct Family: Sendable, Hashable {
        @usableFromInline let key: UInt64

        public init(seed: UInt64, component: StreamKey) {
            key = Self.key(seed: seed, component: component)
        }

        /// The stream of one trial, equal to `RandomStream(seed:component:trial:)`.
        @inlinable
        public func stream(trial: UInt64) -> RandomStream {
            RandomStream(familyKey: key, trial: trial)
        }

        /// The SplitMix64 fold of seed and component.
        @inlinable
        static func key(seed: UInt64, component: StreamKey) -> UInt64 {
            SplitMix64.mix(SplitMix64.mix(seed &+ SplitMix64.golden) ^ component.rawValue)
        }
    }
}
