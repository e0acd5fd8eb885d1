import ClipperModel
import GRDB

extension SQLiteStore {
    /// The columns of `article` a record needs, in the order ``articleFields(_:)`` reads them.
    static let articleColumns = """
        number, id, file, bytes, mediaType, title, authors, outlet, published, dateline, body,
        removed, credits, related, duplicateOf
        """

    /// The id of the article `key` names: a full id, a unique id prefix, or a source file name
    /// (the latest article seen under it).
    static func articleID(matching key: String, in db: Database) throws -> String? {
        if let prefix = ArticleKey.idPrefix(key) {
            let ids = try String.fetchAll(
                db.cachedStatement(sql: "SELECT id FROM article WHERE id >= ? AND id < ? ORDER BY id LIMIT 2"),
                arguments: [prefix, ArticleKey.upperBound(of: prefix)])
            if ids.count > 1 { throw StoreError.ambiguous(key) }
            if let id = ids.first { return id }
        }
        return try String.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT a.id FROM articleSource s JOIN article a ON a.number = s.articleNumber
                    WHERE s.file = ? ORDER BY s.seenAt DESC, a.number DESC LIMIT 1
                    """),
            arguments: [key])
    }

    /// The whole record of article `id`, or `nil`.
    static func record(id: String, in db: Database) throws -> ArticleRecord? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT \(articleColumns) FROM article WHERE id = ?"), arguments: [id])
        else { return nil }
        return try record(from: row, in: db)
    }

    /// Up to `limit` records after article number `after`, oldest first, with their numbers.
    static func records(after: Int64, limit: Int, in db: Database) throws -> [(number: Int64, record: ArticleRecord)] {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT \(articleColumns) FROM article WHERE number > ? ORDER BY number LIMIT ?"),
            arguments: [after, limit])
        return try rows.map { (number: $0[0], record: try record(from: $0, in: db)) }
    }

    private static func record(from row: Row, in db: Database) throws -> ArticleRecord {
        let id: String = row[1]
        guard let mediaType = MediaType(rawValue: row[4]) else {
            throw StoreError.misconfigured("article \(id) has an unknown media type \(row[4] as String)")
        }
        return ArticleRecord(
            id: id,
            source: SourceInfo(file: row[2], bytes: row[3], mediaType: mediaType),
            article: ParsedArticle(
                mediaType: mediaType, title: row[5], authors: try StoredJSON.value([String].self, from: row[6]),
                outlet: row[7], published: row[8], dateline: row[9], body: row[10],
                removed: try StoredJSON.value([RemovedBlock].self, from: row[11]),
                credits: try StoredJSON.value([String].self, from: row[12]),
                related: try StoredJSON.value([String].self, from: row[13])),
            extraction: try extraction(of: row[0], in: db),
            duplicateOf: row[14])
    }

    private static func extraction(of number: Int64, in db: Database) throws -> Extraction {
        func rows(_ sql: String) throws -> [Row] {
            try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [number])
        }
        return Extraction(
            people: try rows(
                "SELECT name, mentions, roles, count FROM person WHERE articleNumber = ? ORDER BY position"
            )
            .map {
                Person(
                    name: $0[0], mentions: try StoredJSON.value([String].self, from: $0[1]),
                    roles: try StoredJSON.value([String].self, from: $0[2]), count: $0[3])
            },
            organizations: try rows(
                "SELECT name, aliases, count FROM organization WHERE articleNumber = ? ORDER BY position"
            ).map {
                Organization(name: $0[0], aliases: try StoredJSON.value([String].self, from: $0[1]), count: $0[2])
            },
            places: try rows("SELECT name, count FROM place WHERE articleNumber = ? ORDER BY position")
                .map { Place(name: $0[0], count: $0[1]) },
            programs: try rows("SELECT name, count FROM program WHERE articleNumber = ? ORDER BY position")
                .map { Program(name: $0[0], count: $0[1]) },
            quotes: try rows(
                """
                SELECT speaker, text, cue, startByte, endByte, speakerDescription FROM quote
                WHERE articleNumber = ? ORDER BY position
                """
            ).map {
                Quotation(
                    speaker: $0[0], text: $0[1], cue: $0[2], start: $0[3], end: $0[4], speakerDescription: $0[5])
            },
            figures: try rows(
                "SELECT text, value, unit, qualifier, subject FROM figure WHERE articleNumber = ? ORDER BY position"
            ).map { Figure(text: $0[0], value: $0[1], unit: $0[2], qualifier: $0[3], of: $0[4]) },
            dates: try rows("SELECT text, iso FROM dateMention WHERE articleNumber = ? ORDER BY position")
                .map { DateMention(text: $0[0], iso: $0[1]) })
    }
}
