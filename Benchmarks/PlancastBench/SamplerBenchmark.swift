import Foundation
import Statistics

/// `plancast-bench samplers [--seconds S] [--no-numpy] [--only CASE]`: draws per second of
/// every sampler on one thread, beside NumPy's `Generator` (PCG64) for the same distribution and parameters.
///
/// Each case fills a buffer from one `RandomStream` for at least S seconds of thread CPU time
/// (default 0.3), three times, and reports the best rate; one draw per batch goes into a
/// printed checksum, so the optimiser cannot drop the work. NumPy's rates come from
/// `Benchmarks/numpy_samplers.py` (vectorised batches of 1e6, its fastest mode), run with the
/// interpreter in `PLANCAST_PYTHON` (default `python3`); the column is left out, with a note,
/// when Python or NumPy is missing.
///
/// Output: one tab-separated line per case, `samplers <case> <draws/s> <numpy draws/s> <ratio>`,
/// then the same as a Markdown table for BENCHMARKS.md.
enum SamplerBenchmark {
    static let defaultSeconds = 0.3
    static let repeats = 3
    static let batch = 1 << 16

    struct Case {
        let name: String
        let measure: (Double) -> (rate: Double, checksum: Double)
    }

    static let usage = "usage: plancast-bench samplers [--seconds S] [--no-numpy] [--only CASE]"

    static func run(arguments: [String]) {
        let options = BenchOptions(arguments, usage: usage, valued: ["--seconds", "--only"], flags: ["--no-numpy"])
        let seconds = options.value("--seconds").flatMap { Double($0) } ?? defaultSeconds
        let numpy = options.has("--no-numpy") ? [:] : NumPyRates.load(seconds: seconds)
        var cases: [Case]
        do {
            cases = try makeCases()
        } catch {
            print("error: \(error)")
            return
        }
        if let only = options.value("--only") {
            cases = cases.filter { $0.name == only }
        }
        var rows: [(name: String, swift: Double, numpy: Double?)] = []
        var checksum = 0.0
        for benchmark in cases {
            let (rate, sum) = benchmark.measure(seconds)
            checksum += sum
            let reference = numpy[benchmark.name]
            rows.append((benchmark.name, rate, reference))
            let ratio = reference.map { String(format: "%.2f", rate / $0) } ?? "-"
            let numpyText = reference.map { String(format: "%.0f", $0) } ?? "-"
            print("samplers\t\(benchmark.name)\t\(String(format: "%.0f", rate))\t\(numpyText)\t\(ratio)")
        }
        print("(checksum \(checksum))\n")
        printTable(rows, numpyAvailable: !numpy.isEmpty)
    }

    static func printTable(_ rows: [(name: String, swift: Double, numpy: Double?)], numpyAvailable: Bool) {
        print(numpyAvailable ? "| sampler | Plancast (M draws/s) | NumPy (M draws/s) | ratio |" : "| sampler | Plancast (M draws/s) |")
        print(numpyAvailable ? "|---|---:|---:|---:|" : "|---|---:|")
        for row in rows {
            var line = "| \(row.name) | \(String(format: "%.1f", row.swift / 1e6)) |"
            if numpyAvailable {
                line += row.numpy.map { " \(String(format: "%.1f", $0 / 1e6)) | \(String(format: "%.1f×", row.swift / $0)) |" } ?? " – | – |"
            }
            print(line)
        }
        if !numpyAvailable { print("\nNumPy column skipped (--no-numpy, or python3 with numpy not found).") }
    }

