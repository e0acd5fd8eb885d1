import ClipperModel
import Foundation
import Logging
import PostgresNIO

extension PostgresStore {
    func index(_ batch: [ArticleRecord]) async throws -> [IndexOutcome] {
        guard !batch.isEmpty else { return [] }
        let node = nodeName
        let logger = logger
        let time = Date().timeIntervalSince1970
        return try await inTransaction { connection in
            try await Self.write(batch, node: node, at: time, on: connection, logger: logger)
        }
    }

    /// Writes a batch with one statement per table (rows passed as one JSON document) and says
    /// what became of each entry.
    ///
    /// Rows go in sorted by id, so two nodes writing overlapping batches lock them in the same order.
    private static func write(
        _ batch: [ArticleRecord], node: String, at time: Double, on connection: PostgresConnection, logger: Logger
    ) async throws -> [IndexOutcome] {
        var firstOfID: [String: Int] = [:]
        for (offset, record) in batch.enumerated() where firstOfID[record.id] == nil { firstOfID[record.id] = offset }
        let distinct = firstOfID.values.sorted { batch[$0].id < batch[$1].id }.map { batch[$0] }

        let duplicateOf = try await earlierArticles(for: batch, firstOfID: firstOfID, on: connection, logger: logger)
        let articleRows = distinct.map { ArticleRow($0, duplicateOf: duplicateOf[$0.id], time: time) }
        var inserted: Set<String> = []
        let insertedRows = try await connection.query(
            """
            INSERT INTO article (id, file, bytes, media_type, title, authors, outlet, published, dateline, body,
                                 removed, credits, related, body_fingerprint, duplicate_of, indexed_at)
            SELECT id, file, bytes, media_type, title, authors, outlet, published, dateline, body,
                   removed, credits, related, body_fingerprint, duplicate_of, indexed_at
            FROM jsonb_to_recordset(\(try json(articleRows))::jsonb) AS r(
                id text, file text, bytes bigint, media_type text, title text, authors jsonb, outlet text,
                published text, dateline text, body text, removed jsonb, credits jsonb, related jsonb,
                body_fingerprint text, duplicate_of text, indexed_at double precision)
            ORDER BY id
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """, logger: logger)
        for try await id in insertedRows.decode(String.self) { inserted.insert(id) }

        let fresh = distinct.filter { inserted.contains($0.id) }
        if !fresh.isEmpty { try await writeEntities(of: fresh, on: connection, logger: logger) }

        var sourceKeys: [SourceKey] = []
        var seenSources: Set<SourceKey> = []
        for record in batch {
            let key = SourceKey(articleID: record.id, file: record.source.file)
            if seenSources.insert(key).inserted { sourceKeys.append(key) }
        }
        sourceKeys.sort { ($0.articleID, $0.file) < ($1.articleID, $1.file) }
        let sourceRows = sourceKeys.map { SourceRow(articleID: $0.articleID, file: $0.file, node: node, seenAt: time) }
        var newSources: Set<SourceKey> = []
        let insertedSources = try await connection.query(
            """
            INSERT INTO article_source (article_id, file, node, seen_at)
            SELECT article_id, file, node, seen_at
            FROM jsonb_to_recordset(\(try json(sourceRows))::jsonb)
                AS r(article_id text, file text, node text, seen_at double precision)
            ORDER BY article_id, file
            ON CONFLICT DO NOTHING
            RETURNING article_id, file
            """, logger: logger)
        for try await (id, file) in insertedSources.decode((String, String).self) {
            newSources.insert(SourceKey(articleID: id, file: file))
        }

        var reportedSources: Set<SourceKey> = []
        return batch.enumerated().map { offset, record in
            let key = SourceKey(articleID: record.id, file: record.source.file)
            let firstSource = reportedSources.insert(key).inserted
            if firstOfID[record.id] == offset, inserted.contains(record.id) { return .indexed }
            if firstSource, newSources.contains(key) { return .duplicate(of: record.id) }
            return .alreadyIndexed
        }
    }

