/// One chart of a report: a title, the chart drawn at the page's width and at a phone's (the
/// style sheet shows one), and a one-sentence caption with the key number.
struct Figure: Equatable, Sendable {
    var title: String
    var wide: SVGElement
    var narrow: SVGElement
    var caption: String

    /// - Parameter label: the chart's accessible name.
    init(title: String, chart: some ChartDrawing, label: String, caption: String) {
        self.title = title
        wide = chart.svg(label: label, width: ChartLayout.width).addingClass("wide")
        narrow = chart.svg(label: label, width: ChartLayout.narrowWidth).addingClass("narrow")
        self.caption = caption
    }

    /// `<figure>` markup: heading, both inline SVGs, caption (its first letter capitalised, as
    /// captions may start with a channel's lower-case name).
    var html: String {
        let sentence = caption.prefix(1).uppercased() + caption.dropFirst()
        return "<figure class=\"chart-figure\">\n<h2>\(Markup.escape(title))</h2>\n" + wide.markup() + narrow.markup()
            + "<figcaption>\(Markup.escape(sentence))</figcaption>\n</figure>\n"
    }
}