    /// The cases, named exactly as in `Benchmarks/numpy_samplers.py`.
    static func makeCases() throws -> [Case] {
        let empirical = try Empirical(values: (0..<1000).map { Double($0) * 1.5 })
        let discrete = try DiscreteDistribution(values: (0..<10).map(Double.init),
                                                probabilities: [0.05, 0.1, 0.15, 0.2, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05])
        return [
            continuous("uniform(0,1)", try Uniform(min: 0, max: 1)),
            continuous("normal(0,1)", try Normal(mean: 0, sd: 1)),
            continuous("lognormal(0,1)", try LogNormal(mu: 0, sigma: 1)),
            continuous("gamma(0.01)", try Gamma(shape: 0.01, scale: 1)),
            continuous("gamma(0.5)", try Gamma(shape: 0.5, scale: 1)),
            continuous("gamma(2.5)", try Gamma(shape: 2.5, scale: 1)),
            continuous("gamma(30)", try Gamma(shape: 30, scale: 1)),
            continuous("beta(0.3,0.3)", try Beta(alpha: 0.3, beta: 0.3)),
            continuous("beta(2,5)", try Beta(alpha: 2, beta: 5)),
            continuous("triangular(0,1,3)", try Triangular(min: 0, mode: 1, max: 3)),
            continuous("pert(0,1,3)", try PERT(min: 0, mode: 1, max: 3)),
            continuous("empirical(1000)", empirical),
            continuous("discrete(10)", discrete),
            counts("poisson(1e-6)", try Poisson(mean: 1e-6)),
            counts("poisson(0.5)", try Poisson(mean: 0.5)),
            counts("poisson(5)", try Poisson(mean: 5)),
            counts("poisson(30)", try Poisson(mean: 30)),
            counts("poisson(1e7)", try Poisson(mean: 1e7)),
            counts("binomial(1e9,1e-8)", try Binomial(trials: 1_000_000_000, probability: 1e-8)),
            counts("binomial(50,0.999)", try Binomial(trials: 50, probability: 0.999)),
            counts("binomial(100,0.3)", try Binomial(trials: 100, probability: 0.3)),
            counts("binomial(1e6,0.3)", try Binomial(trials: 1_000_000, probability: 0.3)),
            counts("negbinomial(2.5,0.3)", try NegativeBinomial(successes: 2.5, probability: 0.3)),
            counts("negbinomial(1000,0.5)", try NegativeBinomial(successes: 1000, probability: 0.5)),
        ]
    }

    static func continuous<S: RandomSampler>(_ name: String, _ sampler: S) -> Case where S.Value == Double {
        Case(name: name) { seconds in measure(sampler, seconds) { sampler, rng in sampler.sample(using: &rng) } }
    }

    static func counts<S: RandomSampler>(_ name: String, _ sampler: S) -> Case where S.Value == Int {
        Case(name: name) { seconds in measure(sampler, seconds) { sampler, rng in Double(sampler.sample(using: &rng)) } }
    }

    /// CPU time of the calling thread: time spent by other processes on a busy machine does
    /// not count against the sampler (NumPy's script uses `time.thread_time` likewise).
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Best rate of `repeats` timings, each filling a buffer of `batch` draws (as NumPy fills
    /// its output array) until `seconds` have passed. The sampler is passed in and copied to
    /// a local, so the loop reads it in place as a caller's own value would be.
    @inline(__always)
    static func measure<S: RandomSampler>(_ sampler: S, _ seconds: Double,
                                          _ draw: (S, inout RandomStream) -> Double) -> (rate: Double, checksum: Double) {
        var rng = RandomStream(seed: 20_261_121, component: StreamKey("benchmark"))
        let local = sampler
        var buffer = [Double](repeating: 0, count: batch)
        var best = 0.0
        var checksum = 0.0
        for _ in 0..<repeats {
            var count = 0
            let start = threadCPUSeconds()
            var elapsed = 0.0
            repeat {
                buffer.withUnsafeMutableBufferPointer { output in
                    for index in output.indices { output[index] = draw(local, &rng) }
                }
                checksum += buffer[count % batch]
                count += batch
                elapsed = threadCPUSeconds() - start
            } while elapsed < seconds
            best = max(best, Double(count) / elapsed)
        }
        return (best, checksum)
    }
}

/// NumPy's rates from `Benchmarks/numpy_samplers.py`, keyed by case name; empty when Python
/// or NumPy is unavailable.
enum NumPyRates {
    static func load(seconds: Double) -> [String: Double] {
        let python = ProcessInfo.processInfo.environment["PLANCAST_PYTHON"] ?? "python3"
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("numpy_samplers.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, "--seconds", String(seconds)]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return [:]
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return [:] }
        var rates: [String: Double] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            if fields.count == 2, let rate = Double(fields[1]) { rates[String(fields[0])] = rate }
        }
        return rates
    }
}
