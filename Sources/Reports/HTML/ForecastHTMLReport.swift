import Forecasting

/// `plancast fit --report FILE.html`: one fan chart per series, with the model and the target
/// probability when one was asked for.
public struct ForecastHTMLReport {
    let results: [SeriesForecast]
    let provenance: ReportProvenance

    public init(_ results: [SeriesForecast], provenance: ReportProvenance) {
        self.results = results
        self.provenance = provenance
    }

    var page: HTMLPage {
        let summary = results.map { result in
            var sentence = "\(result.series.id): \(result.request.model.rawValue) model (\(result.summary))"
            if let target = result.target {
                let bound = UnanimousTrials.sentence(probability: target.probability, trials: target.paths, trial: "path").map { " (\($0))" } ?? ""
                sentence += ", \(NumberText.percent(target.probability)) chance that the window sum reaches "
                    + NumberText.Style(scale: target.target.value).text(target.target.value) + bound
            }
            return sentence + "."
        }
        var facts = [HTMLPage.Fact(name: "Data", value: provenance.source)]
        if let first = results.first {
            facts += [.init(name: "Series", value: String(results.count)),
                      .init(name: "Horizon", value: "\(first.request.horizon) \(first.series.frequency.periodNoun)s")]
            if let origins = first.request.backtestOrigins {
                facts.append(.init(name: "Backtest", value: origins == 1 ? "1 origin" : "\(origins) origins"))
            }
            if first.request.target != nil {
                facts += [.init(name: "Seed", value: String(first.request.seed)),
                          .init(name: "Paths", value: NumberText.grouped(Double(first.request.paths)))]
            }
        }
        return HTMLPage(title: "Forecast", summary: summary, facts: facts,
                        figures: results.map { ForecastFanChart(result: $0).figure }, provenance: provenance)
    }

    public func write(to stream: inout some TextOutputStream) {
        stream.write(page.html)
    }
}
