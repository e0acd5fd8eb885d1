public import ClipperModel

/// What the control server asks of the daemon, as closures the daemon provides.
///
/// Control does not depend on the pipeline: `clipperd` wires these to its
/// pipeline and spool. A closure may throw a ``ControlRequestError`` to choose
/// the answer's status (a `retry` of a name that is not in `failed/` is
/// `.notFound`); any other error is answered with 500 and logged.
public struct ControlHandlers: Sendable {
    /// The daemon's current status.
    public var status: @Sendable () async -> StatusReport
    /// Stops taking new files; the string says why (shown in `status`).
    public var pause: @Sendable (_ reason: String) async -> Void
    /// Takes new files again.
    public var resume: @Sendable () async -> Void
    /// Moves one quarantined file, by its name in `failed/`, back into the inbox.
    public var retry: @Sendable (_ name: String) async throws -> Void
    /// Moves every quarantined file back into the inbox; returns how many moved.
    public var retryAll: @Sendable () async throws -> Int
    /// The quarantined files with their reasons.
    public var failures: @Sendable () async throws -> [FailureReport]
    /// The metrics in the Prometheus text exposition format, read at the moment of the request.
    public var metrics: @Sendable () -> [UInt8]

    public init(
        status: @escaping @Sendable () async -> StatusReport,
        pause: @escaping @Sendable (_ reason: String) async -> Void,
        resume: @escaping @Sendable () async -> Void,
        retry: @escaping @Sendable (_ name: String) async throws -> Void,
        retryAll: @escaping @Sendable () async throws -> Int,
        failures: @escaping @Sendable () async throws -> [FailureReport],
        metrics: @escaping @Sendable () -> [UInt8] = { [] }
    ) {
        self.status = status
        self.pause = pause
        self.resume = resume
        self.retry = retry
        self.retryAll = retryAll
        self.failures = failures
        self.metrics = metrics
    }
}
