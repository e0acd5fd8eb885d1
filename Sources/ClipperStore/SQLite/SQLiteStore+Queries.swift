import ClipperModel
import GRDB

extension SQLiteStore {
    /// Title matches weigh this many times a body match in `bm25()`, as weight A over B does in
    /// PostgreSQL's `ts_rank_cd`.
    static let titleWeight = 2.5

    func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        let query = try SearchQuery.validated(query)
        guard limit > 0 else { return [] }
        do {
            return try await mappingErrors {
                try await pool.read { db in
                    // The inner query ranks every match and keeps the best `limit`; only those get a snippet.
                    try Row.fetchAll(
                        db.cachedStatement(
                            sql: """
                                SELECT a.id, a.file, a.title, a.published,
                                       snippet(articleSearch, -1, '[', ']', '…', 24),
                                       -bm25(articleSearch, \(Self.titleWeight), 1.0) AS score
                                FROM articleSearch JOIN article a ON a.number = articleSearch.rowid
                                WHERE articleSearch MATCH ?1
                                  AND articleSearch.rowid IN (
                                      SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?1
                                      ORDER BY bm25(articleSearch, \(Self.titleWeight), 1.0) LIMIT ?2)
                                ORDER BY score DESC, a.number
                                """),
                        arguments: [query, limit]
                    ).map { row in
                        SearchHit(
                            id: row[0], file: row[1], title: row[2], published: row[3], snippet: row[4],
                            score: row[5])
                    }
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            guard let explanation = FTS5QueryError.explanation(of: error.message ?? "") else { throw error }
            throw StoreError.badQuery(explanation)
        }
    }

    func quotes(speaker: String?, limit: Int) async throws -> [QuoteHit] {
        guard limit > 0 else { return [] }
        let speaker = speaker?.trimmingWhitespace
        return try await mappingErrors {
            try await pool.read { db in
                let rows: [Row]
                if let speaker, !speaker.isEmpty {
                    // The speaker's name holds the words, or the article's person of that name was
                    // also mentioned as exactly these words ("Medina" for "Harold Medina").
                    rows = try Row.fetchAll(
                        db.cachedStatement(
                            sql: """
                                SELECT a.id, a.title, a.published, q.speaker, q.text, q.cue
                                FROM quote q JOIN article a ON a.number = q.articleNumber
                                WHERE q.speaker IS NOT NULL AND (
                                    ' ' || lower(q.speaker) || ' ' LIKE '% ' || lower(?1) || ' %' ESCAPE '\\'
                                    OR EXISTS (
                                        SELECT 1 FROM person p, json_each(p.mentions) m
                                        WHERE p.articleNumber = q.articleNumber AND p.name = q.speaker COLLATE NOCASE
                                          AND m.value = ?2 COLLATE NOCASE))
                                ORDER BY a.published IS NULL, a.published DESC, a.number DESC, q.position
                                LIMIT ?3
                                """),
                        arguments: [speaker.escapingLikeWildcards, speaker, limit])
                } else {
                    rows = try Row.fetchAll(
                        db.cachedStatement(
                            sql: """
                                SELECT a.id, a.title, a.published, q.speaker, q.text, q.cue
                                FROM quote q JOIN article a ON a.number = q.articleNumber
                                ORDER BY a.published IS NULL, a.published DESC, a.number DESC, q.position
                                LIMIT ?
                                """),
                        arguments: [limit])
                }
                return rows.map { row in
                    QuoteHit(
                        articleID: row[0], title: row[1], published: row[2], speaker: row[3], text: row[4], cue: row[5])
                }
            }
        }
    }

    func entities(kind: EntityKind?, limit: Int) async throws -> [EntitySummary] {
        guard limit > 0 else { return [] }
        let kinds = kind.map { [$0] } ?? EntityKind.allCases
        return try await mappingErrors {
            try await pool.read { db in
                let union = kinds.map { kind in
                    """
                    SELECT '\(kind.rawValue)' AS kind, min(name) AS name, sum(count) AS mentions,
                           count(DISTINCT articleNumber) AS articles
                    FROM \(kind.tableName) GROUP BY name COLLATE NOCASE
                    """
                }.joined(separator: " UNION ALL ")
                let rows = try Row.fetchAll(
                    db.cachedStatement(
                        sql: "SELECT * FROM (\(union)) ORDER BY articles DESC, mentions DESC, lower(name), kind LIMIT ?"
                    ),
                    arguments: [limit])
                return try rows.map { row in
                    let kind = EntityKind(rawValue: row[0]) ?? .person
                    let name: String = row[1]
                    return EntitySummary(
                        kind: kind, name: name,
                        aliases: EntityAliases.merged(
                            name: name, candidates: try Self.aliases(of: name, kind: kind, in: db)),
                        mentions: row[2], articles: row[3])
                }
            }
        }
    }

    /// Every other name stored for the entity `name` of `kind`, across articles (places and programs have none).
    private static func aliases(of name: String, kind: EntityKind, in db: Database) throws -> [String] {
        let sql: String
        switch kind {
        case .person:
            sql = "SELECT DISTINCT m.value FROM person p, json_each(p.mentions) m WHERE p.name = ? COLLATE NOCASE"
        case .organization:
            sql = "SELECT DISTINCT m.value FROM organization o, json_each(o.aliases) m WHERE o.name = ? COLLATE NOCASE"
        case .place, .program:
            return []
        }
        return try String.fetchAll(db.cachedStatement(sql: sql), arguments: [name])
    }
}
