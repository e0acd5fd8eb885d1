import ClipperModel
import GRDB

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
                                db.cachedStatement(
                                    sql: "SELECT count(*) FROM \(filter.from) WHERE \(filter.conditions)"),
                                arguments: filter.arguments) ?? 0
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

    func timeline(_ filter: ArticleFilter) async throws -> [DayCount] {
        let filter = try SQLiteFilter(filter)
        do {
            return try await mappingErrors {
                try await pool.read { db in
                    try Row.fetchAll(
                        db.cachedStatement(
                            sql: """
                                SELECT substr(a.published, 1, 10) AS day, count(*) FROM \(filter.from)
                                WHERE \(filter.conditions)
                                  AND a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                                GROUP BY day ORDER BY day
                                """), arguments: filter.arguments
                    ).map { DayCount(day: $0[0], articles: $0[1]) }
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            guard let explanation = FTS5QueryError.explanation(of: error.message ?? "") else { throw error }
            throw StoreError.badQuery(explanation)
        }
    }

    func quotes(_ query: QuoteQuery) async throws -> [QuoteHit] {
        guard query.limit > 0 else { return [] }
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let speaker = query.speaker?.trimmingWhitespace, !speaker.isEmpty {
            // The speaker's name holds the words, or the article's person of that name was
            // also mentioned as exactly these words ("Medina" for "Harold Medina").
            conditions.append(
                """
                q.speaker IS NOT NULL AND (
                    ' ' || lower(q.speaker) || ' ' LIKE '% ' || lower(?) || ' %' ESCAPE '\\'
                    OR EXISTS (
                        SELECT 1 FROM person p, json_each(p.mentions) m
                        WHERE p.articleNumber = q.articleNumber AND p.name = q.speaker COLLATE NOCASE
                          AND m.value = ? COLLATE NOCASE))
                """)
            arguments += [speaker.escapingLikeWildcards, speaker]
        }
        for word in BrowseText.words(query.words) {
            conditions.append("q.text LIKE '%' || ? || '%' ESCAPE '\\'")
            arguments += [word.escapingLikeWildcards]
        }
        let direction = query.oldestFirst ? "ASC" : "DESC"
        arguments += [query.limit, max(0, query.offset)]
        let sql = """
            SELECT a.id, a.title, a.published, q.speaker, q.text, q.cue
            FROM quote q JOIN article a ON a.number = q.articleNumber
            WHERE \(conditions.isEmpty ? "1" : conditions.joined(separator: " AND "))
            ORDER BY a.published IS NULL, a.published \(direction), a.number \(direction), q.position
            LIMIT ? OFFSET ?
            """
        let bound = arguments
        return try await mappingErrors {
            try await pool.read { db in
                try Row.fetchAll(
                    db.cachedStatement(sql: sql), arguments: bound
                ).map { row in
                    QuoteHit(
                        articleID: row[0], title: row[1], published: row[2], speaker: row[3], text: row[4], cue: row[5])
                }
            }
        }
    }

    func figures(_ query: FigureQuery) async throws -> [FigureHit] {
        guard query.limit > 0 else { return [] }
        var conditions: [String] = []
        var arguments = StatementArguments()
        for word in BrowseText.words(query.words) {
            conditions.append(
                "(f.text || ' ' || f.unit || ' ' || coalesce(f.subject, '')) LIKE '%' || ? || '%' ESCAPE '\\'")
            arguments += [word.escapingLikeWildcards]
        }
        if let unit = query.unit?.trimmingWhitespace, !unit.isEmpty {
            conditions.append("f.unit = ? COLLATE NOCASE")
            arguments += [unit]
        }
        if let minimum = query.minimum {
            conditions.append("f.value >= ?")
            arguments += [minimum]
        }
        if let maximum = query.maximum {
            conditions.append("f.value <= ?")
            arguments += [maximum]
        }
        arguments += [query.limit, max(0, query.offset)]
        let sql = """
            SELECT a.id, a.title, a.published, f.text, f.value, f.unit, f.qualifier, f.subject, a.body
            FROM figure f JOIN article a ON a.number = f.articleNumber
            WHERE \(conditions.isEmpty ? "1" : conditions.joined(separator: " AND "))
            ORDER BY a.published IS NULL, a.published DESC, a.number DESC, f.position
            LIMIT ? OFFSET ?
            """
        let bound = arguments
        return try await mappingErrors {
            try await pool.read { db in
                try Row.fetchAll(
                    db.cachedStatement(sql: sql), arguments: bound
                ).map { row in
                    let figure = Figure(text: row[3], value: row[4], unit: row[5], qualifier: row[6], of: row[7])
                    return FigureHit(
                        articleID: row[0], title: row[1], published: row[2], figure: figure,
                        sentence: BrowseText.sentence(containing: figure.text, in: row[8]))
                }
            }
        }
    }

    func indexedAt(articleID: String) async throws -> Double? {
        try await mappingErrors {
            try await pool.read { db in
                try Double.fetchOne(
                    db.cachedStatement(sql: "SELECT indexedAt FROM article WHERE id = ?"), arguments: [articleID])
            }
        }
    }

    func entity(_ kind: EntityKind, named name: String) async throws -> EntityDetail? {
        let name = name.trimmingWhitespace
        guard !name.isEmpty else { return nil }
        return try await mappingErrors {
            try await pool.read { db in
                guard
                    let row = try Row.fetchOne(
                        db.cachedStatement(
                            sql: """
                                SELECT min(name), sum(count), count(DISTINCT articleNumber) FROM \(kind.tableName)
                                WHERE name = ? COLLATE NOCASE
                                """), arguments: [name]),
                    let stored = row[0] as String?
                else { return nil }
                var roles: [String] = []
                if kind == .person {
                    roles = try String.fetchAll(
                        db.cachedStatement(
                            sql: """
                                SELECT DISTINCT r.value FROM person p, json_each(p.roles) r
                                WHERE p.name = ? COLLATE NOCASE ORDER BY r.value
                                """), arguments: [name])
                }
                return EntityDetail(
                    kind: kind, name: stored,
                    aliases: EntityAliases.merged(
                        name: stored, candidates: try Self.aliases(of: name, kind: kind, in: db)),
                    roles: roles, mentions: row[1], articles: row[2])
            }
        }
    }

    /// The page of hits: ranked by `bm25()` with snippets when there is a query, else by date with the body's lead.
    private static func hits(_ filter: SQLiteFilter, request: SearchRequest, in db: Database) throws -> [ArticleHit] {
        guard request.limit > 0 else { return [] }
        var arguments = filter.arguments
        arguments += [request.limit, max(0, request.offset)]
        let rows: [Row]
        let byDate = request.order == .newest || request.order == .oldest || filter.query == nil
        let direction = request.order == .oldest ? "ASC" : "DESC"
        let dateOrder = "a.published IS NULL, a.published \(direction), a.number \(direction)"
        if let query = filter.query {
            // The inner query picks the page; only its articles get a snippet.
            let pageOrder = byDate ? dateOrder : "bm25(articleSearch, \(titleWeight), 1.0), a.number"
            rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT a.id, a.file, a.title, a.published, a.outlet,
                               snippet(articleSearch, -1, '[', ']', '…', 24),
                               -bm25(articleSearch, \(titleWeight), 1.0) AS score, a.number
                        FROM articleSearch JOIN article a ON a.number = articleSearch.rowid
                        WHERE articleSearch MATCH ? AND articleSearch.rowid IN (
                            SELECT a.number FROM \(filter.from) WHERE \(filter.conditions)
                            ORDER BY \(pageOrder) LIMIT ? OFFSET ?)
                        ORDER BY \(byDate ? dateOrder : "score DESC, a.number")
                        """),
                arguments: { () -> StatementArguments in
                    var all: StatementArguments = [query]
                    all += arguments
                    return all
                }())
        } else {
            rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT a.id, a.file, a.title, a.published, a.outlet, substr(a.body, 1, 400), 0.0, a.number
                        FROM \(filter.from) WHERE \(filter.conditions)
                        ORDER BY \(dateOrder) LIMIT ? OFFSET ?
                        """),
                arguments: arguments)
        }
        let people = try db.cachedStatement(
            sql: "SELECT name FROM person WHERE articleNumber = ? ORDER BY count DESC, position LIMIT 5")
        return try rows.map { row in
            let id: String = row[0]
            let snippet: String = row[5]
            return ArticleHit(
                search: SearchHit(
                    id: id, file: row[1], title: row[2], published: row[3],
                    snippet: filter.query == nil ? BrowseText.lead(of: snippet) : snippet, score: row[6]),
                outlet: row[4], people: try String.fetchAll(people, arguments: [row[7] as Int64]))
        }
    }

    /// The entities of `kind` named by the most articles the filter selects.
    private static func facets(_ kind: EntityKind, of filter: SQLiteFilter, limit: Int, in db: Database) throws
        -> [FacetCount]
    {
        var arguments = filter.arguments
        arguments += [limit]
        return try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT min(e.name) AS name, count(DISTINCT e.articleNumber) AS articles FROM \(kind.tableName) e
                    WHERE e.articleNumber IN (
                        SELECT a.number FROM \(filter.from) WHERE \(filter.conditions) LIMIT \(SearchRequest.facetScope))
                    GROUP BY e.name COLLATE NOCASE ORDER BY articles DESC, lower(name) LIMIT ?
                    """),
            arguments: arguments
        ).map { FacetCount(kind: kind, name: $0[0], articles: $0[1]) }
    }
}
