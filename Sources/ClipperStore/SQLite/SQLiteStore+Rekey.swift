import GRDB

extension SQLiteStore {
    /// The v3 migration: every table whose rows belong to an article is rebuilt keyed by
    /// `articleNumber` (the article's integer primary key) instead of the 64-character hex id,
    /// its rows copied over, and its indexes made again. Runs in the migration's transaction.
    static func rekeyOnArticleNumber(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE articleSource_v3 (
                    articleNumber INTEGER NOT NULL REFERENCES article(number) ON DELETE CASCADE,
                    file TEXT NOT NULL,
                    node TEXT NOT NULL,
                    seenAt REAL NOT NULL,
                    PRIMARY KEY (articleNumber, file, node)
                ) WITHOUT ROWID;
                INSERT INTO articleSource_v3 (articleNumber, file, node, seenAt)
                    SELECT a.number, s.file, s.node, s.seenAt FROM articleSource s JOIN article a ON a.id = s.articleID;
                DROP TABLE articleSource;
                ALTER TABLE articleSource_v3 RENAME TO articleSource;
                CREATE INDEX articleSource_file ON articleSource(file);
                """)
        for table in entityTables {
            let names = table.columns.map { String($0.prefix { $0 != " " }) }
            try db.execute(
                sql: """
                    CREATE TABLE \(table.name)_v3 (
                        articleNumber INTEGER NOT NULL REFERENCES article(number) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        \(table.columns.joined(separator: ", ")),
                        PRIMARY KEY (articleNumber, position)
                    ) WITHOUT ROWID;
                    INSERT INTO \(table.name)_v3 (articleNumber, position, \(names.joined(separator: ", ")))
                        SELECT a.number, t.position, \(names.map { "t." + $0 }.joined(separator: ", "))
                        FROM \(table.name) t JOIN article a ON a.id = t.articleID;
                    DROP TABLE \(table.name);
                    ALTER TABLE \(table.name)_v3 RENAME TO \(table.name);
                    """)
            if table.indexesName {
                try db.execute(sql: "CREATE INDEX \(table.name)_name ON \(table.name)(name COLLATE NOCASE)")
            }
        }
    }

    /// An entity table as of v3: its own columns (after `articleNumber` and `position`).
    private struct EntityTable {
        var name: String
        var columns: [String]
        /// Whether it has an index on `name` (readers group and look up people, organizations,
        /// places and programs by name).
        var indexesName: Bool
    }

    private static let entityTables = [
        EntityTable(
            name: "person",
            columns: ["name TEXT NOT NULL", "mentions TEXT NOT NULL", "roles TEXT NOT NULL", "count INTEGER NOT NULL"],
            indexesName: true),
        EntityTable(
            name: "organization", columns: ["name TEXT NOT NULL", "aliases TEXT NOT NULL", "count INTEGER NOT NULL"],
            indexesName: true),
        EntityTable(name: "place", columns: ["name TEXT NOT NULL", "count INTEGER NOT NULL"], indexesName: true),
        EntityTable(name: "program", columns: ["name TEXT NOT NULL", "count INTEGER NOT NULL"], indexesName: true),
        EntityTable(
            name: "quote",
            columns: [
                "speaker TEXT", "text TEXT NOT NULL", "cue TEXT", "startByte INTEGER NOT NULL",
                "endByte INTEGER NOT NULL",
            ],
            indexesName: false),
        EntityTable(
            name: "figure",
            columns: [
                "text TEXT NOT NULL", "value REAL NOT NULL", "unit TEXT NOT NULL", "qualifier TEXT", "subject TEXT",
            ],
            indexesName: false),
        EntityTable(name: "dateMention", columns: ["text TEXT NOT NULL", "iso TEXT"], indexesName: false),
    ]
}
