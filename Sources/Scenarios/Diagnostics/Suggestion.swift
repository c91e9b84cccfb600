/// "Did you mean …?" suggestions for misspelt keys and names.
enum Suggestion {
    /// Candidates further than this many edits (or than a third of the word) are not suggested:
    /// beyond that the "correction" is usually a different word, not a typo.
    static let maximumEdits = 3

    /// The candidate closest to `word` by optimal-string-alignment distance (Damerau 1964:
    /// insertions, deletions, substitutions and adjacent transpositions each cost 1), if it is
    /// close enough to be a likely typo; ties go to the earlier candidate.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = min(maximumEdits, max(1, word.count / 3 + 1))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// "did you mean 'x'?" when there is a close candidate.
    static func didYouMean(_ word: String, in candidates: [String]) -> String? {
        closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// Optimal string alignment distance between two strings, by characters.
    /// - Complexity: O(m·n) time, O(n) memory for strings of m and n characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