    /// For each new article id, the oldest original article (stored, or earlier in the batch) whose
    /// body folds to the same text; records that carry `duplicateOf` already keep it. Only originals
    /// are fetched: a copy of a copy points at the first one, and the rows stay few.
    private static func earlierArticles(
        for batch: [ArticleRecord], firstOfID: [String: Int], on connection: PostgresConnection, logger: Logger
    ) async throws -> [String: String] {
        let fingerprints = batch.map { BodyFingerprint(body: $0.body) }
        var stored: [String: [(id: String, body: String)]] = [:]
        let rows = try await connection.query(
            """
            SELECT body_fingerprint, id, body FROM article
            WHERE body_fingerprint = ANY(\(Array(Set(fingerprints.map(\.value))))) AND duplicate_of IS NULL
            ORDER BY number
            """, logger: logger)
        for try await (fingerprint, id, body) in rows.decode((String, String, String).self) {
            stored[fingerprint, default: []].append((id, body))
        }
        var result: [String: String] = [:]
        var firstInBatch: [String: Int] = [:]
        for (offset, record) in batch.enumerated() where firstOfID[record.id] == offset {
            let fingerprint = fingerprints[offset]
            defer { if firstInBatch[fingerprint.value] == nil { firstInBatch[fingerprint.value] = offset } }
            if let given = record.duplicateOf {
                result[record.id] = given
            } else if let match = stored[fingerprint.value]?.first(where: {
                $0.id != record.id && fingerprint.matches($0.body)
            }) {
                result[record.id] = match.id
            } else if let earlier = firstInBatch[fingerprint.value], fingerprint.matches(batch[earlier].body) {
                result[record.id] = batch[earlier].id
            }
        }
        return result
    }

    private static func writeEntities(
        of records: [ArticleRecord], on connection: PostgresConnection, logger: Logger
    ) async throws {
        var people: [PersonRow] = []
        var organizations: [OrganizationRow] = []
        var places: [NamedRow] = []
        var programs: [NamedRow] = []
        var quotes: [QuoteRow] = []
        var figures: [FigureRow] = []
        var dates: [DateRow] = []
        for record in records {
            let id = record.id
            for (position, item) in record.people.enumerated() {
                people.append(
                    PersonRow(
                        articleID: id, position: position, name: item.name, mentions: item.mentions, roles: item.roles,
                        count: item.count))
            }
            for (position, item) in record.organizations.enumerated() {
                organizations.append(
                    OrganizationRow(
                        articleID: id, position: position, name: item.name, aliases: item.aliases, count: item.count))
            }
            for (position, item) in record.places.enumerated() {
                places.append(NamedRow(articleID: id, position: position, name: item.name, count: item.count))
            }
            for (position, item) in record.programs.enumerated() {
                programs.append(NamedRow(articleID: id, position: position, name: item.name, count: item.count))
            }
            for (position, item) in record.quotes.enumerated() {
                quotes.append(
                    QuoteRow(
                        articleID: id, position: position, speaker: item.speaker, text: item.text, cue: item.cue,
                        startByte: item.start, endByte: item.end, speakerDescription: item.speakerDescription))
            }
            for (position, item) in record.figures.enumerated() {
                figures.append(
                    FigureRow(
                        articleID: id, position: position, text: item.text, value: item.value, unit: item.unit,
                        qualifier: item.qualifier, subject: item.of))
            }
            for (position, item) in record.dates.enumerated() {
                dates.append(DateRow(articleID: id, position: position, text: item.text, iso: item.iso))
            }
        }
        if !people.isEmpty {
            try await connection.query(
                """
                INSERT INTO person (article_id, position, name, mentions, roles, count)
                SELECT * FROM jsonb_to_recordset(\(try json(people))::jsonb)
                    AS r(article_id text, position int, name text, mentions jsonb, roles jsonb, count int)
                """, logger: logger)
        }
        if !organizations.isEmpty {
            try await connection.query(
                """
                INSERT INTO organization (article_id, position, name, aliases, count)
                SELECT * FROM jsonb_to_recordset(\(try json(organizations))::jsonb)
                    AS r(article_id text, position int, name text, aliases jsonb, count int)
                """, logger: logger)
        }
        if !places.isEmpty {
            try await connection.query(
                """
                INSERT INTO place (article_id, position, name, count)
                SELECT * FROM jsonb_to_recordset(\(try json(places))::jsonb)
                    AS r(article_id text, position int, name text, count int)
                """, logger: logger)
        }
        if !programs.isEmpty {
            try await connection.query(
                """
                INSERT INTO program (article_id, position, name, count)
                SELECT * FROM jsonb_to_recordset(\(try json(programs))::jsonb)
                    AS r(article_id text, position int, name text, count int)
                """, logger: logger)
        }
        if !quotes.isEmpty {
            try await connection.query(
                """
                INSERT INTO quote (article_id, position, speaker, text, cue, start_byte, end_byte, speaker_description)
                SELECT * FROM jsonb_to_recordset(\(try json(quotes))::jsonb)
                    AS r(article_id text, position int, speaker text, text text, cue text, start_byte int, end_byte int,
                         speaker_description text)
                """, logger: logger)
        }
        if !figures.isEmpty {
            try await connection.query(
                """
                INSERT INTO figure (article_id, position, text, value, unit, qualifier, subject)
                SELECT * FROM jsonb_to_recordset(\(try json(figures))::jsonb)
                    AS r(article_id text, position int, text text, value double precision, unit text,
                         qualifier text, subject text)
                """, logger: logger)
        }
        if !dates.isEmpty {
            try await connection.query(
                """
                INSERT INTO date_mention (article_id, position, text, iso)
                SELECT * FROM jsonb_to_recordset(\(try json(dates))::jsonb)
                    AS r(article_id text, position int, text text, iso text)
                """, logger: logger)
        }
    }

