/// Shared sizes of the charts, in pixels (the SVG view box; the page scales it).
enum ChartLayout {
    /// Fits an A4 or Letter page in portrait with margins, and a laptop window.
    static let width = 720.0
    /// The second drawing of every chart, shown on screens narrower than `narrowScreen`: on a
    /// 400 px phone the chart is shown about 360 px wide, so text keeps 90% of its size.
    static let narrowWidth = 400.0
    /// Viewport width (CSS px) below which the narrow drawing is shown.
    static let narrowScreen = 560
    static let plotHeight = 240.0
    static let topMargin = 8.0
    static let rightMargin = 24.0
    /// Text keeps this far from the chart's left and right edges.
    static let edgeGap = 2.0
    static let bottomMargin = 6.0
    /// Room for the rotated y-axis title.
    static let axisTitleBand = 22.0
    static let axisTitleGap = 8.0
    static let legendGap = 12.0
    /// Height of one row of labels above the plot (rule labels).
    static let ruleRowHeight = 17.0
    static let ruleLabelGap = 8.0
    /// Class of reference lines (target, zero, base, percentiles): no text may cross them,
    /// which the browser check verifies.
    static let referenceLineClass = "rule reference-line"
}
