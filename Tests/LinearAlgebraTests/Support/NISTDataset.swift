import Foundation
import LinearAlgebra
import TestSupport

/// A NIST StRD linear least-squares data set with its certified values, read from
/// `Tests/LinearAlgebraTests/Fixtures/<name>.txt` (format described in that folder's README).
struct NISTDataset {
    let name: String
    /// Certified estimates, `B0` first.
    let certifiedCoefficients: [Double]
    /// Certified standard deviations of the estimates.
    let certifiedStandardErrors: [Double]
    /// Named summary statistics (`residual_standard_deviation`, `residual_sum_of_squares`, …).
    let statistics: [String: Double]
    /// The response column.
    let response: [Double]
    /// The predictor columns, one array per predictor.
    let predictors: [[Double]]

    init(_ name: String) throws {
        self.name = name
        let url = Fixtures.tests("LinearAlgebraTests/Fixtures/\(name).txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var section = ""
        var coefficients: [Double] = []
        var standardErrors: [Double] = []
        var statistics: [String: Double] = [:]
        var rows: [[Double]] = []
        for rawLine in text.split(separator: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                section = line
                continue
            }
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            switch section {
            case "[certified]":
                coefficients.append(try Self.number(fields[1], in: name))
                standardErrors.append(try Self.number(fields[2], in: name))
            case "[statistics]":
                statistics[fields[0]] = try Self.number(fields[1], in: name)
            case "[data]":
                rows.append(try fields.map { try Self.number($0, in: name) })
            default:
                throw FixtureError(file: name, problem: "line outside a section: \(line)")
            }
        }
        self.certifiedCoefficients = coefficients
        self.certifiedStandardErrors = standardErrors
        self.statistics = statistics
        self.response = rows.map { $0[0] }
        self.predictors = (1..<(rows.first?.count ?? 1)).map { column in rows.map { $0[column] } }
    }

    /// The design `[1, x₁, …, x_k]` for a multiple regression with intercept.
    var linearDesign: Matrix {
        Matrix(columns: [Array(repeating: 1, count: response.count)] + predictors)
    }

    /// The design `[1, x, x², …, x^degree]` for a polynomial in the single predictor.
    func polynomialDesign(degree: Int) -> Matrix {
        let x = predictors[0]
        return Matrix(columns: (0...degree).map { power in x.map { pow($0, Double(power)) } })
    }

    private static func number(_ field: String, in file: String) throws -> Double {
        guard let value = Double(field) else {
            throw FixtureError(file: file, problem: "not a number: \(field)")
        }
        return value
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let file: String
    let problem: String
    var description: String { "\(file).txt: \(problem)" }
}

/// The log relative error `LRE = −log₁₀(|estimate − certified| / |certified|)`, the number of
/// correct significant digits used by NIST (McCullough 1998, "Assessing the reliability of
/// statistical software", *The American Statistician* 52(4)); 16 when the two agree exactly.
/// For a certified value of zero, the absolute error is used instead.
func logRelativeError(_ estimate: Double, certified: Double) -> Double {
    let error = certified == 0 ? abs(estimate) : abs(estimate - certified) / abs(certified)
    return error == 0 ? 16 : min(16, -log10(error))
}

/// The smallest LRE over a vector.
func minimumLogRelativeError(_ estimates: [Double], certified: [Double]) -> Double {
    zip(estimates, certified).map { logRelativeError($0, certified: $1) }.min() ?? 16
}
