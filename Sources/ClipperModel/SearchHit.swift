/// One result of a full-text search, best first.
public struct SearchHit: Sendable, Hashable, Codable {
    public var id: String
    public var file: String
    public var title: String?
    public var published: String?
    /// A short passage with the matched words between `[` and `]`.
    public var snippet: String
    /// The engine's relevance score; larger is better (bm25 negated on SQLite, ts_rank on PostgreSQL).
    /// SQLite leaves it 0 when the hits are in date order (docs/Performance.md).
    public var score: Double

    public init(id: String, file: String, title: String?, published: String?, snippet: String, score: Double) {
        self.id = id
        self.file = file
        self.title = title
        self.published = published
        self.snippet = snippet
        self.score = score
    }
}
