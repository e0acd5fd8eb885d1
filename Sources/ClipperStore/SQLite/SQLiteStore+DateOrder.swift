import GRDB

/// A query over `article a` joined to rows of its own (quotes, figures), to be read in date order.
struct DateOrderedQuery {
    /// `SELECT … FROM article a CROSS JOIN …`: SQLite keeps the left table of a `CROSS JOIN` as
    /// the outer loop, so the walk stays on the article's date index whatever the conditions.
    var select: String
    /// The conditions on the joined rows (`1` for none).
    var conditions: String
    /// The joined rows' order within an article (`q.position`).
    var position: String

    /// The rows of dated (or undated) articles, newest (or oldest) first: a walk down
    /// `article_published` with each article's rows read by the primary key, so a page stops
    /// the walk as soon as it is full, with no sort of every match.
    func sql(dated: Bool, oldestFirst: Bool) -> String {
        let direction = oldestFirst ? "ASC" : "DESC"
        return """
            \(select)
            WHERE a.published \(dated ? "IS NOT NULL" : "IS NULL") AND \(conditions)
            ORDER BY a.published \(direction), a.number \(direction), \(position)
            """
    }
}

extension SQLiteStore {
    /// A page of `query`'s rows in date order, undated articles last: the dated walk first, then,
    /// when the page is not full, the undated one (SQLite sorts NULL lowest, so one index walk
    /// cannot put them last in both directions).
    static func rowsInDateOrder(
        _ query: DateOrderedQuery, _ arguments: StatementArguments, oldestFirst: Bool, limit: Int, offset: Int,
        in db: Database
    ) throws -> [Row] {
        let offset = max(0, offset)
        var rows = try page(query.sql(dated: true, oldestFirst: oldestFirst), arguments, limit, offset, in: db)
        guard rows.count < limit else { return rows }
        // The undated rows' offset is what the dated ones did not use up.
        var undatedOffset = 0
        if rows.isEmpty, offset > 0 {
            let dated =
                try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT count(*) FROM (\(query.sql(dated: true, oldestFirst: false)))"),
                    arguments: arguments) ?? 0
            undatedOffset = max(0, offset - dated)
        }
        rows += try page(
            query.sql(dated: false, oldestFirst: oldestFirst), arguments, limit - rows.count, undatedOffset, in: db)
        return rows
    }

    private static func page(
        _ sql: String, _ arguments: StatementArguments, _ limit: Int, _ offset: Int, in db: Database
    ) throws -> [Row] {
        var bound = arguments
        bound += [limit, offset]
        return try Row.fetchAll(db.cachedStatement(sql: sql + " LIMIT ? OFFSET ?"), arguments: bound)
    }
}
