import ClipperModel
import Logging
import PostgresNIO

extension PostgresStore {
    func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        let query = try SearchQuery.validated(query)
        guard limit > 0 else { return [] }
        let logger = logger
        return try await withConnection { connection in
            var hits: [SearchHit] = []
            for try await row in try await connection.execute(
                PostgresSearchStatement(query: query, limit: limit), logger: logger)
            {
                hits.append(
                    SearchHit(
                        id: row.id, file: row.file, title: row.title, published: row.published,
                        snippet: Self.snippet(row.headline, bodyLength: row.bodyLength), score: row.score))
            }
            return hits
        }
    }

    /// The headline with `…` where it cuts the body short, as SQLite's `snippet()` marks it.
    private static func snippet(_ headline: String, bodyLength: Int) -> String {
        let shown = headline.count - headline.filter { $0 == "[" || $0 == "]" }.count
        return shown < bodyLength ? "…" + headline + "…" : headline
    }

    func quotes(speaker: String?, limit: Int) async throws -> [QuoteHit] {
        guard limit > 0 else { return [] }
        let speaker = speaker?.trimmingWhitespace
        let logger = logger
        return try await withConnection { connection in
            let rows: PostgresRowSequence
            if let speaker, !speaker.isEmpty {
                // The speaker's name holds the words, or the article's person of that name was
                // also mentioned as exactly these words ("Medina" for "Harold Medina").
                rows = try await connection.query(
                    """
                    SELECT q.article_id, a.title, a.published, q.speaker, q.text, q.cue
                    FROM quote q JOIN article a ON a.id = q.article_id
                    WHERE q.speaker IS NOT NULL AND (
                        ' ' || lower(q.speaker) || ' ' LIKE '% ' || lower(\(speaker.escapingLikeWildcards)) || ' %'
                        OR EXISTS (
                            SELECT 1 FROM person p, jsonb_array_elements_text(p.mentions) m
                            WHERE p.article_id = q.article_id AND lower(p.name) = lower(q.speaker)
                              AND lower(m) = lower(\(speaker))))
                    ORDER BY a.published DESC NULLS LAST, a.number DESC, q.position
                    LIMIT \(limit)
                    """, logger: logger)
            } else {
                rows = try await connection.query(
                    """
                    SELECT q.article_id, a.title, a.published, q.speaker, q.text, q.cue
                    FROM quote q JOIN article a ON a.id = q.article_id
                    ORDER BY a.published DESC NULLS LAST, a.number DESC, q.position
                    LIMIT \(limit)
                    """, logger: logger)
            }
            var hits: [QuoteHit] = []
            for try await (id, title, published, speaker, text, cue) in rows.decode(
                (String, String?, String?, String?, String, String?).self)
            {
                hits.append(
                    QuoteHit(articleID: id, title: title, published: published, speaker: speaker, text: text, cue: cue))
            }
            return hits
        }
    }

    func entities(kind: EntityKind?, limit: Int) async throws -> [EntitySummary] {
        guard limit > 0 else { return [] }
        let kinds = kind.map { [$0] } ?? EntityKind.allCases
        let logger = logger
        return try await withConnection { connection in
            let union = kinds.map { kind in
                """
                SELECT '\(kind.rawValue)' AS kind, min(name COLLATE "C") AS name, sum(count)::bigint AS mentions,
                       count(DISTINCT article_id)::bigint AS articles
                FROM \(kind.tableName) GROUP BY lower(name)
                """
            }.joined(separator: " UNION ALL ")
            var summaries: [EntitySummary] = []
            let rows = try await connection.query(
                """
                SELECT kind, name, mentions, articles FROM (\(unescaped: union)) e
                ORDER BY articles DESC, mentions DESC, lower(name) COLLATE "C", kind LIMIT \(limit)
                """, logger: logger)
            for try await (kindName, name, mentions, articles) in rows.decode((String, String, Int, Int).self) {
                let kind = EntityKind(rawValue: kindName) ?? .person
                summaries.append(
                    EntitySummary(kind: kind, name: name, aliases: [], mentions: mentions, articles: articles))
            }
            for index in summaries.indices {
                let summary = summaries[index]
                summaries[index].aliases = EntityAliases.merged(
                    name: summary.name,
                    candidates: try await Self.aliases(
                        of: summary.name, kind: summary.kind, on: connection, logger: logger))
            }
            return summaries
        }
    }

    /// Every other name stored for the entity `name` of `kind`, across articles (places and programs have none).
    private static func aliases(
        of name: String, kind: EntityKind, on connection: PostgresConnection, logger: Logger
    ) async throws -> [String] {
        let rows: PostgresRowSequence
        switch kind {
        case .person:
            rows = try await connection.query(
                """
                SELECT DISTINCT m FROM person p, jsonb_array_elements_text(p.mentions) m
                WHERE lower(p.name) = lower(\(name))
                """, logger: logger)
        case .organization:
            rows = try await connection.query(
                """
                SELECT DISTINCT m FROM organization o, jsonb_array_elements_text(o.aliases) m
                WHERE lower(o.name) = lower(\(name))
                """, logger: logger)
        case .place, .program:
            return []
        }
        var names: [String] = []
        for try await alias in rows.decode(String.self) { names.append(alias) }
        return names
    }
}
