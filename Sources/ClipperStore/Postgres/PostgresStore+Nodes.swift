import ClipperModel
import PostgresNIO

extension PostgresStore {
    func statistics() async throws -> StoreStatistics {
        let logger = logger
        return try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM article_source),
                       pg_database_size(current_database())
                """, logger: logger)
            for try await (articles, sources, size) in rows.decode((Int, Int, Int).self) {
                return StoreStatistics(articles: articles, duplicates: max(0, sources - articles), sizeBytes: size)
            }
            return StoreStatistics(articles: 0, duplicates: 0, sizeBytes: nil)
        }
    }

    func heartbeat(_ node: NodeStatus) async throws {
        let logger = logger
        try await withConnection { connection in
            _ = try await connection.query(
                """
                INSERT INTO node (name, version, started_at, heartbeat_at, processed, failed, duplicates, rate, stopped_at)
                VALUES (\(node.name), \(node.version), \(node.startedAt), \(node.heartbeatAt),
                        \(node.processed), \(node.failed), \(node.duplicates), \(node.rate), \(node.stoppedAt))
                ON CONFLICT (name) DO UPDATE SET
                    version = excluded.version, started_at = excluded.started_at,
                    heartbeat_at = excluded.heartbeat_at, processed = excluded.processed,
                    failed = excluded.failed, duplicates = excluded.duplicates, rate = excluded.rate,
                    stopped_at = excluded.stopped_at
                """, logger: logger)
        }
    }

    func nodes() async throws -> [NodeStatus] {
        let logger = logger
        return try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT name, version, started_at, heartbeat_at, processed, failed, duplicates, rate, stopped_at
                FROM node ORDER BY name
                """, logger: logger)
            var nodes: [NodeStatus] = []
            for try await (name, version, startedAt, heartbeatAt, processed, failed, duplicates, rate, stoppedAt)
                in rows.decode((String, String, Double, Double, Int, Int, Int, Double, Double?).self)
            {
                nodes.append(
                    NodeStatus(
                        name: name, version: version, startedAt: startedAt, heartbeatAt: heartbeatAt,
                        processed: processed, failed: failed, duplicates: duplicates, rate: rate, stoppedAt: stoppedAt))
            }
            return nodes
        }
    }
}
