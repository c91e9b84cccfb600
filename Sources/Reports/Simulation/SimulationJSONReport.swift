import Simulation

/// `plancast simulate --format json` and `plancast compare --format json`: one document,
/// keys sorted, so the same result always gives the same bytes (schema: docs/output-json.md).
public enum SimulationJSONReport {
    /// Writes the simulate document.
    public static func write(_ result: SimulationResult, currency: String?, to stream: inout some TextOutputStream) throws {
        try JSONOutput.write(SimulationDocument(result, currency: currency), to: &stream)
    }

    /// Writes the compare document.
    public static func write(_ comparison: Comparison, currency: String?, to stream: inout some TextOutputStream) throws {
        try JSONOutput.write(ComparisonDocument(comparison, currency: currency), to: &stream)
    }
}
