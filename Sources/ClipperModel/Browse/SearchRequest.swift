/// One page of a browse: which articles, in which order, which slice, and whether to count
/// the matches and their entities.
public struct SearchRequest: Sendable, Hashable {
    /// The order of a page of articles.
    public enum Order: String, Sendable, Hashable, Codable, CaseIterable {
        /// Best match first (the newest first without a query).
        case relevance
        /// Newest publication first; undated articles last.
        case newest
        /// Oldest publication first; undated articles last.
        case oldest
    }

    public var filter: ArticleFilter
    public var order: Order
    /// How many matches to skip.
    public var offset: Int
    /// The most hits on the page.
    public var limit: Int
    /// Count every match (``SearchPage/total``); otherwise `total` is `nil`.
    public var countTotal: Bool
    /// How many entities of each kind ``SearchPage/facets`` lists (0: none).
    public var facetLimit: Int

    /// Facets count the entities of at most this many matching articles (the store's first ones,
    /// not the best ranked): exact for narrow searches, a sample for broad ones, and fast either way.
    public static let facetScope = 1_000

    /// Ranking by relevance scores at most this many matches: a query matching more ranks the most
    /// recently indexed of them. Such a query's words are in most articles, where bm25 and
    /// `ts_rank` give them almost no weight, and scoring every match would cost a full pass
    /// over the archive's index (docs/Performance.md). Counts stay exact.
    public static let rankScope = 20_000

    public init(
        filter: ArticleFilter, order: Order = .relevance, offset: Int = 0, limit: Int = 20, countTotal: Bool = true,
        facetLimit: Int = 0
    ) {
        self.filter = filter
        self.order = order
        self.offset = offset
        self.limit = limit
        self.countTotal = countTotal
        self.facetLimit = facetLimit
    }
}
