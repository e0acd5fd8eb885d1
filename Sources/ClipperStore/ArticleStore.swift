public import ClipperModel

/// A place indexed articles live: SQLite on one machine, PostgreSQL for many.
///
/// Everything a store does is named for what it means to Clipper; nothing
/// engine-specific (SQL, connection types, error codes) crosses this protocol.
/// Errors thrown are ``StoreError``s.
public protocol ArticleStore: Sendable {
    /// Writes a batch of articles in one transaction and says, for each entry in order,
    /// what became of it.
    ///
    /// Idempotent on the article id (the SHA-256 of the original bytes): indexing the
    /// same bytes from the same file again is `.alreadyIndexed`, from another file name
    /// is `.duplicate`. Nothing is visible to readers until the whole batch commits.
    func index(_ batch: [ArticleRecord]) async throws -> [IndexOutcome]

    /// The article whose id, id prefix (at least 6 hex digits) or source file name is `key`,
    /// or `nil` when there is none. An ambiguous prefix throws ``StoreError/ambiguous(_:)``.
    func article(matching key: String) async throws -> ArticleRecord?

    /// A page of the articles `request.filter` selects, in `request.order`, with a snippet per hit
    /// when the filter has a query, and the count and facets when asked.
    /// A query the engine cannot parse throws ``StoreError/badQuery(_:)``.
    func searchPage(_ request: SearchRequest) async throws -> SearchPage

    /// Publications per day of the articles `filter` selects, oldest day first (undated articles left out).
    func timeline(_ filter: ArticleFilter) async throws -> [DayCount]

    /// Quotations as `query` asks; a speaker matches their name or any mention of them
    /// (case-insensitive, whole words).
    func quotes(_ query: QuoteQuery) async throws -> [QuoteHit]

    /// Figures as `query` asks, newest article first, each with its sentence.
    func figures(_ query: FigureQuery) async throws -> [FigureHit]

    /// When the article `articleID` was indexed, as seconds since 1970, or `nil` when there is no such article.
    func indexedAt(articleID: String) async throws -> Double?

    /// The entity of `kind` named `name` (case-insensitive) merged across articles, or `nil` when no article names it.
    func entity(_ kind: EntityKind, named name: String) async throws -> EntityDetail?

    /// Entities merged across articles (same name = same entity), most articles first.
    func entities(kind: EntityKind?, limit: Int) async throws -> [EntitySummary]

    /// Every article, oldest first, handed to `body` one at a time so memory does not
    /// grow with the store: the store reads them in pages of a few hundred and reads the next
    /// page only when `body` has returned for the last one, so a slow consumer slows the reads.
    func forEachArticle(_ body: (ArticleRecord) async throws -> Void) async throws

    /// Of `names`, the source file names some article (or duplicate) was indexed from, on any node.
    /// The archive check's cheap first pass: an archived file whose name is here has a row.
    func indexedFileNames(among names: [String]) async throws -> Set<String>

    /// Of `ids` (SHA-256 hex), those the store has an article row for.
    func indexedIDs(among ids: [String]) async throws -> Set<String>

    /// Counts for `status`.
    func statistics() async throws -> StoreStatistics

    /// Records this node's counters and heartbeat (one row per node name).
    func heartbeat(_ node: NodeStatus) async throws

    /// Every node that ever reported to this store.
    func nodes() async throws -> [NodeStatus]

    /// Closes the store's files or connections early; the store is unusable afterwards.
    /// ``withArticleStore(_:options:logger:_:)`` closes it anyway when its body ends (for
    /// PostgreSQL, that is when the connection pool stops, so this call has nothing to do).
    func close() async throws
}

extension ArticleStore {
    /// Full-text search, best first, with a snippet per hit: ``searchPage(_:)`` without filters or counts.
    /// A query the engine cannot parse throws ``StoreError/badQuery(_:)``.
    public func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        guard limit > 0 else { return [] }
        let request = SearchRequest(filter: ArticleFilter(query: query), limit: limit, countTotal: false)
        return try await searchPage(request).hits.map(\.search)
    }

    /// Quotations, newest article first; with `speaker`, only those whose speaker's
    /// name or any mention matches it (case-insensitive, whole words).
    public func quotes(speaker: String?, limit: Int) async throws -> [QuoteHit] {
        try await quotes(QuoteQuery(speaker: speaker, limit: limit))
    }
}

/// What became of one article handed to ``ArticleStore/index(_:)``.
public enum IndexOutcome: Sendable, Hashable {
    /// A new article, now searchable.
    case indexed
    /// The same bytes under another file name: recorded as a duplicate of `id`, not indexed twice.
    case duplicate(of: String)
    /// The same bytes from the same file name, already indexed (a replay after a crash).
    case alreadyIndexed
}
