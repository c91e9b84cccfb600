// The release-mode benchmark harness behind `make bench` and `make bench-forecast`.
// Usage: plancast-bench samplers | forecast [options] | fill [options] | unusual [options] | simulate [options]

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "samplers": SamplerBenchmark.run(arguments: Array(arguments.dropFirst()))
case "forecast": ForecastBenchmark.run(arguments: Array(arguments.dropFirst()))
case "fill": GapFillBenchmark.run(arguments: Array(arguments.dropFirst()))
case "unusual": UnusualValuesBenchmark.run(arguments: Array(arguments.dropFirst()))
case "simulate": SimulationBenchmark.run(arguments: Array(arguments.dropFirst()))
default:
    print("usage: plancast-bench samplers | forecast | fill | unusual | simulate  (each takes --help)")
}
