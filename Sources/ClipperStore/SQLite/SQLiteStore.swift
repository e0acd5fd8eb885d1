import ClipperModel
import Foundation
import GRDB
import Logging

/// The default store: one SQLite file in WAL mode, read and written through one GRDB `DatabasePool`.
///
/// Opening it migrates the schema (``SQLiteStore/migrator``). Search runs on an FTS5 index over
/// titles and bodies, ranked by `bm25()`. Open it with ``withArticleStore(_:options:logger:_:)``.
struct SQLiteStore: ArticleStore {
    /// The database file.
    let path: String
    /// The node whose files count as duplicates; SQLite has only one, but keeps its name like PostgreSQL.
    let nodeName: String
    let pool: DatabasePool
    /// How long a writer waits for another writer's lock: named in the "locked" message.
    let busyTimeout: Duration

    /// Opens (creating if needed) the database at `path` and migrates it to the current schema.
    init(path: String, options: StoreOptions, logger: Logger) throws {
        self.path = path
        self.nodeName = options.nodeName
        self.busyTimeout = options.busyTimeout
        var configuration = Configuration()
        configuration.busyMode = .timeout(options.busyTimeout.inSeconds)
        configuration.label = "clipper"
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.makeCommitsDurable(pool)
            try Self.migrator.migrate(pool)
        } catch {
            throw Self.storeError(for: error, path: path, busyTimeout: options.busyTimeout)
        }
        logger.debug("opened the SQLite store", metadata: ["store.path": "\(path)"])
    }

    /// The writer connection's settings. `synchronous = FULL`: a commit returns once the WAL is
    /// fsynced, so a file is archived only after its row is durable. An 8 MiB page cache keeps
    /// the hot index pages in memory between batches (32 MiB cost 34 MB of peak RSS at a
    /// 100,000-file flood and wrote no fewer bytes: docs/Performance.md).
    /// A checkpoint every 10,000 WAL pages (40 MiB; SQLite's default is 1,000): the pages every
    /// batch touches again (the tails of the name indexes, FTS5's segments) are copied into the
    /// database once per checkpoint, so fewer checkpoints write fewer bytes (docs/Performance.md).
    static let writerPragmas = """
        PRAGMA synchronous = FULL;
        PRAGMA cache_size = -8192;
        PRAGMA wal_autocheckpoint = 10000;
        """

    /// Applies ``writerPragmas`` to the pool's one writer connection, so a commit that returned
    /// has its WAL frames on disk: the Finisher archives a file right after its batch commits, and
    /// a power cut must not leave the file archived with no row.
    ///
    /// GRDB sets `NORMAL` when it switches the writer to WAL, after `prepareDatabase` has run, so
    /// this is set once the pool exists. The writer connection lives as long as the pool; readers
    /// never write, so their setting does not matter.
    static func makeCommitsDurable(_ pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: writerPragmas)
        }
    }

    /// The writer connection's `PRAGMA synchronous` (2 is `FULL`), read back for tests and `check`.
    func writerSynchronousLevel() async throws -> Int {
        try await mappingErrors {
            try await pool.writeWithoutTransaction { db in
                try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
            }
        }
    }

    func index(_ batch: [ArticleRecord]) async throws -> [IndexOutcome] {
        guard !batch.isEmpty else { return [] }
        let node = nodeName
        let now = Date().timeIntervalSince1970
        return try await mappingErrors {
            try await pool.write { db in
                try batch.map { try Self.write($0, node: node, at: now, in: db) }
            }
        }
    }

    func article(matching key: String) async throws -> ArticleRecord? {
        try await mappingErrors {
            try await pool.read { db in
                guard let id = try Self.articleID(matching: key, in: db) else { return nil }
                return try Self.record(id: id, in: db)
            }
        }
    }

    func forEachArticle(_ body: (ArticleRecord) async throws -> Void) async throws {
        var after: Int64 = 0
        while true {
            let start = after
            let page = try await mappingErrors {
                try await pool.read { db in try Self.records(after: start, limit: 256, in: db) }
            }
            guard let last = page.last else { return }
            for entry in page { try await body(entry.record) }
            after = last.number
        }
    }

    func statistics() async throws -> StoreStatistics {
        let (articles, sources) = try await mappingErrors {
            try await pool.read { db in
                let row = try Row.fetchOne(
                    db, sql: "SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM articleSource)")
                return (row?[0] as Int? ?? 0, row?[1] as Int? ?? 0)
            }
        }
        let size = [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
        return StoreStatistics(articles: articles, duplicates: max(0, sources - articles), sizeBytes: size)
    }

    func heartbeat(_ node: NodeStatus) async throws {
        try await mappingErrors {
            try await pool.write { db in
                try db.cachedStatement(
                    sql: """
                        INSERT INTO node (name, version, startedAt, heartbeatAt, processed, failed, duplicates, rate, stoppedAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (name) DO UPDATE SET
                            version = excluded.version, startedAt = excluded.startedAt,
                            heartbeatAt = excluded.heartbeatAt, processed = excluded.processed,
                            failed = excluded.failed, duplicates = excluded.duplicates, rate = excluded.rate,
                            stoppedAt = excluded.stoppedAt
                        """
                ).execute(arguments: [
                    node.name, node.version, node.startedAt, node.heartbeatAt,
                    node.processed, node.failed, node.duplicates, node.rate, node.stoppedAt,
                ])
            }
        }
    }

    func nodes() async throws -> [NodeStatus] {
        try await mappingErrors {
            try await pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT name, version, startedAt, heartbeatAt, processed, failed, duplicates, rate, stoppedAt
                        FROM node ORDER BY name
                        """
                ).map { row in
                    NodeStatus(
                        name: row[0], version: row[1], startedAt: row[2], heartbeatAt: row[3],
                        processed: row[4], failed: row[5], duplicates: row[6], rate: row[7], stoppedAt: row[8])
                }
            }
        }
    }

    func close() async throws {
        try mappingErrors { try pool.close() }
    }

    /// Runs `work`, turning engine errors into ``StoreError``s.
    func mappingErrors<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch {
            throw Self.storeError(for: error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Runs `work`, turning engine errors into ``StoreError``s.
    func mappingErrors<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch {
            throw Self.storeError(for: error, path: path, busyTimeout: busyTimeout)
        }
    }
}
