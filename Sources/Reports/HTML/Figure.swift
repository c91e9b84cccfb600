/// One chart of a report: a title, the SVG, and a one-sentence caption with the key number.
struct Figure: Equatable, Sendable {
    var title: String
    var chart: SVGElement
    var caption: String

    /// `<figure>` markup: heading, inline SVG, caption (its first letter capitalised, as
    /// captions may start with a channel's lower-case name).
    var html: String {
        let sentence = caption.prefix(1).uppercased() + caption.dropFirst()
        return "<figure class=\"chart-figure\">\n<h2>\(Markup.escape(title))</h2>\n" + chart.markup()
            + "<figcaption>\(Markup.escape(sentence))</figcaption>\n</figure>\n"
    }
}
