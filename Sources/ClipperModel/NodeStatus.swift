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
    /// When the node stopped cleanly (its last report), as seconds since 1970; `nil` while it
    /// runs, or when it ended without saying so (a crash, a lost host).
    public var stoppedAt: Double?

    public init(
        name: String, version: String, startedAt: Double, heartbeatAt: Double,
        processed: Int, failed: Int, duplicates: Int, rate: Double, stoppedAt: Double? = nil
    ) {
        self.name = name
        self.version = version
        self.startedAt = startedAt
        self.heartbeatAt = heartbeatAt
        self.processed = processed
        self.failed = failed
        self.duplicates = duplicates
        self.rate = rate
        self.stoppedAt = stoppedAt
    }

    enum CodingKeys: String, CodingKey {
        case name, version, processed, failed, duplicates, rate
        case startedAt = "started_at"
        case heartbeatAt = "heartbeat_at"
        case stoppedAt = "stopped_at"
    }

    /// Encodes every key, `stopped_at` as `null` while the node runs.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(version, forKey: .version)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encode(heartbeatAt, forKey: .heartbeatAt)
        try container.encode(processed, forKey: .processed)
        try container.encode(failed, forKey: .failed)
        try container.encode(duplicates, forKey: .duplicates)
        try container.encode(rate, forKey: .rate)
        try container.encode(stoppedAt, forKey: .stoppedAt)
    }
}
