public import Logging

/// Opens the store at `location`, migrates its schema, hands it to `body`, and closes it when
/// `body` returns or throws.
///
/// For PostgreSQL the connection pool runs in a child task for as long as `body` does, so the
/// store must not escape `body`. Opening fails with ``StoreError/unavailable(_:)`` when the
/// database cannot be reached or written now (worth retrying) and ``StoreError/misconfigured(_:)``
/// when the settings are wrong.
///
/// ```swift
/// let location = try StoreLocation(parsing: "sqlite:///var/lib/clipper/clipper.sqlite")
/// let hits = try await withArticleStore(location, options: StoreOptions(nodeName: "news1"), logger: logger) {
///     try await $0.search("sanctuary policy", limit: 10)
/// }
/// ```
public func withArticleStore<T: Sendable>(
    _ location: StoreLocation,
    options: StoreOptions,
    logger: Logger,
    _ body: (any ArticleStore) async throws -> T
) async throws -> T {
    switch location {
    case .sqlite(let path):
        let store = try SQLiteStore(path: path, options: options, logger: logger)
        let result: T
        do {
            result = try await body(store)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
        return result
    case .postgres(let address):
        return try await PostgresStore.withStore(at: address, options: options, logger: logger, body)
    }
}
