/// A self-contained report page: header facts, summary sentences and figures, with the style
/// sheet inline. No script, no font or image from elsewhere: a Content-Security-Policy of
/// `default-src 'none'` makes any such load fail rather than reach the network.
struct HTMLPage: Equatable, Sendable {
    struct Fact: Equatable, Sendable {
        var name: String
        var value: String
    }

    var title: String
    var summary: [String]
    var facts: [Fact]
    var figures: [Figure]
    var provenance: ReportProvenance

    /// The full document.
    var html: String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="plancast \(Markup.escape(provenance.toolVersion))">
            <title>\(Markup.escape(title))</title>
            <style>
            \(ReportStyle.css)</style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(Markup.escape(title))</h1>

            """
        for sentence in summary { page += "<p class=\"summary\">\(Markup.escape(sentence))</p>\n" }
        page += "<dl class=\"facts\">\n"
        for fact in facts + standardFacts {
            page += "<div><dt>\(Markup.escape(fact.name))</dt><dd>\(Markup.escape(fact.value))</dd></div>\n"
        }
        page += "</dl>\n</header>\n"
        for figure in figures { page += figure.html }
        page += "<footer>Made by plancast \(Markup.escape(provenance.toolVersion)) on \(Markup.escape(provenance.generatedText)). "
            + "Run the same command with the seed and trials above to reproduce every number.</footer>\n"
        return page + "</main>\n</body>\n</html>\n"
    }

    private var standardFacts: [Fact] {
        [Fact(name: "Generated", value: provenance.generatedText), Fact(name: "Tool", value: "plancast \(provenance.toolVersion)")]
    }
}
