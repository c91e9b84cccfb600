import RealModule

/// Kachitvichyanukul & Schmeiser's BTPE binomial sampler for n·r ≥ 30, r = min(p, 1 − p)
/// ("Binomial random variate generation", CACM 31(2), 1988, steps 0–5.3; names follow the paper).
///
/// The hat is a triangle over the mode, two parallelograms and two exponential tails; the
/// final acceptance compares ln V with the exact log ratio f(y)/f(M), evaluated by explicit
/// products when |y − M| is small and by Stirling's series otherwise (checked against lgamma
/// to 1e−12 in ln f, far below the Monte Carlo error of any use).
///
/// The constants are computed for any n and r but are only meaningful, and only used, when
/// n·r ≥ 30 (below that some are negative or infinite).
@usableFromInline
struct BTPE: Sendable {
    @usableFromInline let n: Int
    @usableFromInline let r, q, nrq, fm: Double
    /// 1/(n·r·q), so the squeeze of step 5.2 multiplies instead of dividing.
    @usableFromInline let inverseNrq: Double
    @usableFromInline let m: Int
    @usableFromInline let p1, xm, xl, xr, c, laml, lamr, p2, p3, p4: Double
    @usableFromInline let flipped: Bool

    init(trials: Int, r: Double, flipped: Bool) {
        let nd = Double(trials)
        n = trials
        self.r = r
        q = 1 - r
        self.flipped = flipped
        nrq = nd * r * q
        inverseNrq = 1 / nrq
        fm = nd * r + r
        m = Int(fm.rounded(.down))
        p1 = (2.195 * nrq.squareRoot() - 4.6 * q).rounded(.down) + 0.5
        xm = Double(m) + 0.5
        xl = xm - p1
        xr = xm + p1
        c = 0.134 + 20.5 / (15.3 + Double(m))
        var a = (fm - xl) / (fm - xl * r)
        laml = a * (1 + 0.5 * a)
        a = (xr - fm) / (xr * q)
        lamr = a * (1 + 0.5 * a)
        p2 = p1 * (1 + 2 * c)
        p3 = p2 + c / laml
        p4 = p3 + c / lamr
    }

    @inlinable
    func sample(using rng: inout RandomStream) -> Int {
        let y = draw(using: &rng)
        return flipped ? n - y : y
    }

    @inlinable
    func draw(using rng: inout RandomStream) -> Int {
        while true {
            let u = rng.nextUnit() * p4
            var v = rng.nextOpenUnit()
            // Step 1: the triangle, accepted at once.
            if u <= p1 { return Int((xm - p1 * v + u).rounded(.down)) }
            let y: Int
            if u <= p2 {
                // Step 2: the parallelograms.
                let x = xl + (u - p1) / c
                v = v * c + 1 - abs(Double(m) - x + 0.5) / p1
                if v > 1 { continue }
                y = Int(x.rounded(.down))
            } else if u <= p3 {
                // Step 3: left exponential tail.
                let x = (xl + Double.log(v) / laml).rounded(.down)
                if x < 0 { continue }
                y = Int(x)
                v *= (u - p2) * laml
            } else {
                // Step 4: right exponential tail.
                let x = (xr - Double.log(v) / lamr).rounded(.down)
                if x > Double(n) { continue }
                y = Int(x)
                v *= (u - p3) * lamr
            }
            if accepts(y, v) { return y }
        }
    }

    /// Step 5: is V ≤ f(y)/f(M)?
    @usableFromInline @inline(never)
    func accepts(_ y: Int, _ v: Double) -> Bool {
        let k = abs(y - m)
        let kd = Double(k)
        if k <= 20 || kd >= 0.5 * nrq - 1 {
            // Step 5.1: the ratio by its recurrence f(i)/f(i−1) = (n − i + 1)/i · r/q.
            let s = r / q
            let a = s * Double(n + 1)
            var f = 1.0
            if m < y {
                for i in (m + 1)...y { f *= a / Double(i) - s }
            } else if m > y {
                for i in (y + 1)...m { f /= a / Double(i) - s }
            }
            return v <= f
        }
        // Step 5.2: squeeze on ln f(y)/f(M) by a normal approximation with error bound rho.
        let rho = (kd * inverseNrq) * ((kd * (kd / 3 + 0.625) + 1.0 / 6.0) * inverseNrq + 0.5)
        let t = -0.5 * kd * kd * inverseNrq
        let logV = Double.log(v)
        if logV < t - rho { return true }
        if logV > t + rho { return false }
        // Step 5.3: the exact log ratio through Stirling's series. The corrections of ln M! and
        // ln(n − M)! enter with +, those of ln y! and ln(n − y)! with − (the derivation's signs;
        // adding all four, as some transcriptions do, biases the bound by about 1e−3).
        let x1 = Double(y + 1), f1 = Double(m + 1)
        let z = Double(n + 1 - m), w = Double(n - y + 1)
        let bound = xm * Double.log(f1 / x1) + (Double(n - m) + 0.5) * Double.log(z / w)
            + Double(y - m) * Double.log(w * r / (x1 * q))
            + Self.stirlingCorrection(f1) + Self.stirlingCorrection(z)
            - Self.stirlingCorrection(x1) - Self.stirlingCorrection(w)
        return logV <= bound
    }

    /// The Stirling-series correction of step 5.3,
    /// (13860 − (462 − (132 − (99 − 140/a²)/a²)/a²)/a²)/a/166320 = 1/(12a) − 1/(360a³) + 1/(1260a⁵) − …
    static func stirlingCorrection(_ a: Double) -> Double {
        let a2 = a * a
        return (13860 - (462 - (132 - (99 - 140 / a2) / a2) / a2) / a2) / a / 166320
    }
}
