/// Settings for opening a store that are not part of its location.
public struct StoreOptions: Sendable, Hashable {
    /// The PostgreSQL password (from `CLIPPER_STORE_PASSWORD` or `password_file`), or `nil` for trust/peer auth.
    public var password: String?
    /// Overrides the URL's `sslmode` when set.
    public var tls: StoreLocation.TLSMode?
    /// The most connections the PostgreSQL pool opens; clamped to what the server's `max_connections` allows.
    public var poolSize: Int
    /// This node's name: the row ``ArticleStore/heartbeat(_:)`` writes, and whose files count as duplicates.
    public var nodeName: String
    /// How long a SQLite write waits for another writer's lock before ``StoreError/unavailable(_:)``.
    public var busyTimeout: Duration
    /// How long PostgreSQL gets to accept a connection (at open and on every pooled lease)
    /// before ``StoreError/unavailable(_:)``.
    public var connectTimeout: Duration

    public init(
        password: String? = nil,
        tls: StoreLocation.TLSMode? = nil,
        poolSize: Int = 8,
        nodeName: String,
        busyTimeout: Duration = .seconds(5),
        connectTimeout: Duration = .seconds(5)
    ) {
        self.password = password
        self.tls = tls
        self.poolSize = poolSize
        self.nodeName = nodeName
        self.busyTimeout = busyTimeout
        self.connectTimeout = connectTimeout
    }
}
