extension ETS {
    /// The forms to compare: the fixed components, and for free ones every option the data
    /// support. Fixed components the data cannot support throw; free ones are dropped with a
    /// note.
    func candidateForms(_ y: [Double], m: Int, notes: inout [String]) throws(FitError) -> [ETSForm] {
        let n = y.count
        let positive = y.allSatisfy { $0 > 0 }
        if error == .additive && season == .multiplicative {
            throw FitError(model: name, reason: "additive errors with multiplicative seasonality (ETS(A,·,M)) are "
                           + "numerically unstable; use multiplicative errors")
        }
        if !positive && (error == .multiplicative || season == .multiplicative) {
            let bad = y.firstIndex { $0 <= 0 }!
            throw FitError(model: name, reason: "multiplicative errors or seasonality need strictly positive data; "
                           + "observation \(bad + 1) is \(y[bad])")
        }
        let seasonalPeriodUsable = m > 1 && m <= Self.maximumSeasonalPeriod
        if let season, season != .none, !seasonalPeriodUsable {
            throw FitError(model: name, reason: "a seasonal model needs a seasonal period from 2 to "
                           + "\(Self.maximumSeasonalPeriod); the series has period \(m)")
        }
        var errors = error.map { [$0] } ?? [.additive, .multiplicative]
        var seasons = season.map { [$0] } ?? [.none, .additive, .multiplicative]
        let trends = trend.map { [$0] } ?? ETSTrendType.allCases
        if !positive {
            errors.removeAll { $0 == .multiplicative }
            seasons.removeAll { $0 == .multiplicative }
            // With additive errors fixed, multiplicative seasons were excluded anyway.
            if error == nil { notes.append("multiplicative forms skipped: the series has zero or negative values") }
        }
        if season == nil && !seasonalPeriodUsable {
            seasons = [.none]
            if m > Self.maximumSeasonalPeriod {
                notes.append("seasonality ignored: period \(m) is above \(Self.maximumSeasonalPeriod), the most ETS estimates")
            }
        }
        var forms: [ETSForm] = []
        for e in errors {
            for t in trends {
                for s in seasons where !(e == .additive && s == .multiplicative) {
                    forms.append(ETSForm(error: e, trend: t, season: s))
                }
            }
        }
        return try longEnough(forms, n: n, m: m, notes: &notes)
    }

    /// Drops forms with too many parameters for `n` observations, noting dropped seasonal
    /// forms; throws when a fixed form, or every form, is too long for the data.
    private func longEnough(_ forms: [ETSForm], n: Int, m: Int, notes: inout [String]) throws(FitError) -> [ETSForm] {
        let usable = forms.filter { n >= Self.minimumLength(of: $0, seasonalPeriod: m) }
        guard usable.isEmpty else {
            let dropped = forms.filter { $0.hasSeason && !usable.contains($0) }
            if season == nil, !dropped.isEmpty {
                let needed = dropped.map { Self.minimumLength(of: $0, seasonalPeriod: m) }
                let range = needed.min()! == needed.max()! ? "\(needed.min()!)" : "\(needed.min()!)–\(needed.max()!)"
                notes.append("\(dropped.count) seasonal form\(dropped.count == 1 ? "" : "s") skipped: "
                             + "\(range) observations needed with period \(m), found \(n)")
            }
            return usable
        }
        let simplest = forms.min { Self.minimumLength(of: $0, seasonalPeriod: m) < Self.minimumLength(of: $1, seasonalPeriod: m) }!
        let needed = Self.minimumLength(of: simplest, seasonalPeriod: m)
        let period = simplest.hasSeason ? " with seasonal period \(m)" : ""
        throw FitError(model: name, reason: "\(forms.count == 1 ? "\(simplest)" : "the simplest candidate, \(simplest),") "
                       + "needs at least \(needed) observations\(period); found \(n)")
    }
}
