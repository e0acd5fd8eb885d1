import ClipperModel

/// The SQL that selects the articles of an ``ArticleFilter`` in PostgreSQL: conditions on
/// `article a`, with their values bound into `sql`, for the browse queries to wrap.
struct PostgresFilter {
    /// The conditions joined by `AND` (`true` when there are none).
    let conditions: String
    /// The placeholder of the `tsquery` when there is a full-text query.
    let tsquery: String?

    /// Binds the filter's values into `sql`.
    init(_ filter: ArticleFilter, binding sql: inout PostgresSQL) throws {
        var conditions: [String] = []
        if let raw = filter.query {
            let query = try SearchQuery.validated(raw)
            let tsquery = "websearch_to_tsquery('english', \(sql.bind(query)))"
            self.tsquery = tsquery
            conditions.append("a.search @@ \(tsquery)")
        } else {
            tsquery = nil
        }
        for kind in [EntityKind.person, .organization, .place] {
            for name in filter.names(of: kind) {
                conditions.append(
                    """
                    EXISTS (SELECT 1 FROM \(kind.tableName) e
                            WHERE e.article_id = a.id AND lower(e.name) = lower(\(sql.bind(name))))
                    """)
            }
        }
        if let outlet = filter.outlet {
            conditions.append("lower(a.outlet) = lower(\(sql.bind(outlet)))")
        }
        if let from = filter.from {
            conditions.append("a.published >= \(sql.bind(from))")
        }
        if let to = filter.to {
            conditions.append("substr(a.published, 1, 10) <= \(sql.bind(to))")
        }
        self.conditions = conditions.isEmpty ? "true" : conditions.joined(separator: " AND ")
    }
}
