import ArgumentParser
import Forecasting
import Scenarios

/// `--date-order`, for every command that reads exports: how to read dates with slashes and
/// the year last, which spreadsheets write and nothing in the date disambiguates.
struct DateOrderOption: ParsableArguments {
    @Option(help: "How to read dates with slashes and the year last, which could be either way round: month-first (1/15/2024, as US spreadsheets write them) or day-first (15/1/2024).")
    var dateOrder: SlashDateOrder?

    /// The readers' setting, with the advice their errors give when the option is missing.
    var slashDates: SlashDateReading {
        SlashDateReading(order: dateOrder, advice: "pass --date-order month-first (1/15/2024) or day-first (15/1/2024)")
    }
}

extension SlashDateOrder: ExpressibleByArgument {}
