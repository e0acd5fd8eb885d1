/// One `clipperd` node writing to a store, as it last reported itself.
public struct NodeStatus: Sendable, Hashable, Codable {
    /// The node's name (the host name unless configured).
    public var name: String
    public var version: String
    /// When the node started, as seconds since 1970.
    public var startedAt: Double
    /// When the node last reported, as seconds since 1970.
    public var heartbeatAt: Double
    public var processed: Int
    public var failed: Int
    public var duplicates: Int
    /// Articles per second over the last minute.
    public var rate: Double

    public init(
        name: String, version: String, startedAt: Double, heartbeatAt: Double,
        processed: Int, failed: Int, duplicates: Int, rate: Double
    ) {
        self.name = name
        self.version = version
        self.startedAt = startedAt
        self.heartbeatAt = heartbeatAt
        self.processed = processed
        self.failed = failed
        self.duplicates = duplicates
        self.rate = rate
    }

    enum CodingKeys: String, CodingKey {
        case name, version, processed, failed, duplicates, rate
        case startedAt = "started_at"
        case heartbeatAt = "heartbeat_at"
    }
}
