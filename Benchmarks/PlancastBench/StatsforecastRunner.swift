import Foundation

/// Runs `Benchmarks/statsforecast_m3.py` with the interpreter in `PLANCAST_PYTHON` (default
/// `python3`) when it can import statsforecast; otherwise says why it is skipped.
enum StatsforecastRunner {
    static func run(directory: URL, sets: [M3Set]) {
        let python = ProcessInfo.processInfo.environment["PLANCAST_PYTHON"] ?? "python3"
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("statsforecast_m3.py").path
        guard execute(python, ["-c", "import statsforecast"]) == 0 else {
            print("statsforecast: skipped (`\(python) -c 'import statsforecast'` failed; pip install statsforecast, or set PLANCAST_PYTHON)")
            return
        }
        _ = execute(python, [script, directory.path] + sets.map(\.rawValue))
    }

    /// Runs a program (searched on PATH), inheriting standard output; returns its exit status.
    private static func execute(_ program: String, _ arguments: [String]) -> Int32 {
        fflush(nil)  // flush every stream, so our table stays ahead of the child's output when piped
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        } catch {
            return -1
        }
    }
}
