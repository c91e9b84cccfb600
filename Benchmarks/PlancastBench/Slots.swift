/// Write-once result slots shared by parallel iterations; each index is written by exactly one
/// iteration, and read only after `concurrentPerform` returns.
final class Slots<Value>: @unchecked Sendable {
    private var storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    var values: [Value?] { Array(storage) }
}
