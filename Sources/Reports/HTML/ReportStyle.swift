/// The report's style sheet: system fonts only, charts scale to the page (the narrow drawing
/// of each chart on phones), figures never split across printed pages.
enum ReportStyle {
    static let css = """
        :root { color-scheme: light; }
        body { margin: 0; background: #fff; color: #1a1a1a; font: 15px/1.45 Arial, "Liberation Sans", Helvetica, sans-serif; }
        main { max-width: 760px; margin: 0 auto; padding: 24px 20px 40px; }
        h1 { font-size: 24px; margin: 0 0 8px; overflow-wrap: anywhere; }
        h2 { font-size: 17px; margin: 0 0 6px; }
        .summary { font-size: 16px; margin: 4px 0; }
        .facts { display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 12px 0 8px; padding: 10px 12px; background: #f4f4f4; border-radius: 4px; }
        .facts div { display: flex; gap: 6px; min-width: 0; }
        .facts dt { color: #595959; }
        .facts dd { margin: 0; font-weight: bold; overflow-wrap: anywhere; }
        .chart-figure { margin: 28px 0 0; break-inside: avoid; page-break-inside: avoid; }
        .chart { display: block; width: 100%; max-width: 720px; height: auto; font-family: Arial, "Liberation Sans", Helvetica, sans-serif; }
        .chart.narrow { display: none; }
        @media (max-width: \(ChartLayout.narrowScreen - 1)px) {
          .chart.wide { display: none; }
          .chart.narrow { display: block; }
        }
        .chart text { fill: #1a1a1a; }
        .chart .tick-label, .chart .legend-label, .chart .value-label { fill: #404040; }
        .chart .axis-title { fill: #1a1a1a; font-weight: bold; }
        .chart .rule-label { fill: #1a1a1a; font-size: 12px; }
        figcaption { margin-top: 6px; color: #333; font-size: 14px; }
        footer { margin-top: 32px; color: #595959; font-size: 13px; }
        @media print {
          body { font-size: 12px; }
          main { max-width: none; padding: 0; }
          .facts { background: none; border: 1px solid #bbb; }
          .chart.wide { display: block; }
          .chart.narrow { display: none; }
          @page { margin: 14mm; }
        }

        """
}
