public import ClipperModel

/// The pipeline's counters at one moment.
public struct PipelineCounters: Sendable, Hashable {
    public var queued: Int
    public var inFlight: Int
    public var processed: Int
    public var failed: Int
    public var duplicates: Int
    /// Files finished per second over the last minute.
    public var rate: Double
    /// Input bytes finished per second over the last minute.
    public var bytesRate: Double
    /// Why intake is paused, or `nil` when it is running.
    public var pauseReason: String?
    /// Whether a user paused intake (`clipperctl pause`).
    public var pausedByUser: Bool
    /// Whether intake is paused because the store is unavailable.
    public var storeUnavailable: Bool
    /// The latest quarantined files, newest first.
    public var recentFailures: [FailureReport]
    /// How long the oldest file in flight has been in flight.
    public var oldestInFlight: Duration?
}
