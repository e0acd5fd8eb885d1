import ClipperModel
import ClipperTestSupport
import Foundation
import GRDB
import Testing

@testable import ClipperStore

/// The SQLite schema itself: the writer's durability setting, and upgrades from earlier versions.
@Suite(.timeLimit(.minutes(1)))
struct SQLiteSchemaTests {
    @Test func theWriterCommitsWithSynchronousFullAndCheckpointsRarely() async throws {
        try await withTemporaryDirectory { directory in
            let store = try SQLiteStore(
                path: directory + "/clipper.sqlite", options: StoreOptions(nodeName: "test"), logger: testLogger)
            // 2 is FULL: a commit returns only once the WAL is fsynced.
            let synchronous = try await store.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
            #expect(synchronous == 2)
            // Checkpoints every 10,000 WAL pages, not SQLite's 1,000 (fewer bytes written per article).
            let checkpoint = try await store.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
            #expect(checkpoint == 10_000)
            try await store.close()
        }
    }

    @Test func aVersion2StoreUpgradesAndReadsBackTheSame() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/clipper.sqlite"
            // Given a store at schema v2 (rows keyed by the hex id), written as v2 wrote them
            let old = try DatabaseQueue(path: path)
            try SQLiteStore.migrator.migrate(old, upTo: "v2: when a node stopped cleanly")
            try await old.write { db in try Self.writeVersion2(Fixture.sanctuary, file: "copy.html", in: db) }
            try old.close()

            // When the current store opens it
            let options = StoreOptions(nodeName: "test")
            try await withArticleStore(.sqlite(path: path), options: options, logger: testLogger) { store in
                // Then the article, its entities, its sources, search and quotes read back as before
                // (v2 had no place for how an unnamed speaker is described)
                var written = Fixture.sanctuary
                written.quotes = written.quotes.map { quote in
                    var quote = quote
                    quote.speakerDescription = nil
                    return quote
                }
                #expect(try await store.article(matching: Fixture.sanctuary.id) == written)
                #expect(try await store.article(matching: "copy.html")?.id == Fixture.sanctuary.id)
                #expect(try await store.search("sanctuary", limit: 5).map(\.id) == [Fixture.sanctuary.id])
                #expect(
                    try await store.quotes(speaker: "Chief Medina", limit: 5).map(\.articleID) == [Fixture.sanctuary.id]
                )
                let statistics = try await store.statistics()
                #expect(statistics.articles == 1)
                #expect(statistics.duplicates == 1)
                // And new articles go on from there
                #expect(try await store.index([Fixture.budget]) == [.indexed])
                #expect(try await store.article(matching: Fixture.budget.id) == Fixture.budget)
            }
            let upgraded = try DatabaseQueue(path: path)
            let columns = try await upgraded.read { db in try db.columns(in: "person").map(\.name) }
            #expect(columns.first == "articleNumber")
            try upgraded.close()
        }
    }

    /// The rows schema v2 held for `record`, seen under its own file and under `file` too.
    private static func writeVersion2(_ record: ArticleRecord, file: String, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO article (id, file, bytes, mediaType, title, authors, outlet, published, dateline, body,
                                     removed, credits, related, bodyFingerprint, duplicateOf, indexedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 1)
                """,
            arguments: [
                record.id, record.source.file, record.source.bytes, record.source.mediaType.rawValue, record.title,
                StoredJSON.text(record.authors), record.outlet, record.published, record.dateline, record.body,
                StoredJSON.text(record.removed), StoredJSON.text(record.credits), StoredJSON.text(record.related),
                BodyFingerprint(body: record.body).value,
            ])
        try db.execute(
            sql: "INSERT INTO articleSearch (rowid, title, body) VALUES (?, ?, ?)",
            arguments: [db.lastInsertedRowID, record.title ?? "", record.body])
        for source in [record.source.file, file] {
            try db.execute(
                sql: "INSERT INTO articleSource (articleID, file, node, seenAt) VALUES (?, ?, 'test', 1)",
                arguments: [record.id, source])
        }
        let id = record.id
        for (position, item) in record.people.enumerated() {
            try db.execute(
                sql: "INSERT INTO person (articleID, position, name, mentions, roles, count) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    id, position, item.name, StoredJSON.text(item.mentions), StoredJSON.text(item.roles), item.count,
                ])
        }
        for (position, item) in record.organizations.enumerated() {
            try db.execute(
                sql: "INSERT INTO organization (articleID, position, name, aliases, count) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, position, item.name, StoredJSON.text(item.aliases), item.count])
        }
        for (position, item) in record.places.enumerated() {
            try db.execute(
                sql: "INSERT INTO place (articleID, position, name, count) VALUES (?, ?, ?, ?)",
                arguments: [id, position, item.name, item.count])
        }
        for (position, item) in record.programs.enumerated() {
            try db.execute(
                sql: "INSERT INTO program (articleID, position, name, count) VALUES (?, ?, ?, ?)",
                arguments: [id, position, item.name, item.count])
        }
        for (position, item) in record.quotes.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO quote (articleID, position, speaker, text, cue, startByte, endByte)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id, position, item.speaker, item.text, item.cue, item.start, item.end])
        }
        for (position, item) in record.figures.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO figure (articleID, position, text, value, unit, qualifier, subject)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id, position, item.text, item.value, item.unit, item.qualifier, item.of])
        }
        for (position, item) in record.dates.enumerated() {
            try db.execute(
                sql: "INSERT INTO dateMention (articleID, position, text, iso) VALUES (?, ?, ?, ?)",
                arguments: [id, position, item.text, item.iso])
        }
    }
}
