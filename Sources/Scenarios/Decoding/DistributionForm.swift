import Statistics

/// A distribution as written in a scenario file, `{ form: { parameter: number, … } }`, with the
/// parameter sets it accepts and how each becomes an `UncertainValue`.
struct DistributionForm: Sendable {
    /// The key in the file ("lognormal").
    let name: String
    /// Accepted parameter sets, each listed in the order documented.
    let variants: [[String]]
    /// Builds the value from one accepted parameter set (validated by `Statistics`).
    let build: @Sendable ([String: Double]) throws(DistributionError) -> UncertainValue

    /// Every parameter name of every variant, for "did you mean" suggestions.
    let parameterNames: [String]

    init(name: String, variants: [[String]], build: @escaping @Sendable ([String: Double]) throws(DistributionError) -> UncertainValue) {
        self.name = name
        self.variants = variants
        self.build = build
        var names: [String] = []
        for name in variants.joined() where !names.contains(name) { names.append(name) }
        parameterNames = names
    }

    /// "{median, p90}, {mean, sd} or {mu, sigma}".
    var variantList: String {
        let sets = variants.map { "{\($0.joined(separator: ", "))}" }
        return sets.count == 1 ? sets[0] : sets.dropLast().joined(separator: ", ") + " or " + sets[sets.count - 1]
    }

    /// The forms with numeric parameters; `discrete` and `empirical` are written differently.
    static let parametric: [DistributionForm] = [
        DistributionForm(name: "normal", variants: [["mean", "sd"]]) { p throws(DistributionError) in
            .normal(try Normal(mean: p["mean", default: 0], sd: p["sd", default: 0]))
        },
        DistributionForm(name: "lognormal", variants: [["median", "p90"], ["mean", "sd"], ["mu", "sigma"]]) { p throws(DistributionError) in
            if let median = p["median"], let p90 = p["p90"] { return .logNormal(try LogNormal(median: median, p90: p90)) }
            if let mean = p["mean"], let sd = p["sd"] { return .logNormal(try LogNormal(mean: mean, sd: sd)) }
            return .logNormal(try LogNormal(mu: p["mu", default: 0], sigma: p["sigma", default: 0]))
        },
        DistributionForm(name: "beta", variants: [["mean", "sd"], ["alpha", "beta"], ["successes", "trials"]]) { p throws(DistributionError) in
            if let mean = p["mean"], let sd = p["sd"] { return .beta(try Beta(mean: mean, sd: sd)) }
            if let alpha = p["alpha"], let beta = p["beta"] { return .beta(try Beta(alpha: alpha, beta: beta)) }
            return .beta(try Beta(successes: Int(p["successes", default: 0]), trials: Int(p["trials", default: 0])))
        },
        DistributionForm(name: "gamma", variants: [["shape", "scale"], ["mean", "sd"]]) { p throws(DistributionError) in
            if let shape = p["shape"], let scale = p["scale"] { return .gamma(try Gamma(shape: shape, scale: scale)) }
            return .gamma(try Gamma(mean: p["mean", default: 0], sd: p["sd", default: 0]))
        },
        DistributionForm(name: "triangular", variants: [["min", "mode", "max"]]) { p throws(DistributionError) in
            .triangular(try Triangular(min: p["min", default: 0], mode: p["mode", default: 0], max: p["max", default: 0]))
        },
        DistributionForm(name: "pert", variants: [["min", "mode", "max"]]) { p throws(DistributionError) in
            .pert(try PERT(min: p["min", default: 0], mode: p["mode", default: 0], max: p["max", default: 0]))
        },
        DistributionForm(name: "uniform", variants: [["min", "max"]]) { p throws(DistributionError) in
            .uniform(try Uniform(min: p["min", default: 0], max: p["max", default: 0]))
        },
    ]

    /// Parameters that count things and must be whole numbers.
    static let wholeNumberParameters: Set<String> = ["successes", "trials"]

    /// Every form's key, in documentation order.
    static let names = parametric.map(\.name) + ["discrete", "empirical"]
}
