/// One entity merged across every article that names it.
public struct EntitySummary: Sendable, Hashable, Codable {
    public var kind: EntityKind
    public var name: String
    /// Other names seen for it (acronyms, surname-only mentions).
    public var aliases: [String]
    /// Mentions summed over all articles.
    public var mentions: Int
    /// How many articles name it.
    public var articles: Int

    public init(kind: EntityKind, name: String, aliases: [String], mentions: Int, articles: Int) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
        self.articles = articles
    }
}
