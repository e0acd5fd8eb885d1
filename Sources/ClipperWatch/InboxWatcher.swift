public import Logging

/// Watches the inbox with inotify (through libinotifytools) and hands the events to Swift
/// concurrency as an `AsyncStream`.
///
/// ```swift
/// try await InboxWatcher.withEvents(directory: "var/inbox", rescanInterval: .seconds(300), logger: logger) { events in
///     for await event in events {
///         switch event {
///         case .file(let name): enqueue(name)
///         case .rescan:
///             for name in try InboxScan.names(in: "var/inbox", unchangedFor: InboxScan.settleTime) { enqueue(name) }
///         }
///     }
/// }
/// ```
///
/// - Important: libinotifytools keeps one global instance per process, so one watcher runs at a
///   time: a second `withEvents` in the same process waits until the first has returned.
public enum InboxWatcher {
    /// How many events the stream buffers for a consumer that is busy; beyond this, events are
    /// dropped and replaced by one `.rescan(.overflow)`. Names only: about 100 bytes each.
    public static let defaultBufferSize = 4096

    /// Adds the watch on `directory` (it is up when `body` starts), then hands `body` the events:
    /// first `.rescan(.startup)`, then `.file` for each ready name, `.rescan(.overflow)` when events
    /// were lost, `.rescan(.settle)` ``InboxScan/settleTime`` after each start-up or overflow rescan,
    /// and `.rescan(.periodic)` every `rescanInterval` (zero or less: never). List the inbox with
    /// `InboxScan.names(in:unchangedFor: InboxScan.settleTime)` on every rescan, so a file still
    /// being written in place is not taken before its `IN_CLOSE_WRITE`.
    /// Stops and joins the watcher thread when `body` returns or throws (within about a second).
    ///
    /// Sub-directories of the inbox are ignored: they are not watched, and their events are dropped.
    ///
    /// If the stream ends before `body` stopped reading, the watch died (the inbox was deleted or
    /// moved, or inotify failed): `withEvents` throws that ``WatchError`` once `body` has returned.
    /// - Throws: ``WatchError`` when the watch cannot be added (`cannot watch /x/inbox: no such
    ///   directory`) or died; otherwise what `body` throws.
    public static func withEvents<T: Sendable>(
        directory: String,
        rescanInterval: Duration,
        bufferSize: Int = defaultBufferSize,
        logger: Logger,
        _ body: (AsyncStream<InboxEvent>) async throws -> T
    ) async throws -> T {
        try await InotifyLease.shared.acquire()
        defer { InotifyLease.shared.release() }

        let (events, continuation) = AsyncStream.makeStream(
            of: InboxEvent.self, bufferingPolicy: .bufferingOldest(max(1, bufferSize)))
        let stop = StopFlag()
        continuation.onTermination = { _ in stop.set() }
        let session = InotifySession(
            directory: directory, rescanInterval: rescanInterval, logger: logger, stop: stop,
            continuation: continuation, ready: ThreadSignal(), ended: ThreadSignal())
        let thread = try WatcherThread.start { session.run() }

        if let failure = await session.ready.value() {
            _ = await session.ended.value()
            thread.join()
            throw failure
        }
        let result: Result<T, any Error>
        do {
            result = .success(try await body(events))
        } catch {
            result = .failure(error)
        }
        stop.set()
        let failure = await session.ended.value()
        thread.join()
        logger.debug("stopped watching the inbox", metadata: ["inbox.path": "\(directory)"])
        if case .success = result, let failure {
            throw failure
        }
        return try result.get()
    }
}
