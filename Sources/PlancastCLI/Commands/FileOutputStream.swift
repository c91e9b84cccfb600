import Foundation

/// A `TextOutputStream` into a file, buffered, for output too large to hold as one string.
final class FileOutputStream: TextOutputStream {
    /// Bytes gathered before each write to the file.
    static let bufferSize = 1 << 16

    private let handle: FileHandle
    private var buffer = Data()

    /// Creates (or truncates) the file at `path`.
    /// - Throws: `CocoaError` naming the file when it cannot be created.
    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    }

    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Writes what is buffered and closes the file.
    func close() throws {
        flush()
        try handle.close()
    }

    private func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
