import ClipperModel
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// The store for many nodes: one PostgreSQL database shared by every `clipperd`, reached through a
/// postgres-nio `PostgresClient` pool.
///
/// Search runs on PostgreSQL's own full-text engine (a generated, GIN-indexed `tsvector`,
/// `websearch_to_tsquery`, `ts_rank_cd`, `ts_headline`). Writes are idempotent on the article id
/// (`ON CONFLICT`), so nodes racing on the same article index it once.
/// Open it with ``withArticleStore(_:options:logger:_:)``.
struct PostgresStore: ArticleStore {
    let client: PostgresClient
    let address: StoreLocation.PostgresAddress
    let nodeName: String
    let connectTimeout: Duration
    let logger: Logger

    func close() async throws {
        // The pool belongs to the scope that opened the store: it stops when `withArticleStore` returns.
    }

    /// Runs `work` on a pooled connection.
    ///
    /// The pool itself waits up to a minute for a server that went away; this gives up after
    /// ``connectTimeout`` when no connection could be leased, and turns engine errors into ``StoreError``s.
    func withConnection<T: Sendable>(_ work: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let leased = LeaseFlag()
        let client = client
        let timeout = connectTimeout
        do {
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask {
                    try await client.withConnection { connection in
                        leased.set()
                        return try await work(connection)
                    }
                }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    if leased.isSet { return nil }
                    throw PostgresLeaseTimeout()
                }
                defer { group.cancelAll() }
                while let result = try await group.next() {
                    if let value = result { return value }
                }
                throw CancellationError()
            }
        } catch is PostgresLeaseTimeout {
            throw StoreError.unavailable(
                "cannot reach PostgreSQL at \(address.endpoint): no connection within \(timeout.formattedSeconds)")
        } catch {
            throw Self.storeError(for: error, address: address)
        }
    }

    /// Runs `work` in a transaction on one pooled connection, retrying twice when PostgreSQL
    /// picked it as a deadlock or serialization victim.
    func inTransaction<T: Sendable>(_ work: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let logger = logger
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await withConnection { connection in
                    try await connection.query("BEGIN", logger: logger)
                    do {
                        let value = try await work(connection)
                        try await connection.query("COMMIT", logger: logger)
                        return value
                    } catch {
                        // A query on a closed connection never returns (postgres-nio#501 reverted
                        // the fix), and a dropped connection's transaction is rolled back by the server.
                        if !connection.isClosed, !Self.closesTheConnection(error) {
                            _ = try? await connection.query("ROLLBACK", logger: logger)
                        }
                        throw error
                    }
                }
            } catch let error as PostgresRetryableError {
                guard attempt < 3 else {
                    throw StoreError.unavailable("PostgreSQL aborted the transaction \(attempt) times: \(error.reason)")
                }
                logger.debug("retrying a transaction", metadata: ["reason": "\(error.reason)"])
            }
        }
    }
}

extension PostgresStore {
    /// Whether `error` ended the connection it came from, so nothing more can be sent on it.
    static func closesTheConnection(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
            return true
        default:
            return false
        }
    }
}

/// Set once a pooled connection was leased, so the lease timeout stands down.
final class LeaseFlag: Sendable {
    private let value = Atomic<Bool>(false)

    func set() { value.store(true, ordering: .releasing) }

    var isSet: Bool { value.load(ordering: .acquiring) }
}

/// No pooled connection within the connect timeout.
struct PostgresLeaseTimeout: Error {}

/// A transaction PostgreSQL aborted to break a deadlock or a serialization conflict; running it again succeeds.
struct PostgresRetryableError: Error {
    let reason: String
}
