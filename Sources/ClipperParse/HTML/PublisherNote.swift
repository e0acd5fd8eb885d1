/// The note a press release or a company's newsroom closes with, about the company itself (what
/// public relations calls "the boilerplate"): "About Northwind" over it, or a first sentence that
/// names the company and says what it is ("Northwind Traders is a global supplier of …").
enum PublisherNote {
    /// Whether `paragraph` opens such a note.
    static func opensOne(_ paragraph: String) -> Bool {
        let words = paragraph.split(separator: " ", maxSplits: 12)
        guard let first = words.first else { return false }
        if first == "About", words.count >= 2, words.count <= 6, startsCapitalized(words[1]) { return true }
        // One to five capitalized words (a name: "Acme", "Acme Health & Care"), then "is a"/"is an"/"is the".
        var index = 0
        while index < words.count, index < 5, startsCapitalized(words[index]) || words[index] == "&" { index += 1 }
        guard index >= 1, index + 1 < words.count, words[index] == "is" || words[index] == "are" else { return false }
        return ["a", "an", "the", "one"].contains(words[index + 1])
    }

    private static func startsCapitalized(_ word: Substring) -> Bool {
        word.utf8.first.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } ?? false
    }
}
