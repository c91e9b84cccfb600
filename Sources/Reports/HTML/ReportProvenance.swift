import Foundation

/// What a report states so it can be reproduced: the input file, when it was made and by
/// which version of the tool. The date is injected (tests pass a fixed one).
public struct ReportProvenance: Sendable, Equatable {
    /// The scenario or data file as the user named it.
    public var source: String
    public var generated: Date
    public var toolVersion: String

    public init(source: String, generated: Date, toolVersion: String) {
        self.source = source
        self.generated = generated
        self.toolVersion = toolVersion
    }

    /// `2026-11-21 19:30 UTC`: the same text on every machine and in every time zone.
    var generatedText: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: generated)
        return String(format: "%04d-%02d-%02d %02d:%02d UTC", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0)
    }
}
