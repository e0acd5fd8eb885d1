/// Headers of the lists news pages end with: "Sources:", "Related:", "Read more:", "See also:".
enum ListHeaders {
    private static let headers: Set<String> = [
        "sources", "source", "related", "related articles", "related stories", "related links", "related content",
        "read more", "read also", "also read", "see also", "references", "further reading", "more on this story",
        "more from", "recommended reading", "you might also like", "more stories", "recommended", "related coverage",
        "related reading", "more coverage", "links",
    ]

    /// Whether `line` opens such a list (alone on its line, usually with a colon).
    static func isListHeader(_ line: String) -> Bool {
        line.utf8.count <= 60 && headers.contains(LinePatterns.matchKey(line))
    }
}
