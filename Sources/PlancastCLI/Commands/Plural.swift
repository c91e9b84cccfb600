/// Counted nouns for summaries: "1 file", "3 files".
enum Plural {
    static func count(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }
}
