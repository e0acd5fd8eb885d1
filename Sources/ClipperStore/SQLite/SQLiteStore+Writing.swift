import ClipperModel
import GRDB

extension SQLiteStore {
    /// Writes one article inside the batch's transaction and says what became of it.
    static func write(_ record: ArticleRecord, node: String, at time: Double, in db: Database) throws -> IndexOutcome {
        let existing = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT number FROM article WHERE id = ?"), arguments: [record.id])
        let addSource = try SQLiteInsert(
            "INSERT OR IGNORE INTO articleSource (articleNumber, file, node, seenAt) VALUES (?, ?, ?, ?)", in: db)
        func source(of number: Int64) throws {
            try addSource.run {
                $0.add(number)
                $0.add(record.source.file)
                $0.add(node)
                $0.add(time)
            }
        }
        if let existing {
            try source(of: existing)
            return db.changesCount > 0 ? .duplicate(of: record.id) : .alreadyIndexed
        }
        let fingerprint = BodyFingerprint(body: record.body)
        let duplicateOf = try record.duplicateOf ?? earlierArticle(with: fingerprint, in: db)
        try SQLiteInsert(
            """
            INSERT INTO article (id, file, bytes, mediaType, title, authors, outlet, published, dateline, body,
                                 removed, credits, related, bodyFingerprint, duplicateOf, indexedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db
        ).run {
            $0.add(record.id)
            $0.add(record.source.file)
            $0.add(record.source.bytes)
            $0.add(record.source.mediaType.rawValue)
            $0.add(record.title)
            $0.add(StoredJSON.text(record.authors))
            $0.add(record.outlet)
            $0.add(record.published)
            $0.add(record.dateline)
            $0.add(record.body)
            $0.add(StoredJSON.text(record.removed))
            $0.add(StoredJSON.text(record.credits))
            $0.add(StoredJSON.text(record.related))
            $0.add(fingerprint.value)
            $0.add(duplicateOf)
            $0.add(time)
        }
        let number = db.lastInsertedRowID
        try SQLiteInsert("INSERT INTO articleSearch (rowid, title, body) VALUES (?, ?, ?)", in: db).run {
            $0.add(number)
            $0.add(record.title ?? "")
            $0.add(record.body)
        }
        try source(of: number)
        try writeEntities(of: record, number: number, in: db)
        return .indexed
    }

    /// The oldest article whose body folds to the same text, if any.
    private static func earlierArticle(with fingerprint: BodyFingerprint, in db: Database) throws -> String? {
        let candidates = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT id, body FROM article WHERE bodyFingerprint = ? ORDER BY number"),
            arguments: [fingerprint.value])
        while let row = try candidates.next() {
            if fingerprint.matches(row[1]) { return row[0] }
        }
        return nil
    }

    /// Rows of a table of names with counts (`place`, `program`) for article `number`, in order.
    private static func writeNameCounts(
        _ items: [(name: String, count: Int)], into table: String, number: Int64, in db: Database
    ) throws {
        let insert = try SQLiteInsert(
            "INSERT INTO \(table) (articleNumber, position, name, count) VALUES (?, ?, ?, ?)", in: db)
        for (position, item) in items.enumerated() {
            try insert.run {
                $0.add(number)
                $0.add(position)
                $0.add(item.name)
                $0.add(item.count)
            }
        }
    }

    /// The entity rows of article `number`, each list in its order (`position`).
    private static func writeEntities(of record: ArticleRecord, number: Int64, in db: Database) throws {
        let person = try SQLiteInsert(
            "INSERT INTO person (articleNumber, position, name, mentions, roles, count) VALUES (?, ?, ?, ?, ?, ?)",
            in: db)
        for (position, item) in record.people.enumerated() {
            try person.run {
                $0.add(number)
                $0.add(position)
                $0.add(item.name)
                $0.add(StoredJSON.text(item.mentions))
                $0.add(StoredJSON.text(item.roles))
                $0.add(item.count)
            }
        }
        let organization = try SQLiteInsert(
            "INSERT INTO organization (articleNumber, position, name, aliases, count) VALUES (?, ?, ?, ?, ?)", in: db)
        for (position, item) in record.organizations.enumerated() {
            try organization.run {
                $0.add(number)
                $0.add(position)
                $0.add(item.name)
                $0.add(StoredJSON.text(item.aliases))
                $0.add(item.count)
            }
        }
        try writeNameCounts(record.places.map { ($0.name, $0.count) }, into: "place", number: number, in: db)
        try writeNameCounts(record.programs.map { ($0.name, $0.count) }, into: "program", number: number, in: db)
        let quote = try SQLiteInsert(
            """
            INSERT INTO quote (articleNumber, position, speaker, text, cue, startByte, endByte, speakerDescription)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        for (position, item) in record.quotes.enumerated() {
            try quote.run {
                $0.add(number)
                $0.add(position)
                $0.add(item.speaker)
                $0.add(item.text)
                $0.add(item.cue)
                $0.add(item.start)
                $0.add(item.end)
                $0.add(item.speakerDescription)
            }
        }
        let figure = try SQLiteInsert(
            """
            INSERT INTO figure (articleNumber, position, text, value, unit, qualifier, subject)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        for (position, item) in record.figures.enumerated() {
            try figure.run {
                $0.add(number)
                $0.add(position)
                $0.add(item.text)
                $0.add(item.value)
                $0.add(item.unit)
                $0.add(item.qualifier)
                $0.add(item.of)
            }
        }
        let date = try SQLiteInsert(
            "INSERT INTO dateMention (articleNumber, position, text, iso) VALUES (?, ?, ?, ?)", in: db)
        for (position, item) in record.dates.enumerated() {
            try date.run {
                $0.add(number)
                $0.add(position)
                $0.add(item.text)
                $0.add(item.iso)
            }
        }
    }
}
