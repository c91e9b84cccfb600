import Foundation
import Simulation

/// `plancast simulate --format json` and `plancast compare --format json`: one document,
/// keys sorted, so the same result always gives the same bytes (schema: docs/output-json.md).
public enum SimulationJSONReport {
    /// Writes the simulate document.
    public static func write(_ result: SimulationResult, currency: String?, to stream: inout some TextOutputStream) throws {
        try encode(SimulationDocument(result, currency: currency), to: &stream)
    }

    /// Writes the compare document.
    public static func write(_ comparison: Comparison, currency: String?, to stream: inout some TextOutputStream) throws {
        try encode(ComparisonDocument(comparison, currency: currency), to: &stream)
    }

    static func encode(_ document: some Encodable, to stream: inout some TextOutputStream) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = try encoder.encode(document)
        stream.write(String(decoding: data, as: UTF8.self) + "\n")
    }
}
