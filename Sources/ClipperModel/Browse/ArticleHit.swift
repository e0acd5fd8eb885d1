/// One article in a page of browse results.
public struct ArticleHit: Sendable, Hashable, Codable {
    /// What a full-text search alone returns: id, file, title, date, snippet and score.
    public var search: SearchHit
    public var outlet: String?
    /// The people the article names, most mentioned first (at most five).
    public var people: [String]

    public init(search: SearchHit, outlet: String?, people: [String]) {
        self.search = search
        self.outlet = outlet
        self.people = people
    }
}
