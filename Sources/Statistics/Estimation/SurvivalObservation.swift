/// One deal's time from creation to close, in whole periods (usually months).
///
/// A closed deal (`closed == true`) closed `duration` periods after it was created. A deal still
/// open is right-censored: it has been watched for `duration` complete periods without closing,
/// so its cycle is known only to exceed `duration`.
public struct SurvivalObservation: Sendable, Equatable {
    /// Periods from creation to close (closed deals) or to the last complete period observed
    /// (open deals); 0 means the same period.
    public var duration: Int
    /// Whether the deal has closed (an event) rather than still being open (censored).
    public var closed: Bool

    public init(duration: Int, closed: Bool) {
        self.duration = duration
        self.closed = closed
    }
}
