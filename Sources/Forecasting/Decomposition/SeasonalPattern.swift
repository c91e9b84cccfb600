/// A seasonal pattern that the seasonally adjusting models (Theta, DOTM, the damped trend,
/// the adjusted ARIMA) remove before smoothing and restore afterwards.
///
/// Restoring a multiplicative pattern scales the model's spread with the index (a December
/// twice an average month varies twice as much); an additive pattern shifts values and
/// leaves the spread alone.
struct SeasonalPattern: Sendable, Equatable {
    let form: SeasonalForm
    /// One component per position of the cycle, position 0 being the season of the first
    /// value: indices averaging 1, or offsets averaging 0.
    let components: [Double]

    /// No seasonal pattern.
    static let none = SeasonalPattern(form: .multiplicative, components: [1])

    var isSeasonal: Bool { components.count > 1 }

    func component(at t: Int) -> Double { components[t % components.count] }

    /// The value at position t with the season taken out.
    func remove(from value: Double, at t: Int) -> Double { form.remove(component(at: t), from: value) }

    /// A seasonally adjusted value at position t with the season put back.
    func restore(_ adjusted: Double, at t: Int) -> Double { form.restore(component(at: t), to: adjusted) }

    /// A standard deviation on the adjusted scale, on the original scale at position t.
    func restoreSpread(_ spread: Double, at t: Int) -> Double {
        form == .multiplicative ? spread * component(at: t) : spread
    }

    /// The same pattern with position 0 at position `start` of this one (the first period
    /// after `start` observations, for forecasts).
    func starting(at start: Int) -> SeasonalPattern {
        SeasonalPattern(form: form, components: components.indices.map { component(at: start + $0) })
    }
}
