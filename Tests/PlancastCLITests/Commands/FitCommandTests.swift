import Foundation
@testable import PlancastCLI
import Scenarios
import TestSupport
import Testing

/// `plancast fit`'s input errors: gaps name the option that fills them (and the option does),
/// and a target window must run forward.
@Suite struct FitCommandTests {
    static func gappedHistory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plancast-gap-\(UUID().uuidString).csv")
        // 2024-01 … 2025-12 without 2025-02.
        var rows = ["month,revenue"]
        for index in 0..<24 where index != 13 {
            let year = 2024 + index / 12, month = index % 12 + 1
            rows.append("\(year)-\(month < 10 ? "0" : "")\(month),\(100 + index)")
        }
        try (rows.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("a gap stops fit with its period and the option that fills it")
    func gapNamesFillOption() throws {
        let file = try Self.gappedHistory()
        defer { try? FileManager.default.removeItem(at: file) }
        var command = try Plancast.parseAsRoot(["fit", file.path, "--horizon", "3"])
        #expect {
            try command.run()
        } throws: { error in
            (error as? DataErrors)?.description == "\(file.lastPathComponent), column \"revenue\": no row for 2025-02; add it, or pass --fill to interpolate gaps"
        }
    }

    @Test("--fill interpolates the gap and fits")
    func fillFits() throws {
        let file = try Self.gappedHistory()
        defer { try? FileManager.default.removeItem(at: file) }
        var command = try Plancast.parseAsRoot(["fit", file.path, "--horizon", "3", "--fill", "--model", "naive"])
        try command.run()
    }

    @Test("a window that ends before it starts is refused with an example")
    func reversedWindow() throws {
        let file = Fixtures.repository("Data/example/monthly.csv").path
        var command = try Plancast.parseAsRoot(["fit", file, "--column", "revenue", "--horizon", "3",
                                                "--target", "100", "--window", "2026-09..2026-07"])
        #expect {
            try command.run()
        } throws: { error in
            "\(error)" == "--window: \"2026-09..2026-07\" is not FROM..TO, FROM no later than TO, in the data's monthly dates (e.g. 2026-06..2026-08)"
        }
    }
}
