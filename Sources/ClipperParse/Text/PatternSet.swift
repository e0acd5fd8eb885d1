/// A fixed set of ASCII substrings searched in one pass over a text: patterns are bucketed by their
/// first byte, so each position of the text is compared only with the patterns that start with its
/// byte. Used for the class-name rules, where dozens of `strstr` calls per name added up.
struct PatternSet: Sendable {
    private let patterns: [[UInt8]]
    private let buckets: [[Int]]

    init(_ patterns: [String]) {
        self.patterns = patterns.map { Array($0.utf8) }
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, pattern) in self.patterns.enumerated() {
            if let first = pattern.first { buckets[Int(first)].append(index) }
        }
        self.buckets = buckets
    }

    /// The smallest index (in the list given to `init`) of a pattern occurring in `text`, or nil.
    func firstMatch(in text: String) -> Int? {
        var copy = text
        return copy.withUTF8 { bytes in
            var best: Int?
            for start in 0..<bytes.count {
                for candidate in buckets[Int(bytes[start])] where best.map({ candidate < $0 }) ?? true {
                    let pattern = patterns[candidate]
                    guard start + pattern.count <= bytes.count else { continue }
                    var matches = true
                    for offset in 1..<pattern.count where bytes[start + offset] != pattern[offset] {
                        matches = false
                        break
                    }
                    if matches { best = candidate }
                }
            }
            return best
        }
    }

    /// Whether any pattern occurs in `text`.
    func matches(_ text: String) -> Bool {
        firstMatch(in: text) != nil
    }
}

/// A fixed set of ASCII words, looked up by their bytes (bucketed by first byte and length) without
/// building a Swift string or hashing one.
struct WordSet: Sendable {
    private let words: [[UInt8]]
    private let buckets: [[Int]]

    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, word) in self.words.enumerated() {
            if let first = word.first { buckets[Int(first)].append(index) }
        }
        self.buckets = buckets
    }

    /// The index (in the list given to `init`) of the word equal to `bytes`, or nil.
    func index(of bytes: some Collection<UInt8>) -> Int? {
        guard let first = bytes.first else { return nil }
        let count = bytes.count
        return buckets[Int(first)].first { words[$0].count == count && words[$0].elementsEqual(bytes) }
    }
}
