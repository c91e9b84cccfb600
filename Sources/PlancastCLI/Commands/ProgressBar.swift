import Foundation

/// A progress bar on standard error for long simulations: shown only when standard error is
/// a terminal and the run has taken more than a second, redrawn in place, cleared at the end.
final class ProgressBar {
    /// Runs shorter than this never show a bar.
    static let delay: TimeInterval = 1
    static let width = 30

    private let start = Date()
    private let enabled = isatty(FileHandle.standardError.fileDescriptor) != 0
    private var shown = false

    /// Draws `fraction` (0...1) with a label, once the delay has passed.
    func update(_ fraction: Double, label: String) {
        guard enabled, Date().timeIntervalSince(start) > Self.delay else { return }
        let filled = Int((min(1, max(0, fraction)) * Double(Self.width)).rounded())
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: Self.width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(Int((fraction * 100).rounded()))% \(label)".utf8))
        shown = true
    }

    /// Erases the bar, if one was drawn.
    func finish() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
