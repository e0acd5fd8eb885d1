import ClipperModel
import GRDB

extension SQLiteStore {
    /// Title matches weigh this many times a body match in `bm25()`, as weight A over B does in
    /// PostgreSQL's `ts_rank`.
    static let titleWeight = 2.5

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
    static func aliases(of name: String, kind: EntityKind, in db: Database) throws -> [String] {
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
