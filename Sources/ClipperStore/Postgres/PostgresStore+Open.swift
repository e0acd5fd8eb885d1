import Logging
import PostgresNIO

extension PostgresStore {
    /// Connects once to check the server and migrate the schema, then runs the pool for the
    /// duration of `body`.
    static func withStore<T: Sendable>(
        at address: StoreLocation.PostgresAddress,
        options: StoreOptions,
        logger: Logger,
        _ body: (any ArticleStore) async throws -> T
    ) async throws -> T {
        let tls = options.tls ?? address.tls
        let allowedConnections = try await prepareDatabase(at: address, tls: tls, options: options, logger: logger)
        let poolSize = max(1, min(options.poolSize, allowedConnections))
        if poolSize < options.poolSize {
            logger.warning(
                "pool size lowered to what the server's max_connections allows",
                metadata: ["store.pool.requested": "\(options.poolSize)", "store.pool.size": "\(poolSize)"])
        }
        var configuration: PostgresClient.Configuration
        if let socketDirectory = address.socketDirectory {
            configuration = PostgresClient.Configuration(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(address.port)", username: address.user,
                password: options.password, database: address.database)
        } else {
            configuration = PostgresClient.Configuration(
                host: address.host ?? "localhost", port: address.port, username: address.user,
                password: options.password, database: address.database, tls: clientTLS(tls))
        }
        configuration.options.maximumConnections = poolSize
        configuration.options.connectTimeout = options.connectTimeout
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger.forConnectionPool)
        let store = PostgresStore(
            client: client, address: address, nodeName: options.nodeName, connectTimeout: options.connectTimeout,
            logger: logger)
        logger.debug(
            "opened the PostgreSQL store",
            metadata: ["store.url": "\(StoreLocation.postgres(address).redacted)", "store.pool.size": "\(poolSize)"])
        return try await withThrowingTaskGroup(of: Void.self, returning: T.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(store)
        }
    }

    /// Connects directly (failing fast and clearly when the server cannot be reached), migrates the
    /// schema, and returns how many connections this node may open.
    private static func prepareDatabase(
        at address: StoreLocation.PostgresAddress, tls: StoreLocation.TLSMode, options: StoreOptions, logger: Logger
    ) async throws -> Int {
        do {
            var configuration: PostgresConnection.Configuration
            if let socketDirectory = address.socketDirectory {
                configuration = PostgresConnection.Configuration(
                    unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(address.port)", username: address.user,
                    password: options.password, database: address.database)
            } else {
                configuration = PostgresConnection.Configuration(
                    host: address.host ?? "localhost", port: address.port, username: address.user,
                    password: options.password, database: address.database, tls: try connectionTLS(tls))
            }
            configuration.options.connectTimeout = .nanoseconds(Int64(options.connectTimeout.inSeconds * 1e9))
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            do {
                try await migrate(connection, logger: logger)
                let allowed = try await allowedConnections(connection, logger: logger)
                try await connection.close()
                return allowed
            } catch {
                try? await connection.close()
                throw error
            }
        } catch {
            throw storeError(for: error, address: address)
        }
    }

    /// What the server lets ordinary users open: `max_connections` less the superuser reserve.
    private static func allowedConnections(_ connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query(
            """
            SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int
            """, logger: logger)
        for try await allowed in rows.decode(Int.self) { return max(1, allowed) }
        return 1
    }

    private static func clientTLS(_ mode: StoreLocation.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
    }

    private static func connectionTLS(_ mode: StoreLocation.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }
}
