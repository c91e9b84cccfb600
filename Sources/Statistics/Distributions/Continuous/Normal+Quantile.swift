import RealModule

extension Normal {
    /// The inverse CDF: `mean + sd·Φ⁻¹(p)`, for p in (0, 1) (−∞ at 0, +∞ at 1, NaN outside).
    public func quantile(_ p: Double) -> Double { mean + sd * Normal.standardQuantile(p) }

    /// P(X ≤ x) = Φ((x − mean)/sd).
    public func cdf(_ x: Double) -> Double { Normal.standardCDF((x - mean) / sd) }

    /// Φ(z) = erfc(−z/√2)/2, accurate to a few ULPs in both tails (erfc avoids cancellation).
    public static func standardCDF(_ z: Double) -> Double {
        0.5 * Double.erfc(-z / 2.0.squareRoot())
    }

    /// Φ⁻¹(p), the standard normal quantile, by Wichura's algorithm AS 241 (PPND16,
    /// Applied Statistics 37(3), 1988): rational approximations of degree 7 in three
    /// regions, relative accuracy about 1e−16 over (0, 1).
    ///
    /// Edge cases: returns −∞ for p = 0, +∞ for p = 1 and NaN for p outside [0, 1] or NaN.
    public static func standardQuantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= AS241.centralSplit {
            let r = AS241.centralConstant - q * q
            return q * AS241.evaluate(AS241.a, r) / AS241.evaluate(AS241.b, r)
        }
        var r = (-Double.log(q < 0 ? p : 1 - p)).squareRoot()
        let z: Double
        if r <= AS241.tailSplit {
            r -= AS241.intermediateShift
            z = AS241.evaluate(AS241.c, r) / AS241.evaluate(AS241.d, r)
        } else {
            r -= AS241.tailSplit
            z = AS241.evaluate(AS241.e, r) / AS241.evaluate(AS241.f, r)
        }
        return q < 0 ? -z : z
    }
}

/// Coefficients of Wichura's AS 241 (PPND16), lowest degree first, as published.
private enum AS241 {
    /// |p − 0.5| at or below which the central approximation applies.
    static let centralSplit = 0.425
    /// 0.425², the centre of the central rational function's argument.
    static let centralConstant = 0.180625
    /// √(−ln r) at or below which the intermediate approximation applies.
    static let tailSplit = 5.0
    static let intermediateShift = 1.6

    static let a = [3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3,
                    1.3731693765509461125e+4, 4.5921953931549871457e+4, 6.7265770927008700853e+4,
                    3.3430575583588128105e+4, 2.5090809287301226727e+3]
    static let b = [1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
                    2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4,
                    5.2264952788528545610e+3]
    static let c = [1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
                    3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
                    2.27238449892691845833e-2, 7.74545014278341407640e-4]
    static let d = [1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
                    1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
                    1.05075007164441684324e-9]
    static let e = [6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
                    2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
                    2.71155556874348757815e-5, 2.01033439929228813265e-7]
    static let f = [1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
                    7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
                    2.04426310338993978564e-15]

    /// Horner evaluation of Σ coefficients[k]·xᵏ.
    static func evaluate(_ coefficients: [Double], _ x: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * x + $1 }
    }
}
