extension TimeSeries {
    /// The checks every model makes before fitting: at least `minimumLength` observations,
    /// all finite. Returns the values so a model can start from them.
    /// - Throws: `FitError` naming `model`, with the count found or the problem.
    func checkedValues(minimumLength: Int, model: String) throws(FitError) -> [Double] {
        guard values.count >= minimumLength else {
            throw FitError(model: model, reason: "needs at least \(minimumLength) observations, found \(values.count)")
        }
        guard values.allSatisfy(\.isFinite) else {
            throw FitError(model: model, reason: "the series contains a missing or non-finite value")
        }
        return values
    }
}
