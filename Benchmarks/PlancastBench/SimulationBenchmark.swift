import Dispatch
import Forecasting
import Foundation
import Scenarios
import Simulation
import Statistics

/// `plancast-bench simulate [--trials N] [--threads N] [--seed S] [--file FILE] [--memory off]`:
/// the Monte Carlo engine's throughput on the benchmark plan, and its memory per trial.
///
/// Times loading the plan plus the whole run (trials, reduction, percentiles) in one
/// process, on all cores unless told otherwise, then prints trials per second, the process
/// CPU time per trial (a figure that other jobs on a shared machine disturb far less than
/// wall time), and the peak resident set size (VmHWM) after runs of growing size, so the
/// memory cost of one more trial can be read off the slope (the engine keeps 8 bytes per
/// trial). `--memory off` skips the larger runs.
enum SimulationBenchmark {
    static let defaultTrials = 1_000_000
    static let defaultFile = "Scenarios/bench/bench-quarter.yaml"
    /// Multiples of the trial count run after the timed run, in ascending order, so each
    /// raises the peak and the rise shows the memory per added trial.
    static let memoryMultiples = [2, 4]

    static let usage = "usage: plancast-bench simulate [--trials N] [--threads N] [--seed S] [--file FILE] [--memory off]"

    static func run(arguments: [String]) {
        let start = DispatchTime.now()
        let options = BenchOptions(arguments, usage: usage, valued: ["--trials", "--threads", "--seed", "--file", "--memory"])
        let trials = options.value("--trials").flatMap { Int($0) } ?? defaultTrials
        let threads = options.value("--threads").flatMap { Int($0) } ?? SimulationSettings.defaultThreads
        let seed = options.value("--seed").flatMap { UInt64($0) } ?? 1
        let file = options.value("--file") ?? defaultFile
        let measureMemory = options.value("--memory") != "off"
        do {
            let (plan, source) = try loadPlan(file)
            let simulator = try Simulator(plan: plan)
            let result = try simulator.run(SimulationSettings(trials: trials, seed: seed, threads: threads))
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            print("plan: \(source)")
            print("trials: \(result.trials), threads: \(threads), seed: \(seed)")
            print(String(format: "P(hit) = %.4f ± %.4f, mean revenue = %.0f", result.probabilityOfHit.value,
                         result.probabilityOfHit.standardError, result.revenue.mean.value))
            print(String(format: "wall time (loading + simulation + summary): %.3f s", seconds))
            print(String(format: "throughput: %.0f trials/s", Double(result.trials) / seconds))
            let cpu = processCPUSeconds()
            print(String(format: "process CPU time: %.3f s (%.2f µs per trial)", cpu, cpu / Double(result.trials) * 1e6))
            guard measureMemory else { return }
            var previous = (trials: result.trials, kilobytes: peakResidentKilobytes())
            print("peak RSS after \(previous.trials) trials: \(previous.kilobytes) kB")
            for multiple in memoryMultiples {
                let count = multiple * trials
                _ = try simulator.run(SimulationSettings(trials: count, seed: seed, threads: threads))
                let kilobytes = peakResidentKilobytes()
                let perTrial = Double(kilobytes - previous.kilobytes) * 1024 / Double(count - previous.trials)
                print("peak RSS after \(count) trials: \(kilobytes) kB (\(String(format: "%.1f", perTrial)) bytes per added trial)")
                previous = (count, kilobytes)
            }
        } catch {
            print("error: \(error)")
        }
    }

    /// The benchmark plan from its scenario file, or built in code exactly as specified
    /// when the file is absent.
    private static func loadPlan(_ path: String) throws -> (Plan, String) {
        if FileManager.default.fileExists(atPath: path) {
            return (try ScenarioLoader.load(URL(fileURLWithPath: path)).base, path)
        }
        return (try benchmarkPlan(), "built in code (\(path) not found)")
    }

    /// The benchmark plan of the Monte Carlo engine specification, built in code.
    static func benchmarkPlan() throws -> Plan {
        let window = PlanWindow(start: YearMonth(year: 2026, month: 7), months: 3)
        let channels = [
            Channel(name: "organic", leads: .planned([1200, 1100, 1300].map { UncertainValue.fixed($0) }),
                    uncertainty: .logNormal(try LogNormal(median: 1, p90: 1.15))),
            Channel(name: "paid_search",
                    leads: .spend(SpendPlan(spend: [50000, 50000, 60000],
                                            response: .hill(maxLeads: .fixed(2000), halfSpend: .fixed(80000), slope: .fixed(1)))),
                    uncertainty: .logNormal(try LogNormal(median: 1, p90: 1.2))),
            Channel(name: "events", leads: .planned([0, 400, 0].map { UncertainValue.fixed($0) })),
        ]
        let funnel = Funnel(
            stages: [FunnelStage(name: "opportunity", rate: .beta(try Beta(mean: 0.12, sd: 0.015))),
                     FunnelStage(name: "won", rate: .beta(try Beta(mean: 0.25, sd: 0.03)))],
            cycleMonths: [0.3, 0.4, 0.2, 0.1],
            dealSize: .logNormal(try LogNormal(median: 9000, p90: 25000)))
        let stages = ["discovery", "proposal", "negotiation"]
        let deals = (0..<300).map { i in
            OpenDeal(id: "D\(i)", stage: stages[i % 3], amount: 5000 + 100 * Double(i), closeMonth: i % 3)
        }
        let pipeline = Pipeline(deals: deals, winRates: ["discovery": .fixed(0.15), "proposal": .fixed(0.35), "negotiation": .fixed(0.6)],
                                slip: .fixed(0.25))
        return Plan(name: "Benchmark quarter", window: window, target: .total(3_400_000), channels: channels,
                    funnel: funnel, pipeline: pipeline)
    }

    /// CPU time of the whole process so far (all threads), in seconds.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// VmHWM from /proc/self/status in kB (0 where unavailable).
    static func peakResidentKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}
