/// Colours that stay distinct for the common forms of colour blindness: the Okabe–Ito
/// palette (Okabe & Ito 2008, "Color Universal Design"; recommended by Wong 2011, *Nature
/// Methods* 8:441).
enum Palette {
    static let black = "#000000"
    static let orange = "#E69F00"
    static let skyBlue = "#56B4E9"
    static let bluishGreen = "#009E73"
    static let yellow = "#F0E442"
    static let blue = "#0072B2"
    static let vermillion = "#D55E00"
    static let reddishPurple = "#CC79A7"
    /// Axes, ticks and secondary text.
    static let grey = "#595959"
    /// Grid lines and neutral fills.
    static let lightGrey = "#D9D9D9"

    /// Series colours in order of use; yellow comes last (weak contrast on white).
    static let categorical = [blue, orange, bluishGreen, vermillion, reddishPurple, skyBlue, yellow, black]

    /// The colour of the `index`-th series, cycling past the end.
    static func series(_ index: Int) -> String { categorical[index % categorical.count] }
}
