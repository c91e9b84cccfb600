import Statistics

extension ScenarioDecoder {
    /// A plain number (fixed) or a distribution `{ form: { … } }` (see `DistributionForm`),
    /// checked to stay inside `domain` for every draw.
    mutating func value(_ node: ScenarioNode, _ domain: ValueDomain) -> UncertainValue? {
        let decoded: (value: UncertainValue, form: String?)?
        if node.scalar != nil {
            decoded = number(node).map { (.fixed($0), nil) }
        } else if let entries = node.entries, entries.count == 1, let entry = entries.first {
            decoded = distribution(entry, in: node).map { ($0, entry.key) }
        } else if let entries = node.entries {
            report(node, "a distribution has exactly one form, found \(entries.count) keys",
                   suggestion: "write e.g. { lognormal: { median: 9000, p90: 25000 } }")
            decoded = nil
        } else {
            mismatch(node, expected: "a number or a distribution such as { beta: { mean: 0.1, sd: 0.02 } }")
            decoded = nil
        }
        guard let decoded else { return nil }
        return check(decoded.value, form: decoded.form, node, domain) ? decoded.value : nil
    }

    /// A plain number inside `domain` (inputs that the plan model holds as numbers, not
    /// distributions, such as spend or a deal's amount).
    mutating func plainNumber(_ node: ScenarioNode, _ domain: ValueDomain) -> Double? {
        guard node.scalar != nil else {
            mismatch(node, expected: "a plain number (a distribution is not accepted here)")
            return nil
        }
        guard let value = number(node), check(.fixed(value), form: nil, node, domain) else { return nil }
        return value
    }

    private mutating func distribution(_ entry: ScenarioNode.Entry, in node: ScenarioNode) -> UncertainValue? {
        switch entry.key {
        case "discrete":
            return discrete(entry.value)
        case "empirical":
            return empirical(entry.value)
        default:
            guard let form = DistributionForm.parametric.first(where: { $0.name == entry.key }) else {
                let suggestion = Suggestion.didYouMean(entry.key, in: DistributionForm.names)
                    ?? "expected a number or one of: \(DistributionForm.names.joined(separator: ", "))"
                report(at: entry.keyLocation, path: node.path, "unknown distribution '\(entry.key)'", suggestion: suggestion)
                return nil
            }
            return parametric(form, entry.value)
        }
    }

    private mutating func parametric(_ form: DistributionForm, _ node: ScenarioNode) -> UncertainValue? {
        let errorCount = errors.count
        guard let fields = fields(node, "the parameters of \(form.name), \(form.variantList)", allowed: form.parameterNames),
              let entries = fields.node.entries
        else { return nil }
        var parameters: [String: Double] = [:]
        for entry in entries where form.parameterNames.contains(entry.key) {
            guard let value = number(entry.value) else { continue }
            if DistributionForm.wholeNumberParameters.contains(entry.key),
               value != value.rounded() || abs(value) >= Double.messageIntegralLimit {
                mismatch(entry.value, expected: "a whole number")
                continue
            }
            parameters[entry.key] = value
        }
        guard errors.count == errorCount else { return nil }
        guard form.variants.contains(where: { Set($0) == Set(parameters.keys) }) else {
            let given = entries.map(\.key).joined(separator: ", ")
            report(node, "\(form.name) takes \(form.variantList); found {\(given)}")
            return nil
        }
        do throws(DistributionError) {
            return try form.build(parameters)
        } catch {
            let at = node[error.parameter] ?? node
            report(at, "\(form.name) \(error.parameter) \(NumberText.exact(error.value)) \(error.requirement)")
            return nil
        }
    }

    /// Reports a value that can leave its domain; returns whether it stays inside.
    private mutating func check(_ value: UncertainValue, form: String?, _ node: ScenarioNode, _ domain: ValueDomain) -> Bool {
        let support = value.support
        let shown = form.map { "but this \($0) can draw " } ?? "found "
        switch domain {
        case .nonNegative(let noun):
            guard support.lower < 0 else { return true }
            if case .normal(let d) = value {
                report(node, "\(noun) cannot be negative, but a normal distribution can draw values below 0",
                       suggestion: "use lognormal: { mean: \(NumberText.exact(d.mean)), sd: \(NumberText.exact(d.sd)) } or gamma")
            } else {
                report(node, "\(noun) cannot be negative, \(shown)\(NumberText.exact(support.lower))")
            }
        case .positive(let noun):
            guard support.lower < 0 || (support.lower == 0 && support.lowerIsAttained) else { return true }
            if case .normal = value {
                report(node, "\(noun) must be positive, but a normal distribution can draw values at or below 0",
                       suggestion: "use lognormal or gamma")
            } else {
                report(node, "\(noun) must be positive, \(shown)\(NumberText.exact(support.lower))")
            }
        case .rate(let noun):
            guard support.lower < 0 || support.upper > 1 else { return true }
            let beta = "use beta: { mean: \(NumberText.rounded(value.mean)), sd: \(NumberText.rounded(value.standardDeviation)) }"
            switch value {
            case .fixed(let number):
                report(node, "\(noun) \(NumberText.exact(number)) is outside [0, 1]")
            case .normal:
                report(node, "\(noun) must stay within [0, 1], but a normal distribution can draw any value", suggestion: beta)
            case .logNormal, .gamma:
                report(node, "\(noun) must stay within [0, 1], but a \(form ?? "") distribution can draw values above 1",
                       suggestion: beta)
            default:
                let outside = support.lower < 0 ? support.lower : support.upper
                report(node, "\(noun) must stay within [0, 1], \(shown)\(NumberText.exact(outside))")
            }
        }
        return false
    }
}
