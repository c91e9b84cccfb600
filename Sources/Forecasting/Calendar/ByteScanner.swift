/// A cursor over ASCII bytes for the small fixed grammars of date spellings, where a regular
/// expression would cost more per cell than the rest of reading the file.
struct ByteScanner {
    let bytes: [UInt8]
    var position: Int

    var atEnd: Bool { position == bytes.count }

    /// Consumes `character` when it is next.
    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    /// Consumes exactly `count` ASCII digits, or nothing.
    mutating func digits(_ count: Int) -> Bool {
        digits(atLeast: count, atMost: count)
    }

    /// Consumes the ASCII digits that follow, at most `maximum`; false, with nothing
    /// consumed, when fewer than `minimum` follow.
    mutating func digits(atLeast minimum: Int, atMost maximum: Int = .max) -> Bool {
        var end = position
        while end < bytes.count, end - position < maximum, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
            end += 1
        }
        guard end - position >= minimum else { return false }
        position = end
        return true
    }
}
