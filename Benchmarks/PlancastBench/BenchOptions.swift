import Foundation

/// The options of one `plancast-bench` subcommand: `--name value` pairs and bare flags,
/// checked against the names the subcommand knows, so `--help` or a mistyped option stops
/// with the usage instead of silently running a minutes-long benchmark with its defaults.
struct BenchOptions {
    private let values: [String: String]
    private let flags: Set<String>

    /// Parses `arguments`; prints the usage and exits (0 for `--help`, 2 for a mistake) when
    /// they ask for help, name an unknown option, or leave an option without its value.
    init(_ arguments: [String], usage: String, valued: Set<String>, flags known: Set<String> = []) {
        var values = [String: String]()
        var flags = Set<String>()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--help" || argument == "-h" {
                print(usage)
                exit(0)
            } else if known.contains(argument) {
                flags.insert(argument)
                index += 1
            } else if valued.contains(argument), index + 1 < arguments.count {
                values[argument] = arguments[index + 1]
                index += 2
            } else {
                let problem = valued.contains(argument) ? "\(argument) needs a value" : "unknown option '\(argument)'"
                FileHandle.standardError.write(Data("error: \(problem)\n\(usage)\n".utf8))
                exit(2)
            }
        }
        self.values = values
        self.flags = flags
    }

    func value(_ name: String) -> String? { values[name] }

    func has(_ flag: String) -> Bool { flags.contains(flag) }
}
