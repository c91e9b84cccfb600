/// Memory the trial kernel reads through plain pointers, owned by a compiled plan or a run
/// and freed with it.
///
/// Reading a class instance or an array element inside the kernel retains and releases it,
/// and when several workers read the same object those atomic updates make its cache line
/// travel between cores. Values stored here are read through `UnsafePointer`s held in
/// plain structs instead, so a trial copies no reference.
///
/// `@unchecked Sendable`: values are stored only while the owner is being built (on one
/// thread), and are read-only afterwards.
final class KernelStorage: @unchecked Sendable {
    private var releases: [() -> Void] = []

    /// Copies `values` into storage that lives as long as this object.
    func store<T>(_ values: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: Swift.max(1, values.count))
        _ = buffer.initialize(from: values)
        let count = values.count
        releases.append {
            buffer.baseAddress?.deinitialize(count: count)
            buffer.deallocate()
        }
        return UnsafeBufferPointer(rebasing: buffer[0..<count])
    }

    /// Copies one value into storage that lives as long as this object.
    func store<T>(_ value: T) -> UnsafePointer<T> {
        // A stored one-element buffer always has a base address.
        store([value]).baseAddress.unsafelyUnwrapped
    }

    deinit {
        for release in releases { release() }
    }
}
