import Forecasting
import Simulation
import Synchronization

/// Data files parsed once per process: CSV records, history tables and pipeline deals by
/// file text, and fitted forecast models by history, column and horizon.
///
/// Scenario files that share data (a base and the files extending it, a scenario and its
/// strategies, every file `plancast check Scenarios/` reads) then parse each CSV and fit each
/// forecast once. Entries are keyed by content, never by path alone, so an edited file is
/// read afresh. Thread-safe; the store is cleared when it reaches `capacity` entries so that
/// memory stays bounded however many distinct files a process reads.
final class DataFileCache: Sendable {
    /// The cache every load uses.
    static let shared = DataFileCache()

    /// Entries kept per kind before the store is cleared: far more than any set of scenario
    /// files references, small enough to bound memory.
    static let capacity = 64

    struct ForecastKey: Hashable, Sendable {
        let history: String
        let column: String
        let horizon: Int
    }

    struct DealsKey: Hashable, Sendable {
        let text: String
        let windowStart: String
        let stages: [String]
    }

    private let deals = Mutex<[DealsKey: [OpenDeal]]>([:])
    private let records = Mutex<[String: Result<[CSVReader.Record], CSVReader.UnterminatedQuote>]>([:])
    private let histories = Mutex<[String: Result<HistoryTable, DataErrors>]>([:])
    private let forecasts = Mutex<[ForecastKey: Result<any FittedModel, FitError>]>([:])

    /// The records of a CSV text, its fields separated as its own `CSVReader.Dialect` says.
    func records(_ text: String) -> Result<[CSVReader.Record], CSVReader.UnterminatedQuote> {
        cached(text, in: records) {
            Result { () throws(CSVReader.UnterminatedQuote) in try CSVReader.records(text, separator: CSVReader.Dialect(detecting: text).separator) }
        }
    }

    /// A history file's table; `file` names it in messages (and is part of the key).
    func history(_ text: String, file: String) -> Result<HistoryTable, DataErrors> {
        cached(file + "\n" + text, in: histories) {
            Result { () throws(DataErrors) in try HistoryTable.parse(text, file: file, options: HistoryOptions()) }
        }
    }

    /// Deals read from a pipeline export without problems, or nil when not seen yet.
    func deals(_ key: DealsKey) -> [OpenDeal]? {
        deals.withLock { $0[key] }
    }

    /// Remembers deals read without problems.
    func storeDeals(_ value: [OpenDeal], for key: DealsKey) {
        _ = cached(key, in: deals) { value }
    }

    /// A forecast model, fitted by `fit` the first time the key is seen.
    func forecast(_ key: ForecastKey, fit: () -> Result<any FittedModel, FitError>) -> Result<any FittedModel, FitError> {
        cached(key, in: forecasts, make: fit)
    }

    private func cached<Key: Hashable & Sendable, Value: Sendable>(_ key: Key, in store: borrowing Mutex<[Key: Value]>, make: () -> Value) -> Value {
        if let value = store.withLock({ $0[key] }) { return value }
        let value = make()
        store.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[key] = value
        }
        return value
    }
}
