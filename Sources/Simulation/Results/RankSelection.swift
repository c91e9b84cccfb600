/// Order statistics of a large sample by radix refinement, without sorting or moving it.
///
/// Each double is mapped to a 64-bit key with the same order (sign bit flipped for
/// non-negative values, all bits flipped for negative ones; the usual radix-sort mapping,
/// Knuth, *TAOCP* vol. 3, §5.2.5). One pass finds the key range, a second counts the values in
/// 2^16 equal key buckets, and the requested ranks fall into known buckets; values in those
/// buckets are collected and sorted when few, and a crowded bucket is refined the same way
/// over its own key range. The results are exact order statistics, equal to those of a sort
/// (−0 and +0 are ordered −0 first, a difference no comparison of values can see).
///
/// Quickselect costs a branch mispredicted about half the time per element and pass; here a
/// pass is a branch-free count.
/// - Complexity: O(n) per refinement level (three passes in the common case); extra memory
///   O(2^16 + ranks × `collectLimit`), independent of n.
struct RankSelection {
    /// Buckets per refinement level.
    static let bucketBits = 16
    /// Buckets with at most this many values are collected and sorted; larger ones refined.
    static let collectLimit = 4096

    let values: UnsafeBufferPointer<Double>

    /// The order-preserving key of a value (NaN never reaches here).
    @inline(__always)
    static func key(_ value: Double) -> UInt64 {
        let bits = value.bitPattern
        return bits >> 63 == 0 ? bits | (1 << 63) : ~bits
    }

    /// The value of a key.
    static func value(_ key: UInt64) -> Double {
        Double(bitPattern: key >> 63 == 1 ? key & ~(1 << 63) : ~key)
    }

    /// The values at 0-based `ranks` (ascending, each in 0..<count) of the sorted sample.
    func values(atRanks ranks: [Int]) -> [Double] {
        guard !ranks.isEmpty else { return [] }
        var low = UInt64.max
        var high = UInt64.min
        for value in values {
            let key = Self.key(value)
            low = Swift.min(low, key)
            high = Swift.max(high, key)
        }
        var results = [Double](repeating: 0, count: ranks.count)
        refine(keys: low...high, below: 0, ranks: ranks[...], into: &results)
        return results
    }

    /// A bucket of one refinement level that holds requested ranks.
    private struct Bucket {
        let index: Int
        let keys: ClosedRange<UInt64>
        /// Values with keys below the bucket, and in it.
        let below: Int
        let count: Int
        /// Positions in the rank list (and in the results) of the ranks it holds.
        let ranks: Range<Int>
    }

    /// Fills `results[i]` with the value of rank `ranks[i]` for every position i of `ranks`
    /// (positions of the top-level list), given that exactly `below` values have keys below
    /// `keys` and every requested rank lies inside it.
    private func refine(keys: ClosedRange<UInt64>, below: Int, ranks: ArraySlice<Int>, into results: inout [Double]) {
        if keys.lowerBound == keys.upperBound {
            for i in ranks.indices { results[i] = Self.value(keys.lowerBound) }
            return
        }
        let span = keys.upperBound - keys.lowerBound
        let shift = UInt64(Swift.max(0, (UInt64.bitWidth - span.leadingZeroBitCount) - Self.bucketBits))
        let width: UInt64 = (1 << shift) - 1
        var counts = [Int](repeating: 0, count: Int(span >> shift) + 1)
        counts.withUnsafeMutableBufferPointer { counts in
            for value in values {
                let key = Self.key(value)
                if keys.contains(key) { counts[Int((key - keys.lowerBound) >> shift)] += 1 }
            }
        }
        // Walk the buckets once, cutting the ranks into runs that share a bucket.
        var buckets: [Bucket] = []
        var index = 0
        var before = below
        var start = ranks.startIndex
        while start < ranks.endIndex {
            while before + counts[index] <= ranks[start] {
                before += counts[index]
                index += 1
            }
            var end = start
            while end < ranks.endIndex && ranks[end] < before + counts[index] { end += 1 }
            let first = keys.lowerBound + (UInt64(index) << shift)
            let last = keys.upperBound - first <= width ? keys.upperBound : first + width
            buckets.append(Bucket(index: index, keys: first...last, below: before, count: counts[index], ranks: start..<end))
            start = end
        }
        let small = buckets.filter { $0.count <= Self.collectLimit }
        for bucket in buckets where bucket.count > Self.collectLimit {
            refine(keys: bucket.keys, below: bucket.below, ranks: ranks[bucket.ranks], into: &results)
        }
        guard !small.isEmpty else { return }
        // One pass collects the values of every small bucket; each is then sorted.
        var slotOfBucket = [Int](repeating: -1, count: counts.count)
        for (slot, bucket) in small.enumerated() { slotOfBucket[bucket.index] = slot }
        var collected = small.map { bucket -> [Double] in
            var values: [Double] = []
            values.reserveCapacity(bucket.count)
            return values
        }
        for value in values {
            let key = Self.key(value)
            guard keys.contains(key) else { continue }
            let slot = slotOfBucket[Int((key - keys.lowerBound) >> shift)]
            if slot >= 0 { collected[slot].append(value) }
        }
        for (slot, bucket) in small.enumerated() {
            let sorted = collected[slot].sorted { Self.key($0) < Self.key($1) }
            for i in bucket.ranks { results[i] = sorted[ranks[i] - bucket.below] }
        }
    }
}