    /// Rows as one JSON array, the parameter `jsonb_to_recordset` unpacks.
    private static func json(_ rows: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }
}

/// One source file of one article, as `article_source` keys it (per node).
private struct SourceKey: Hashable {
    let articleID: String
    let file: String
}

// Row shapes for `jsonb_to_recordset`: property names, in snake_case, are the column names.
private struct ArticleRow: Encodable {
    let id, file, mediaType, body, bodyFingerprint: String
    let bytes: Int
    let title, outlet, published, dateline, duplicateOf: String?
    let authors, credits, related: [String]
    let removed: [RemovedBlock]
    let indexedAt: Double

    init(_ record: ArticleRecord, duplicateOf: String?, time: Double) {
        id = record.id
        file = record.source.file
        mediaType = record.source.mediaType.rawValue
        body = record.body
        bodyFingerprint = BodyFingerprint(body: record.body).value
        bytes = record.source.bytes
        title = record.title
        outlet = record.outlet
        published = record.published
        dateline = record.dateline
        self.duplicateOf = duplicateOf
        authors = record.authors
        credits = record.credits
        related = record.related
        removed = record.removed
        indexedAt = time
    }
}

private struct SourceRow: Encodable {
    let articleID, file, node: String
    let seenAt: Double
}

private struct PersonRow: Encodable {
    let articleID: String
    let position: Int
    let name: String
    let mentions, roles: [String]
    let count: Int
}

private struct OrganizationRow: Encodable {
    let articleID: String
    let position: Int
    let name: String
    let aliases: [String]
    let count: Int
}

private struct NamedRow: Encodable {
    let articleID: String
    let position: Int
    let name: String
    let count: Int
}

private struct QuoteRow: Encodable {
    let articleID: String
    let position: Int
    let speaker: String?
    let text: String
    let cue: String?
    let startByte, endByte: Int
    let speakerDescription: String?
}

private struct FigureRow: Encodable {
    let articleID: String
    let position: Int
    let text: String
    let value: Double
    let unit: String
    let qualifier, subject: String?
}

private struct DateRow: Encodable {
    let articleID: String
    let position: Int
    let text: String
    let iso: String?
}
