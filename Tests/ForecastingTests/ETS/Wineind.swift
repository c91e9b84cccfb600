import Forecasting

/// Australian total wine sales by wine makers in bottles ≤ 1 litre, monthly, January 1980 –
/// August 1994 (176 values): R `forecast`'s `wineind`, a classic seasonal test series.
///
/// Source: Australian Bureau of Statistics, via R. J. Hyndman's Time Series Data Library; values
/// as redistributed in the MIT-licensed Python package pmdarima 2.1.1 (`load_wineind()`). The
/// series is a factual government statistic without a licence of its own, redistributed in
/// textbooks and packages for about 30 years. One row per year.
enum Wineind {
    static let values: [Double] = [
        15136, 16733, 20016, 17708, 18019, 19227, 22893, 23739, 21133, 22591, 26786, 29740,
        15028, 17977, 20008, 21354, 19498, 22125, 25817, 28779, 20960, 22254, 27392, 29945,
        16933, 17892, 20533, 23569, 22417, 22084, 26580, 27454, 24081, 23451, 28991, 31386,
        16896, 20045, 23471, 21747, 25621, 23859, 25500, 30998, 24475, 23145, 29701, 34365,
        17556, 22077, 25702, 22214, 26886, 23191, 27831, 35406, 23195, 25110, 30009, 36242,
        18450, 21845, 26488, 22394, 28057, 25451, 24872, 33424, 24052, 28449, 33533, 37351,
        19969, 21701, 26249, 24493, 24603, 26485, 30723, 34569, 26689, 26157, 32064, 38870,
        21337, 19419, 23166, 28286, 24570, 24001, 33151, 24878, 26804, 28967, 33311, 40226,
        20504, 23060, 23562, 27562, 23940, 24584, 34303, 25517, 23494, 29095, 32903, 34379,
        16991, 21109, 23740, 25552, 21752, 20294, 29009, 25500, 24166, 26960, 31222, 38641,
        14672, 17543, 25453, 32683, 22449, 22316, 27595, 25451, 25421, 25288, 32568, 35110,
        16052, 22146, 21198, 19543, 22084, 23816, 29961, 26773, 26635, 26972, 30207, 38687,
        16974, 21697, 24179, 23757, 25013, 24019, 30345, 24488, 25156, 25650, 30923, 37240,
        17466, 19463, 24352, 26805, 25236, 24735, 29356, 31234, 22724, 28496, 32857, 37198,
        13652, 22784, 23565, 26323, 23779, 27549, 29660, 23356,
    ]

    static var monthly: TimeSeries { TimeSeries(values: values, seasonalPeriod: 12) }
    /// The first five years as a non-seasonal series (R: `ts(wineind[1:60])`).
    static var firstFiveYears: TimeSeries { TimeSeries(values: Array(values[0..<60]), seasonalPeriod: 1) }
}
