import ClipperModel
import GRDB

extension SQLiteStore {
    /// Writes one article inside the batch's transaction and says what became of it.
    static func write(_ record: ArticleRecord, node: String, at time: Double, in db: Database) throws -> IndexOutcome {
        let existing = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT number FROM article WHERE id = ?"), arguments: [record.id])
        let addSource = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO articleSource (articleNumber, file, node, seenAt) VALUES (?, ?, ?, ?)")
        if let existing {
            try addSource.execute(arguments: [existing, record.source.file, node, time])
            return db.changesCount > 0 ? .duplicate(of: record.id) : .alreadyIndexed
        }
        let fingerprint = BodyFingerprint(body: record.body)
        let duplicateOf = try record.duplicateOf ?? earlierArticle(with: fingerprint, in: db)
        try db.cachedStatement(
            sql: """
                INSERT INTO article (id, file, bytes, mediaType, title, authors, outlet, published, dateline, body,
                                     removed, credits, related, bodyFingerprint, duplicateOf, indexedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            record.id, record.source.file, record.source.bytes, record.source.mediaType.rawValue, record.title,
            StoredJSON.text(record.authors), record.outlet, record.published, record.dateline, record.body,
            StoredJSON.text(record.removed), StoredJSON.text(record.credits), StoredJSON.text(record.related),
            fingerprint.value, duplicateOf, time,
        ])
        let number = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO articleSearch (rowid, title, body) VALUES (?, ?, ?)")
            .execute(arguments: [number, record.title ?? "", record.body])
        try addSource.execute(arguments: [number, record.source.file, node, time])
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

    private static func writeEntities(of record: ArticleRecord, number id: Int64, in db: Database) throws {
        let person = try db.cachedStatement(
            sql: "INSERT INTO person (articleNumber, position, name, mentions, roles, count) VALUES (?, ?, ?, ?, ?, ?)")
        for (position, item) in record.people.enumerated() {
            try person.execute(arguments: [
                id, position, item.name, StoredJSON.text(item.mentions), StoredJSON.text(item.roles), item.count,
            ])
        }
        let organization = try db.cachedStatement(
            sql: "INSERT INTO organization (articleNumber, position, name, aliases, count) VALUES (?, ?, ?, ?, ?)")
        for (position, item) in record.organizations.enumerated() {
            try organization.execute(arguments: [id, position, item.name, StoredJSON.text(item.aliases), item.count])
        }
        let place = try db.cachedStatement(
            sql: "INSERT INTO place (articleNumber, position, name, count) VALUES (?, ?, ?, ?)")
        for (position, item) in record.places.enumerated() {
            try place.execute(arguments: [id, position, item.name, item.count])
        }
        let program = try db.cachedStatement(
            sql: "INSERT INTO program (articleNumber, position, name, count) VALUES (?, ?, ?, ?)")
        for (position, item) in record.programs.enumerated() {
            try program.execute(arguments: [id, position, item.name, item.count])
        }
        let quote = try db.cachedStatement(
            sql: """
                INSERT INTO quote (articleNumber, position, speaker, text, cue, startByte, endByte, speakerDescription)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for (position, item) in record.quotes.enumerated() {
            try quote.execute(arguments: [
                id, position, item.speaker, item.text, item.cue, item.start, item.end, item.speakerDescription,
            ])
        }
        let figure = try db.cachedStatement(
            sql: """
                INSERT INTO figure (articleNumber, position, text, value, unit, qualifier, subject)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        for (position, item) in record.figures.enumerated() {
            try figure.execute(arguments: [id, position, item.text, item.value, item.unit, item.qualifier, item.of])
        }
        let date = try db.cachedStatement(
            sql: "INSERT INTO dateMention (articleNumber, position, text, iso) VALUES (?, ?, ?, ?)")
        for (position, item) in record.dates.enumerated() {
            try date.execute(arguments: [id, position, item.text, item.iso])
        }
    }
}
