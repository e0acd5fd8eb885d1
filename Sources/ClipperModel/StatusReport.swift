/// What a running `clipperd` says about itself: the answer to `GET /status`.
public struct StatusReport: Sendable, Hashable, Codable {
    /// Whether the daemon is taking new files.
    public enum State: String, Sendable, Hashable, Codable {
        /// Taking and processing files.
        case running
        /// Not taking new files; `pauseReason` says why (a user's `pause`, or a store fault being retried).
        case paused
        /// Shutting down: finishing the files in flight, taking no new ones.
        case draining
    }

    public var node: String
    public var version: String
    public var pid: Int32
    /// When the daemon started, as seconds since 1970.
    public var startedAt: Double
    /// When this report was made, as seconds since 1970.
    public var now: Double
    public var state: State
    public var pauseReason: String?
    public var inbox: String
    public var stateDir: String
    /// The store's URL, without any password.
    public var store: String
    public var workers: Int
    /// Files seen in the inbox and not yet claimed.
    public var queued: Int
    /// Files claimed and not yet finished.
    public var inFlight: Int
    /// Files indexed since the daemon started.
    public var processed: Int
    /// Files quarantined since the daemon started.
    public var failed: Int
    /// Files that repeated an indexed article since the daemon started.
    public var duplicates: Int
    /// Files finished per second over the last minute.
    public var rate: Double
    /// Input bytes finished per second over the last minute.
    public var bytesRate: Double
    /// The latest quarantined files, newest first (at most 5).
    public var recentFailures: [FailureReport]
    /// What the store holds in all.
    public var storeStatistics: StoreStatistics?

    public init(
        node: String, version: String, pid: Int32, startedAt: Double, now: Double,
        state: State, pauseReason: String?, inbox: String, stateDir: String, store: String,
        workers: Int, queued: Int, inFlight: Int, processed: Int, failed: Int, duplicates: Int,
        rate: Double, bytesRate: Double, recentFailures: [FailureReport], storeStatistics: StoreStatistics?
    ) {
        self.node = node
        self.version = version
        self.pid = pid
        self.startedAt = startedAt
        self.now = now
        self.state = state
        self.pauseReason = pauseReason
        self.inbox = inbox
        self.stateDir = stateDir
        self.store = store
        self.workers = workers
        self.queued = queued
        self.inFlight = inFlight
        self.processed = processed
        self.failed = failed
        self.duplicates = duplicates
        self.rate = rate
        self.bytesRate = bytesRate
        self.recentFailures = recentFailures
        self.storeStatistics = storeStatistics
    }

    enum CodingKeys: String, CodingKey {
        case node, version, pid, now, state, inbox, store, workers, queued, processed, failed, duplicates, rate
        case startedAt = "started_at"
        case pauseReason = "pause_reason"
        case stateDir = "state_dir"
        case inFlight = "in_flight"
        case bytesRate = "bytes_rate"
        case recentFailures = "recent_failures"
        case storeStatistics = "store_statistics"
    }
}
