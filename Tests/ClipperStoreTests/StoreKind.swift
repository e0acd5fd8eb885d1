import ClipperStore
import Foundation
import Logging
import Testing

/// The stores the conformance suite runs against.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// Whether this store can be tested here: PostgreSQL needs `CLIPPER_TEST_POSTGRES_URL`
    /// (`eval "$(scripts/postgres-test-server.sh start)"`; `make test` sets it).
    var isAvailable: Bool {
        switch self {
        case .sqlite: true
        case .postgres: TestPostgres.adminURL != nil
        }
    }
}

/// A quiet logger for tests.
let testLogger = Logger(label: "clipper.store.tests") { _ in SwiftLogNoOpLogHandler() }

/// Runs `body` with a fresh, empty store of `kind`: a new SQLite file in a temporary directory,
/// or a new PostgreSQL database; both are deleted afterwards.
func withFreshStore<T: Sendable>(
    _ kind: StoreKind,
    nodeName: String = "test-node",
    _ body: (any ArticleStore) async throws -> T
) async throws -> T {
    switch kind {
    case .sqlite:
        return try await withTemporaryDirectory { directory in
            try await withArticleStore(
                .sqlite(path: directory + "/clipper.sqlite"), options: StoreOptions(nodeName: nodeName),
                logger: testLogger, body)
        }
    case .postgres:
        return try await TestPostgres.withFreshDatabase { location in
            try await withArticleStore(
                location, options: StoreOptions(poolSize: 4, nodeName: nodeName), logger: testLogger, body)
        }
    }
}

/// Runs `body` with a new empty directory, removed afterwards.
func withTemporaryDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("clipper-store-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    return try await body(directory)
}
