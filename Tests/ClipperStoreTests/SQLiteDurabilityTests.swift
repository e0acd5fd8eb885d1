import ClipperTestSupport
import GRDB
import Testing

@testable import ClipperStore

/// The SQLite store's promise behind "archived means indexed": a commit that returned is on disk.
@Suite(.timeLimit(.minutes(1)))
struct SQLiteDurabilityTests {
    @Test func theWriterConnectionCommitsWithSynchronousFull() async throws {
        try await withTemporaryDirectory { directory in
            let store = try SQLiteStore(
                path: directory + "/clipper.sqlite", options: StoreOptions(nodeName: "test"), logger: testLogger)
            // GRDB sets NORMAL when it turns on WAL; the store must have raised it to FULL (2) after that.
            #expect(try await store.writerSynchronousLevel() == 2)
            _ = try await store.index([Fixture.plain(1)])
            // Still FULL after a write transaction (the writer connection is never replaced).
            #expect(try await store.writerSynchronousLevel() == 2)
            try await store.close()
        }
    }

    @Test func reopeningAStoreKeepsSynchronousFull() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/clipper.sqlite"
            let options = StoreOptions(nodeName: "test")
            let first = try SQLiteStore(path: path, options: options, logger: testLogger)
            _ = try await first.index([Fixture.plain(1)])
            try await first.close()
            let second = try SQLiteStore(path: path, options: options, logger: testLogger)
            #expect(try await second.writerSynchronousLevel() == 2)
            try await second.close()
        }
    }
}
