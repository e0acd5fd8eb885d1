import PostgresNIO

/// The full-text search, prepared once per pooled connection.
///
/// Ranks every match of the web-search query (`"phrases"`, `-word`, `or`), keeps the best
/// `limit`, and makes a `ts_headline` snippet (`[`/`]` around matches, about 24 words) only for those.
struct PostgresSearchStatement: PostgresPreparedStatement {
    typealias Row = (
        id: String, file: String, title: String?, published: String?, headline: String, bodyLength: Int, score: Double
    )

    static let sql = """
        WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
        best AS (
            SELECT a.number, ts_rank_cd(a.search, q.query)::float8 AS score
            FROM article a, q WHERE a.search @@ q.query
            ORDER BY score DESC, a.number LIMIT $2)
        SELECT a.id, a.file, a.title, a.published,
               ts_headline('english', a.body, q.query, 'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=1'),
               length(a.body), best.score
        FROM best JOIN article a ON a.number = best.number, q
        ORDER BY best.score DESC, a.number
        """

    var query: String
    var limit: Int

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 2)
        bindings.append(query)
        bindings.append(limit)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        let (id, file, title, published, headline, bodyLength, score) = try row.decode(
            (String, String, String?, String?, String, Int, Double).self)
        return (id, file, title, published, headline, bodyLength, score)
    }
}
