import ClipperModel
import Logging
import PostgresNIO

extension PostgresStore {
    func article(matching key: String) async throws -> ArticleRecord? {
        let logger = logger
        return try await withConnection { connection in
            guard let id = try await Self.articleID(matching: key, on: connection, logger: logger) else { return nil }
            let rows = try await Self.records(
                "SELECT \(unescaped: Self.articleColumns) FROM article WHERE id = \(id)", on: connection, logger: logger
            )
            return rows.first?.record
        }
    }

    func forEachArticle(_ body: (ArticleRecord) async throws -> Void) async throws {
        let logger = logger
        var after = 0
        while true {
            let start = after
            let page = try await withConnection { connection in
                try await Self.records(
                    """
                    SELECT \(unescaped: Self.articleColumns) FROM article WHERE number > \(start)
                    ORDER BY number LIMIT 256
                    """, on: connection, logger: logger)
            }
            guard let last = page.last else { return }
            for entry in page { try await body(entry.record) }
            after = last.number
        }
    }

    /// The columns of `article` a record needs, in the order ``records(_:on:logger:)`` decodes them.
    static let articleColumns = """
        number, id, file, bytes, media_type, title, authors::text, outlet, published, dateline, body,
        removed::text, credits::text, related::text, duplicate_of
        """

    /// The id of the article `key` names: a full id, a unique id prefix, or a source file name
    /// (the latest article seen under it).
    static func articleID(matching key: String, on connection: PostgresConnection, logger: Logger) async throws
        -> String?
    {
        if let prefix = ArticleKey.idPrefix(key) {
            var ids: [String] = []
            let rows = try await connection.query(
                "SELECT id FROM article WHERE id >= \(prefix) AND id < \(ArticleKey.upperBound(of: prefix)) ORDER BY id LIMIT 2",
                logger: logger)
            for try await id in rows.decode(String.self) { ids.append(id) }
            if ids.count > 1 { throw StoreError.ambiguous(key) }
            if let id = ids.first { return id }
        }
        let rows = try await connection.query(
            """
            SELECT s.article_id FROM article_source s JOIN article a ON a.id = s.article_id
            WHERE s.file = \(key) ORDER BY s.seen_at DESC, a.number DESC LIMIT 1
            """, logger: logger)
        for try await id in rows.decode(String.self) { return id }
        return nil
    }

    /// The records `query` selects (it must select ``articleColumns``), with their numbers, in its order.
    static func records(
        _ query: PostgresQuery, on connection: PostgresConnection, logger: Logger
    ) async throws -> [(number: Int, record: ArticleRecord)] {
        var articles: [(number: Int, id: String, source: SourceInfo, article: ParsedArticle, duplicateOf: String?)] = []
        let rows = try await connection.query(query, logger: logger)
        for try await row in rows {
            let (
                number, id, file, bytes, mediaTypeName, title, authors, outlet, published, dateline, body,
                removed, credits, related, duplicateOf
            ) = try row.decode(
                (
                    Int, String, String, Int, String, String?, String, String?, String?, String?, String,
                    String, String, String, String?
                ).self)
            guard let mediaType = MediaType(rawValue: mediaTypeName) else {
                throw StoreError.misconfigured("article \(id) has an unknown media type \(mediaTypeName)")
            }
            let article = ParsedArticle(
                mediaType: mediaType, title: title, authors: try StoredJSON.value([String].self, from: authors),
                outlet: outlet, published: published, dateline: dateline, body: body,
                removed: try StoredJSON.value([RemovedBlock].self, from: removed),
                credits: try StoredJSON.value([String].self, from: credits),
                related: try StoredJSON.value([String].self, from: related))
            articles.append(
                (number, id, SourceInfo(file: file, bytes: bytes, mediaType: mediaType), article, duplicateOf))
        }
        guard !articles.isEmpty else { return [] }
        let extractions = try await extractions(of: articles.map(\.id), on: connection, logger: logger)
        return articles.map { entry in
            (
                entry.number,
                ArticleRecord(
                    id: entry.id, source: entry.source, article: entry.article,
                    extraction: extractions[entry.id] ?? Extraction(), duplicateOf: entry.duplicateOf)
            )
        }
    }

    /// The extraction of each article in `ids`, read with one query per entity table.
    private static func extractions(
        of ids: [String], on connection: PostgresConnection, logger: Logger
    ) async throws -> [String: Extraction] {
        var result: [String: Extraction] = [:]
        for try await (id, name, mentions, roles, count) in try await connection.query(
            """
            SELECT article_id, name, mentions::text, roles::text, count FROM person
            WHERE article_id = ANY(\(ids)) ORDER BY article_id, position
            """, logger: logger
        ).decode((String, String, String, String, Int).self) {
            result[id, default: Extraction()].people.append(
                Person(
                    name: name, mentions: try StoredJSON.value([String].self, from: mentions),
                    roles: try StoredJSON.value([String].self, from: roles), count: count))
        }
        for try await (id, name, aliases, count) in try await connection.query(
            """
            SELECT article_id, name, aliases::text, count FROM organization
            WHERE article_id = ANY(\(ids)) ORDER BY article_id, position
            """, logger: logger
        ).decode((String, String, String, Int).self) {
            result[id, default: Extraction()].organizations.append(
                Organization(name: name, aliases: try StoredJSON.value([String].self, from: aliases), count: count))
        }
        for try await (id, name, count) in try await connection.query(
            "SELECT article_id, name, count FROM place WHERE article_id = ANY(\(ids)) ORDER BY article_id, position",
            logger: logger
        ).decode((String, String, Int).self) {
            result[id, default: Extraction()].places.append(Place(name: name, count: count))
        }
        for try await (id, name, count) in try await connection.query(
            "SELECT article_id, name, count FROM program WHERE article_id = ANY(\(ids)) ORDER BY article_id, position",
            logger: logger
        ).decode((String, String, Int).self) {
            result[id, default: Extraction()].programs.append(Program(name: name, count: count))
        }
        for try await (id, speaker, text, cue, start, end, description) in try await connection.query(
            """
            SELECT article_id, speaker, text, cue, start_byte, end_byte, speaker_description FROM quote
            WHERE article_id = ANY(\(ids)) ORDER BY article_id, position
            """, logger: logger
        ).decode((String, String?, String, String?, Int, Int, String?).self) {
            result[id, default: Extraction()].quotes.append(
                Quotation(
                    speaker: speaker, text: text, cue: cue, start: start, end: end, speakerDescription: description))
        }
        for try await (id, text, value, unit, qualifier, subject) in try await connection.query(
            """
            SELECT article_id, text, value, unit, qualifier, subject FROM figure
            WHERE article_id = ANY(\(ids)) ORDER BY article_id, position
            """, logger: logger
        ).decode((String, String, Double, String, String?, String?).self) {
            result[id, default: Extraction()].figures.append(
                Figure(text: text, value: value, unit: unit, qualifier: qualifier, of: subject))
        }
        for try await (id, text, iso) in try await connection.query(
            "SELECT article_id, text, iso FROM date_mention WHERE article_id = ANY(\(ids)) ORDER BY article_id, position",
            logger: logger
        ).decode((String, String, String?).self) {
            result[id, default: Extraction()].dates.append(DateMention(text: text, iso: iso))
        }
        return result
    }
}
