import Statistics

/// Random edits of a file's bytes, as a careless editor or a broken merge would make them:
/// bytes inserted, deleted or replaced (YAML punctuation favoured), lines deleted,
/// duplicated, swapped or re-indented, numbers replaced by awkward values, truncation.
/// Edits may split a multi-byte character; the invalid UTF-8 then reads as U+FFFD, as a
/// damaged file would.
enum ScenarioMutator {
    static let bytes = Array(":-[]{},#&*!|>'\"%@`\n\t 0123456789.eE+_~az".utf8)
    static let awkwardNumbers = [
        "-1", "0", "-0.5", "1e308", "-1e308", "2.5", ".nan", ".inf", "99999999999999999999", "1e-320",
        "3,400,000", "\"12\"", "~", "[]", "{}",
    ].map { Array($0.utf8) }
    static let newline = UInt8(ascii: "\n")

    /// `text` after `edits` random edits drawn from `rng`.
    static func mutate(_ text: String, edits: Int, using rng: inout RandomStream) -> String {
        var bytes = Array(text.utf8)
        for _ in 0..<edits { bytes = mutateOnce(bytes, using: &rng) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func mutateOnce(_ bytes: [UInt8], using rng: inout RandomStream) -> [UInt8] {
        var bytes = bytes
        let position = bytes.isEmpty ? 0 : rng.nextIndex(below: bytes.count)
        let randomByte = Self.bytes[rng.nextIndex(below: Self.bytes.count)]
        switch rng.nextIndex(below: 9) {
        case 0:
            if !bytes.isEmpty { bytes.remove(at: position) }
        case 1:
            bytes.insert(randomByte, at: position)
        case 2:
            if !bytes.isEmpty { bytes[position] = randomByte }
        case 3, 4, 5, 6:
            var lines = bytes.split(separator: newline, omittingEmptySubsequences: false).map(Array.init)
            let line = rng.nextIndex(below: lines.count)
            let other = rng.nextIndex(below: lines.count)
            switch rng.nextIndex(below: 4) {
            case 0: lines.remove(at: line)
            case 1: lines.insert(lines[line], at: line)
            case 2: lines.swapAt(line, other)
            default: lines[line] = rng.nextIndex(below: 2) == 0 ? Array("  ".utf8) + lines[line] : Array(lines[line].dropFirst(2))
            }
            bytes = Array(lines.joined(separator: [newline]))
        case 7:
            bytes = replacingNumber(in: bytes, near: position, using: &rng)
        default:
            bytes.removeSubrange(position...)
        }
        return bytes
    }

    /// Replaces the first run of digits at or after `position` by an awkward value.
    private static func replacingNumber(in bytes: [UInt8], near position: Int, using rng: inout RandomStream) -> [UInt8] {
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        guard position < bytes.count, let start = bytes[position...].firstIndex(where: isDigit) else { return bytes }
        let end = bytes[start...].firstIndex { !isDigit($0) && $0 != UInt8(ascii: ".") } ?? bytes.endIndex
        return Array(bytes[..<start]) + awkwardNumbers[rng.nextIndex(below: awkwardNumbers.count)] + Array(bytes[end...])
    }
}
