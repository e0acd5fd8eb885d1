import ClipperModel
import Foundation
import Logging
import PostgresNIO

/// The store for many nodes: one PostgreSQL database shared by every `clipperd`, reached through a
/// postgres-nio `PostgresClient` pool.
///
/// Search runs on PostgreSQL's own full-text engine (a generated, GIN-indexed `tsvector`,
/// `websearch_to_tsquery`, `ts_rank`, `ts_headline`). Writes are idempotent on the article id
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
    /// ``connectTimeout`` when no connection could be leased, and after ``operationTimeout`` more
    /// when the work does not finish (``PostgresOperation``), and turns engine errors into
    /// ``StoreError``s.
    func withConnection<T: Sendable>(_ work: @escaping @Sendable (PostgresConnection) async throws -> T) async throws
        -> T
    {
        let client = client
        do {
            return try await PostgresOperation.run(leaseTimeout: connectTimeout, workTimeout: Self.operationTimeout) {
                leased in
                try await client.withConnection { connection in
                    leased()
                    return try await work(connection)
                }
            }
        } catch is PostgresLeaseTimeout {
            throw StoreError.unavailable(
                "cannot reach PostgreSQL at \(address.endpoint): no connection within \(connectTimeout.formattedSeconds)"
            )
        } catch let timeout as PostgresWorkTimeout {
            throw StoreError.unavailable(
                "PostgreSQL at \(address.endpoint) did not answer within \(timeout.limit.formattedSeconds)")
        } catch {
            throw Self.storeError(for: error, address: address)
        }
    }

    /// How long a store operation may take once it has a connection: far longer than any
    /// search or batch write takes, short enough that a query lost with its connection frees
    /// the writer to pause intake.
    static let operationTimeout = Duration.seconds(30)

    /// Runs `work` in a transaction on one pooled connection, retrying twice when PostgreSQL
    /// picked it as a deadlock or serialization victim.
    func inTransaction<T: Sendable>(_ work: @escaping @Sendable (PostgresConnection) async throws -> T) async throws
        -> T
    {
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
                        // A dropped connection's transaction is rolled back by the server.
                        if !connection.isClosed, !Self.closesTheConnection(error) {
                            await Self.rollBack(connection, within: .seconds(5), logger: logger)
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
    /// Whether `error` ended the connection it came from, so nothing more can be sent on it:
    /// a connection error, or a server error of severity `FATAL` (the server closes the session).
    static func closesTheConnection(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
            return true
        case .server:
            let severity = error.serverInfo?[.severity] ?? error.serverInfo?[.localizedSeverity]
            return severity == "FATAL" || severity == "PANIC"
        default:
            return false
        }
    }

    /// Rolls back the failed transaction on `connection`, waiting at most `timeout`
    /// (``PostgresOperation``: a ROLLBACK can be lost with a closing connection like any query);
    /// a connection that fails or does not answer is closed, so the pool replaces it.
    static func rollBack(_ connection: PostgresConnection, within timeout: Duration, logger: Logger) async {
        do {
            try await PostgresOperation<Void>.run(within: timeout) {
                _ = try await connection.query("ROLLBACK", logger: logger)
            }
        } catch {
            logger.debug("ROLLBACK did not succeed (\(error)); closing the connection")
            // Unstructured: closing a connection the server is dropping can hang; nobody waits for it.
            Task { try? await connection.close() }
        }
    }
}

/// A transaction PostgreSQL aborted to break a deadlock or a serialization conflict; running it again succeeds.
struct PostgresRetryableError: Error {
    let reason: String
}
