import ClipperModel
import Logging
import PostgresNIO

extension PostgresStore {
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
    static func aliases(
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
