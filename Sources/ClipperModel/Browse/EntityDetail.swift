/// One entity merged across the archive, with what a page about it shows first.
public struct EntityDetail: Sendable, Hashable, Codable {
    public var kind: EntityKind
    /// The name as stored (the first spelling, case-insensitively merged).
    public var name: String
    /// Other names seen for it: surname-only mentions, acronyms.
    public var aliases: [String]
    /// Roles and affiliations seen for a person (none for other kinds).
    public var roles: [String]
    /// Mentions summed over all articles.
    public var mentions: Int
    /// How many articles name it.
    public var articles: Int

    public init(kind: EntityKind, name: String, aliases: [String], roles: [String], mentions: Int, articles: Int) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.mentions = mentions
        self.articles = articles
    }
}

/// How many matching articles were published on one day.
public struct DayCount: Sendable, Hashable, Codable {
    /// `YYYY-MM-DD`.
    public var day: String
    public var articles: Int

    public init(day: String, articles: Int) {
        self.day = day
        self.articles = articles
    }
}
