/// Which articles a browse covers: the words of a full-text query and filters on who and what
/// they name, the outlet and the publication date. Every part given must hold (AND).
public struct ArticleFilter: Sendable, Hashable, Codable {
    /// Full-text query in the syntax of `clipperctl search` (phrases, `-word`, `OR`), or `nil` for every
    /// article; a blank query is a bad query, not every article.
    public var query: String?
    /// People the article must name (by full name, case-insensitive).
    public var people: [String]
    /// Organizations the article must name.
    public var organizations: [String]
    /// Places the article must name.
    public var places: [String]
    /// The outlet that must have published it (case-insensitive).
    public var outlet: String?
    /// The earliest publication date, `YYYY-MM-DD`, inclusive.
    public var from: String?
    /// The latest publication date, `YYYY-MM-DD`, inclusive.
    public var to: String?

    public init(
        query: String? = nil, people: [String] = [], organizations: [String] = [], places: [String] = [],
        outlet: String? = nil, from: String? = nil, to: String? = nil
    ) {
        self.query = query
        self.people = people
        self.organizations = organizations
        self.places = places
        self.outlet = outlet
        self.from = from
        self.to = to
    }

    /// The names the article must carry for `kind` (programs are not filtered on).
    public func names(of kind: EntityKind) -> [String] {
        switch kind {
        case .person: people
        case .organization: organizations
        case .place: places
        case .program: []
        }
    }
}
