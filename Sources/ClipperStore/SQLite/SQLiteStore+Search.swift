import ClipperModel
import GRDB

/// Search in SQLite, in steps that each stay bounded over a large archive (plans in docs/Performance.md):
///
/// 1. the page's article numbers: ranked by `bm25()` inside the FTS5 table alone (no join, at
///    most ``SearchRequest/rankScope`` matches scored), or walked in date order down the
///    `article_published` index;
/// 2. for those numbers only (a page, 20 by default), the article's columns and the snippet, one
///    `rowid = ?` lookup each, and the people named;
/// 3. when asked, the count (FTS5 alone when there are no other filters) and the facets, over at
///    most ``SearchRequest/facetScope`` matching articles.
extension SQLiteStore {
    func searchPage(_ request: SearchRequest) async throws -> SearchPage {
        let filter = try SQLiteFilter(request.filter)
        do {
            return try await mappingErrors {
                try await pool.read { db in
                    let hits = try Self.hits(filter, request: request, in: db)
                    var total: Int?
                    if request.countTotal {
                        total =
                            try Int.fetchOne(
                                db.cachedStatement(sql: Self.countQuery(filter)),
                                arguments: filter.allArguments) ?? 0
                    }
                    var facets: [FacetCount] = []
                    if request.facetLimit > 0 {
                        for kind in [EntityKind.person, .organization, .place] {
                            facets += try Self.facets(kind, of: filter, limit: request.facetLimit, in: db)
                        }
                    }
                    return SearchPage(hits: hits, total: total, facets: facets)
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            guard let explanation = FTS5QueryError.explanation(of: error.message ?? "") else { throw error }
            throw StoreError.badQuery(explanation)
        }
    }

    /// The page of hits: ranked by `bm25()` with snippets when there is a query, else by date with the body's lead.
    private static func hits(_ filter: SQLiteFilter, request: SearchRequest, in db: Database) throws -> [ArticleHit] {
        guard request.limit > 0 else { return [] }
        let page = try pageNumbers(filter, request: request, in: db)
        let people = try db.cachedStatement(
            sql: "SELECT name FROM person WHERE articleNumber = ? ORDER BY count DESC, position LIMIT 5")
        let row: Statement
        if filter.query == nil {
            row = try db.cachedStatement(
                sql: "SELECT id, file, title, published, outlet, substr(body, 1, 400) FROM article WHERE number = ?")
        } else {
            row = try db.cachedStatement(sql: pageRow)
        }
        return try page.compactMap { number, score in
            let arguments: StatementArguments = filter.query.map { [$0, number] } ?? [number]
            guard let found = try Row.fetchOne(row, arguments: arguments) else { return nil }
            let text: String = found[5]
            return ArticleHit(
                search: SearchHit(
                    id: found[0], file: found[1], title: found[2], published: found[3],
                    snippet: filter.query == nil ? BrowseText.lead(of: text) : text, score: score),
                outlet: found[4], people: try String.fetchAll(people, arguments: [number]))
        }
    }

    /// One hit's columns and snippet, by its number: FTS5 seeks the match to that `rowid` alone.
    static let pageRow = """
        SELECT a.id, a.file, a.title, a.published, a.outlet, snippet(articleSearch, -1, '[', ']', '…', 24)
        FROM articleSearch JOIN article a ON a.number = articleSearch.rowid
        WHERE articleSearch MATCH ? AND articleSearch.rowid = ?
        """

    /// Every match counted: in the FTS5 table alone when there is a query, else from the sets.
    static func countQuery(_ filter: SQLiteFilter) -> String {
        "SELECT count(*) FROM (\(filter.numbers))"
    }

    /// The page's article numbers in order, with their scores (bm25 negated; 0 without a query or in date order).
    private static func pageNumbers(_ filter: SQLiteFilter, request: SearchRequest, in db: Database) throws
        -> [(number: Int64, score: Double)]
    {
        var arguments = StatementArguments()
        if let query = filter.query, request.order == .relevance {
            arguments += [query]
            arguments += filter.arguments
            arguments += [request.limit, max(0, request.offset)]
            return try Row.fetchAll(
                db.cachedStatement(sql: ranked(filter)), arguments: arguments
            ).map { (number: $0[0], score: -($0[1] as Double)) }
        }
        arguments = filter.allArguments
        arguments += [request.limit, max(0, request.offset)]
        // In date order bm25 is not computed: scoring a page's hits costs a pass over every match
        // of each word (bm25 counts the documents per word), and the order does not use it.
        return try Int64.fetchAll(
            db.cachedStatement(sql: byDate(filter, oldest: request.order == .oldest)), arguments: arguments
        ).map { (number: $0, score: 0) }
    }

    /// The best matches first: bm25 computed in the FTS5 table alone, the filters as sets of numbers,
    /// over the ``SearchRequest/rankScope`` most recently indexed matches (FTS5 reads them newest first).
    static func ranked(_ filter: SQLiteFilter) -> String {
        """
        SELECT rowid, rank FROM (
            SELECT rowid, bm25(articleSearch, \(titleWeight), 1.0) AS rank FROM articleSearch
            WHERE articleSearch MATCH ? AND \(filter.conditions(on: "rowid"))
            ORDER BY rowid DESC LIMIT \(SearchRequest.rankScope))
        ORDER BY rank, rowid LIMIT ? OFFSET ?
        """
    }

    /// The selected articles in date order. Newest first walks `article_published` backwards (SQLite
    /// sorts NULL lowest, so undated articles come last) and stops at the page; oldest first sorts.
    static func byDate(_ filter: SQLiteFilter, oldest: Bool) -> String {
        """
        SELECT number FROM article WHERE \(filter.articleConditions)
        ORDER BY \(oldest ? "published IS NULL, published, number" : "published DESC, number DESC") LIMIT ? OFFSET ?
        """
    }

    /// The entities of `kind` named by the most articles the filter selects (the first
    /// ``SearchRequest/facetScope`` of them by number).
    private static func facets(_ kind: EntityKind, of filter: SQLiteFilter, limit: Int, in db: Database) throws
        -> [FacetCount]
    {
        var arguments = filter.allArguments
        arguments += [limit]
        return try Row.fetchAll(
            db.cachedStatement(sql: facetQuery(kind, filter)), arguments: arguments
        ).map { FacetCount(kind: kind, name: $0[0], articles: $0[1]) }
    }

    /// The facet count of `kind`: the entity rows of the first matching articles, by the primary key.
    static func facetQuery(_ kind: EntityKind, _ filter: SQLiteFilter) -> String {
        """
        SELECT min(e.name) AS name, count(DISTINCT e.articleNumber) AS articles FROM \(kind.tableName) e
        WHERE e.articleNumber IN (\(filter.numbers) LIMIT \(SearchRequest.facetScope))
        GROUP BY e.name COLLATE NOCASE ORDER BY articles DESC, lower(name) LIMIT ?
        """
    }
}
