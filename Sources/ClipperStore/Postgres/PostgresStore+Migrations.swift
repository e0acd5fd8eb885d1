import Logging
import PostgresNIO

extension PostgresStore {
    /// One schema version: applied once, in order, and recorded in `schema_migration`.
    struct Migration: Sendable {
        let version: Int
        let name: String
        let statements: [PostgresQuery]
    }

    /// A fixed key for `pg_advisory_xact_lock`, so nodes starting at once migrate one after another.
    static let migrationLockKey = 0x436C_6970_7065_72  // "Clipper"

    /// The schema, in versions. Names are snake_case, PostgreSQL's convention (it folds unquoted
    /// names to lower case); the tables mirror SQLite's one for one.
    static let migrations: [Migration] = [
        Migration(
            version: 1, name: "articles, sources, full-text search, entities, nodes",
            statements: [
                """
                CREATE TABLE article (
                    number bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
                    id text COLLATE "C" PRIMARY KEY,
                    file text NOT NULL,
                    bytes bigint NOT NULL,
                    media_type text NOT NULL,
                    title text,
                    authors jsonb NOT NULL,
                    outlet text,
                    published text,
                    dateline text,
                    body text NOT NULL,
                    removed jsonb NOT NULL,
                    credits jsonb NOT NULL,
                    related jsonb NOT NULL,
                    body_fingerprint text NOT NULL,
                    duplicate_of text,
                    indexed_at double precision NOT NULL,
                    search tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', coalesce(title, '')), 'A')
                        || setweight(to_tsvector('english', body), 'B')) STORED
                )
                """,
                // Ranking reads the tsvector of every match: keep it in the row rather than in TOAST
                // (the body goes there instead), which halves search time over 100,000 articles.
                "ALTER TABLE article ALTER COLUMN search SET STORAGE MAIN",
                "CREATE INDEX article_search ON article USING gin (search)",
                "CREATE INDEX article_body_fingerprint ON article (body_fingerprint)",
                """
                CREATE TABLE article_source (
                    article_id text COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                    file text NOT NULL,
                    node text NOT NULL,
                    seen_at double precision NOT NULL,
                    PRIMARY KEY (article_id, file, node)
                )
                """,
                "CREATE INDEX article_source_file ON article_source (file)",
                """
                CREATE TABLE person (
                    article_id text COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                    position int NOT NULL,
                    name text NOT NULL,
                    mentions jsonb NOT NULL,
                    roles jsonb NOT NULL,
                    count int NOT NULL,
                    PRIMARY KEY (article_id, position)
                )
                """,
                "CREATE INDEX person_name ON person (lower(name))",
                """
                CREATE TABLE organization (
                    article_id text COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                    position int NOT NULL,
                    name text NOT NULL,
                    aliases jsonb NOT NULL,
                    count int NOT NULL,
                    PRIMARY KEY (article_id, position)
                )
                """,
                "CREATE INDEX organization_name ON organization (lower(name))",
                """
                CREATE TABLE place (
                    article_id text COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                    position int NOT NULL,
                    name text NOT NULL,
                    count int NOT NULL,
                    PRIMARY KEY (article_id, position)
                )
                """,
                "CREATE INDEX place_name ON place (lower(name))",
                """
                CREATE TABLE program (
                    article_id text COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                    position int NOT NULL,
                    name text NOT NULL,
                    count int NOT NULL,
                    PRIMARY KEY (article_id, position)
                )
                """,
                "CREATE INDEX program_name ON program (lower(name))",
                """
                CREATE TABLE quote (
                    article_id text COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                    position int NOT NULL,
                    speaker text,
                    text text NOT NULL,
                    cue text,
                    start_byte int NOT NULL,
                    end_byte int NOT NULL,
                    PRIMARY KEY (article_id, position)
                )
                """,
                """
                CREATE TABLE figure (
                    article_id text COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                    position int NOT NULL,
                    text text NOT NULL,
                    value double precision NOT NULL,
                    unit text NOT NULL,
                    qualifier text,
                    subject text,
                    PRIMARY KEY (article_id, position)
                )
                """,
                """
                CREATE TABLE date_mention (
                    article_id text COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                    position int NOT NULL,
                    text text NOT NULL,
                    iso text,
                    PRIMARY KEY (article_id, position)
                )
                """,
                """
                CREATE TABLE node (
                    name text PRIMARY KEY,
                    version text NOT NULL,
                    started_at double precision NOT NULL,
                    heartbeat_at double precision NOT NULL,
                    processed bigint NOT NULL,
                    failed bigint NOT NULL,
                    duplicates bigint NOT NULL,
                    rate double precision NOT NULL
                )
                """,
            ]),
        Migration(
            version: 2, name: "when a node stopped cleanly",
            statements: ["ALTER TABLE node ADD COLUMN stopped_at double precision"]),
        Migration(
            version: 3, name: "indexes for browsing by date and outlet",
            statements: [
                // Newest-first pages walk it and stop when full (docs/Performance.md).
                "CREATE INDEX article_published ON article (published DESC NULLS LAST, number DESC)",
                "CREATE INDEX article_outlet ON article (lower(outlet))",
            ]),
        Migration(
            version: 4, name: "how an unnamed speaker is described",
            statements: ["ALTER TABLE quote ADD COLUMN speaker_description text"]),
    ]

    /// Brings the schema up to date in one transaction, holding an advisory lock so that two nodes
    /// starting at once do not both migrate.
    static func migrate(_ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("BEGIN", logger: logger)
        do {
            try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLockKey))", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS schema_migration (
                    version int PRIMARY KEY,
                    name text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, logger: logger)
            var applied: Set<Int> = []
            for try await version in try await connection.query("SELECT version FROM schema_migration", logger: logger)
                .decode(Int.self)
            {
                applied.insert(version)
            }
            if let newest = applied.max(), newest > migrations.last?.version ?? 0 {
                throw StoreError.misconfigured(
                    "the database has schema version \(newest), newer than this Clipper knows; upgrade Clipper")
            }
            for migration in migrations where !applied.contains(migration.version) {
                for statement in migration.statements {
                    try await connection.query(statement, logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_migration (version, name) VALUES (\(migration.version), \(migration.name))",
                    logger: logger)
                logger.info(
                    "migrated the PostgreSQL schema",
                    metadata: ["store.schema.version": "\(migration.version)"])
            }
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }
}
