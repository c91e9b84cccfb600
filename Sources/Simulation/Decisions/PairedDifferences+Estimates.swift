extension PairedDifferences {
    /// Strategy minus base P(hit), with the standard error of the paired differences.
    var probabilityOfHitDifference: Estimate {
        Estimate(value: hit.mean, standardError: (hit.variance / Double(n)).squareRoot())
    }

    /// Strategy minus base mean revenue, with the standard error of the paired differences.
    var meanRevenueDifference: Estimate {
        Estimate(value: revenue.mean, standardError: (revenue.variance / Double(n)).squareRoot())
    }
}
