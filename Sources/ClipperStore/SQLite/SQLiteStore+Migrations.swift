import GRDB

extension SQLiteStore {
    /// The schema, one registered migration per version; GRDB records which ran in `grdb_migrations`.
    ///
    /// Tables are singular and camelCased. `article.number` is the integer primary key, so the
    /// FTS5 index (external content, keyed by `rowid`) stays valid across `VACUUM`; `article.id`
    /// is the SHA-256 readers look articles up by. Since v3 the rows that belong to an article
    /// (sources, entities) reference it by `articleNumber`, so they are appended in key order and
    /// carry 8 bytes of key instead of 64. Entity tables keep each list's order in `position`, so
    /// an article reads back exactly as it was indexed.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, sources, full-text search, entities, nodes") { db in
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        number INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        file TEXT NOT NULL,
                        bytes INTEGER NOT NULL,
                        mediaType TEXT NOT NULL,
                        title TEXT,
                        authors TEXT NOT NULL,
                        outlet TEXT,
                        published TEXT,
                        dateline TEXT,
                        body TEXT NOT NULL,
                        removed TEXT NOT NULL,
                        credits TEXT NOT NULL,
                        related TEXT NOT NULL,
                        bodyFingerprint TEXT NOT NULL,
                        duplicateOf TEXT,
                        indexedAt REAL NOT NULL
                    );
                    CREATE INDEX article_bodyFingerprint ON article(bodyFingerprint);

                    CREATE TABLE articleSource (
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        file TEXT NOT NULL,
                        node TEXT NOT NULL,
                        seenAt REAL NOT NULL,
                        PRIMARY KEY (articleID, file, node)
                    ) WITHOUT ROWID;
                    CREATE INDEX articleSource_file ON articleSource(file);

                    CREATE VIRTUAL TABLE articleSearch USING fts5(
                        title, body, content = 'article', content_rowid = 'number',
                        tokenize = 'porter unicode61 remove_diacritics 2'
                    );

                    CREATE TABLE person (
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        mentions TEXT NOT NULL,
                        roles TEXT NOT NULL,
                        count INTEGER NOT NULL,
                        PRIMARY KEY (articleID, position)
                    ) WITHOUT ROWID;
                    CREATE INDEX person_name ON person(name COLLATE NOCASE);

                    CREATE TABLE organization (
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        aliases TEXT NOT NULL,
                        count INTEGER NOT NULL,
                        PRIMARY KEY (articleID, position)
                    ) WITHOUT ROWID;
                    CREATE INDEX organization_name ON organization(name COLLATE NOCASE);

                    CREATE TABLE place (
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        count INTEGER NOT NULL,
                        PRIMARY KEY (articleID, position)
                    ) WITHOUT ROWID;
                    CREATE INDEX place_name ON place(name COLLATE NOCASE);

                    CREATE TABLE program (
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        count INTEGER NOT NULL,
                        PRIMARY KEY (articleID, position)
                    ) WITHOUT ROWID;
                    CREATE INDEX program_name ON program(name COLLATE NOCASE);

                    CREATE TABLE quote (
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        speaker TEXT,
                        text TEXT NOT NULL,
                        cue TEXT,
                        startByte INTEGER NOT NULL,
                        endByte INTEGER NOT NULL,
                        PRIMARY KEY (articleID, position)
                    ) WITHOUT ROWID;

                    CREATE TABLE figure (
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        value REAL NOT NULL,
                        unit TEXT NOT NULL,
                        qualifier TEXT,
                        subject TEXT,
                        PRIMARY KEY (articleID, position)
                    ) WITHOUT ROWID;

                    CREATE TABLE dateMention (
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        iso TEXT,
                        PRIMARY KEY (articleID, position)
                    ) WITHOUT ROWID;

                    CREATE TABLE node (
                        name TEXT PRIMARY KEY NOT NULL,
                        version TEXT NOT NULL,
                        startedAt REAL NOT NULL,
                        heartbeatAt REAL NOT NULL,
                        processed INTEGER NOT NULL,
                        failed INTEGER NOT NULL,
                        duplicates INTEGER NOT NULL,
                        rate REAL NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v2: when a node stopped cleanly") { db in
            try db.execute(sql: "ALTER TABLE node ADD COLUMN stoppedAt REAL")
        }
        migrator.registerMigration("v3: integer article keys for sources and entities") { db in
            try rekeyOnArticleNumber(db)
        }
        migrator.registerMigration("v4: indexes for browsing by date and outlet") { db in
            // Pages in date order walk `article_published` (it holds the number too); the outlet
            // and date filters read their sets of numbers from these (docs/Performance.md).
            try db.execute(
                sql: """
                    CREATE INDEX article_published ON article(published);
                    CREATE INDEX article_outlet ON article(outlet COLLATE NOCASE);
                    """)
        }
        migrator.registerMigration("v5: how an unnamed speaker is described") { db in
            try db.execute(sql: "ALTER TABLE quote ADD COLUMN speakerDescription TEXT")
        }
        return migrator
    }
}
