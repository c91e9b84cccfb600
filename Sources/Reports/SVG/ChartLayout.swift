/// Shared sizes of the charts, in pixels (the SVG view box; the page scales it).
enum ChartLayout {
    /// Fits an A4 or Letter page in portrait with margins, and a laptop window.
    static let width = 720.0
    static let plotHeight = 240.0
    static let topMargin = 8.0
    static let rightMargin = 24.0
    static let bottomMargin = 6.0
    /// Room for the rotated y-axis title.
    static let axisTitleBand = 22.0
    static let axisTitleGap = 8.0
    static let legendGap = 12.0
    /// Height of one row of labels above the plot (rule labels).
    static let ruleRowHeight = 17.0
    static let ruleLabelGap = 8.0
}
