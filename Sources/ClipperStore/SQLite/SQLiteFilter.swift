import ClipperModel
import GRDB

/// The SQL that selects the articles of an ``ArticleFilter`` in SQLite: a `FROM` with `a` as the
/// article, a `WHERE` and their arguments, for the browse queries to wrap.
struct SQLiteFilter {
    /// `article a`, joined to the full-text index when there is a query.
    let from: String
    /// The conditions joined by `AND` (`1` when there are none).
    let conditions: String
    let arguments: StatementArguments
    /// The validated full-text query, if any.
    let query: String?

    init(_ filter: ArticleFilter) throws {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let raw = filter.query {
            let query = try SearchQuery.validated(raw)
            self.query = query
            from = "articleSearch JOIN article a ON a.number = articleSearch.rowid"
            conditions.append("articleSearch MATCH ?")
            arguments += [query]
        } else {
            query = nil
            from = "article a"
        }
        for kind in [EntityKind.person, .organization, .place] {
            for name in filter.names(of: kind) {
                conditions.append(
                    "EXISTS (SELECT 1 FROM \(kind.tableName) e WHERE e.articleNumber = a.number AND e.name = ? COLLATE NOCASE)"
                )
                arguments += [name]
            }
        }
        if let outlet = filter.outlet {
            conditions.append("a.outlet = ? COLLATE NOCASE")
            arguments += [outlet]
        }
        if let from = filter.from {
            conditions.append("a.published >= ?")
            arguments += [from]
        }
        if let to = filter.to {
            conditions.append("substr(a.published, 1, 10) <= ?")
            arguments += [to]
        }
        self.conditions = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        self.arguments = arguments
    }
}
