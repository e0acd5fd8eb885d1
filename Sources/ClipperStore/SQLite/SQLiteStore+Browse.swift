import ClipperModel
import GRDB

extension SQLiteStore {
    func timeline(_ filter: ArticleFilter) async throws -> [DayCount] {
        let filter = try SQLiteFilter(filter)
        do {
            return try await mappingErrors {
                try await pool.read { db in
                    try Row.fetchAll(
                        db.cachedStatement(sql: Self.timelineQuery(filter)), arguments: filter.allArguments
                    ).map { DayCount(day: $0[0], articles: $0[1]) }
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            guard let explanation = FTS5QueryError.explanation(of: error.message ?? "") else { throw error }
            throw StoreError.badQuery(explanation)
        }
    }

    /// Articles per day: one walk down the `article_published` index, which holds the date.
    static func timelineQuery(_ filter: SQLiteFilter) -> String {
        """
        SELECT substr(published, 1, 10) AS day, count(*) FROM article
        WHERE \(filter.articleConditions) AND published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
        GROUP BY day ORDER BY day
        """
    }

    func quotes(_ query: QuoteQuery) async throws -> [QuoteHit] {
        guard query.limit > 0 else { return [] }
        let (conditions, arguments) = Self.quoteConditions(query)
        return try await mappingErrors {
            try await pool.read { db in
                try Self.rowsInDateOrder(
                    Self.quotesQuery(conditions), arguments, oldestFirst: query.oldestFirst, limit: query.limit,
                    offset: query.offset, in: db
                ).map { row in
                    QuoteHit(
                        articleID: row[0], title: row[1], published: row[2], speaker: row[3], text: row[4], cue: row[5])
                }
            }
        }
    }

    /// The conditions on `q` (the quote) that `query` sets, and their values.
    static func quoteConditions(_ query: QuoteQuery) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let speaker = query.speaker?.trimmingWhitespace, !speaker.isEmpty {
            // The speaker's name holds the words, or the article's person of that name was
            // also mentioned as exactly these words ("Medina" for "Harold Medina"): a lookup by
            // the person's primary key, made only for the quotes the walk reaches.
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
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
    }

    /// Quotations with their articles, for ``rowsInDateOrder(_:_:oldestFirst:limit:offset:in:)``.
    static func quotesQuery(_ conditions: String) -> DateOrderedQuery {
        DateOrderedQuery(
            select: """
                SELECT a.id, a.title, a.published, q.speaker, q.text, q.cue
                FROM article a CROSS JOIN quote q ON q.articleNumber = a.number
                """, conditions: conditions, position: "q.position")
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
        let bound = arguments
        let conditionText = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        return try await mappingErrors {
            try await pool.read { db in
                try Self.rowsInDateOrder(
                    Self.figuresQuery(conditionText), bound, oldestFirst: false, limit: query.limit,
                    offset: query.offset, in: db
                ).map { row in
                    let figure = Figure(text: row[3], value: row[4], unit: row[5], qualifier: row[6], of: row[7])
                    return FigureHit(
                        articleID: row[0], title: row[1], published: row[2], figure: figure,
                        sentence: BrowseText.sentence(containing: figure.text, in: row[8]))
                }
            }
        }
    }

    /// Figures with their articles, for ``rowsInDateOrder(_:_:oldestFirst:limit:offset:in:)``.
    static func figuresQuery(_ conditions: String) -> DateOrderedQuery {
        DateOrderedQuery(
            select: """
                SELECT a.id, a.title, a.published, f.text, f.value, f.unit, f.qualifier, f.subject, a.body
                FROM article a CROSS JOIN figure f ON f.articleNumber = a.number
                """, conditions: conditions, position: "f.position")
    }

    /// An entity's name, mentions and articles, read through the table's `name` index.
    static func entityQuery(_ kind: EntityKind) -> String {
        """
        SELECT min(name), sum(count), count(DISTINCT articleNumber) FROM \(kind.tableName)
        WHERE name = ? COLLATE NOCASE
        """
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
                    let row = try Row.fetchOne(db.cachedStatement(sql: Self.entityQuery(kind)), arguments: [name]),
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
}
