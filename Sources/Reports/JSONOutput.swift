import Foundation

/// The one JSON style of every `--format json` output: snake_case keys, sorted, pretty
/// printed, so scripts see the same conventions from `fit`, `simulate`, `compare` and the
/// decision commands.
enum JSONOutput {
    /// Writes `document` followed by a newline.
    /// - Throws: `EncodingError` when a value cannot be encoded; a non-finite number is
    ///   rejected rather than written as NaN.
    static func write(_ document: some Encodable, to stream: inout some TextOutputStream) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = try encoder.encode(document)
        stream.write(String(decoding: data, as: UTF8.self) + "\n")
    }
}
