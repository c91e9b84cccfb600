import Foundation
import Forecasting

/// The mean difference of a score between two models over the same folds, with its standard
/// error clustered by series: the folds of one series (its validation origins) share its
/// difficulty, so they are not independent draws (Cameron & Miller 2015, "A practitioner's
/// guide to cluster-robust inference", eq. 11 with the G/(G − 1) small-sample factor).
/// Folds where either model has no score (MASE without a scale, a series neither fitted)
/// are left out.
struct PairedDifference {
    let mean: Double
    /// nil with a single series: one cluster says nothing about the spread between them.
    let standardError: Double?

    /// - Parameters:
    ///   - differences: per fold, the series it belongs to and `score(model) − score(baseline)`,
    ///     nil where either score is missing.
    init?(_ differences: [(series: String, difference: Double?)]) {
        let kept = differences.compactMap { fold in fold.difference.map { (fold.series, $0) } }
        guard !kept.isEmpty else { return nil }
        let count = Double(kept.count)
        let mean = kept.reduce(0) { $0 + $1.1 } / count
        var clusterSums = [String: Double]()
        for (series, difference) in kept { clusterSums[series, default: 0] += difference - mean }
        let clusters = Double(clusterSums.count)
        self.mean = mean
        standardError = clusters > 1
            ? (clusterSums.values.reduce(0) { $0 + $1 * $1 } / (count * count) * clusters / (clusters - 1)).squareRoot()
            : nil
    }

    /// sMAPE and MASE differences of `scores` against `baseline`, both aligned with `series`.
    static func line(_ name: String, _ scores: [AccuracyMetrics?], baseline: [AccuracyMetrics?], series: [M3Series]) -> String {
        func paired(_ value: (AccuracyMetrics) -> Double?) -> PairedDifference? {
            PairedDifference(series.indices.map { index in
                guard let score = scores[index].flatMap(value), let reference = baseline[index].flatMap(value) else { return (series[index].id, nil) }
                return (series[index].id, score - reference)
            })
        }
        func text(_ difference: PairedDifference?, digits: Int) -> String {
            guard let difference else { return "-" }
            let standardError = difference.standardError.map { String(format: "%.\(digits)f", $0) } ?? "-"
            return String(format: "%+.\(digits)f", difference.mean) + " (se \(standardError))"
        }
        return "\(name): sMAPE \(text(paired(\.smape), digits: 3)), MASE \(text(paired(\.mase), digits: 4))"
    }
}
