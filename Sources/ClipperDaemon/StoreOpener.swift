import ClipperStore
import Logging

/// Opens the store at start-up, waiting with backoff while it is unreachable (a database
/// server still booting, a network blip) instead of exiting into a restart loop.
/// SIGTERM or SIGINT while waiting ends the wait cleanly; once the store is open, the daemon
/// decides what they do (``StopRequest``).
struct StoreOpener: Sendable {
    let location: StoreLocation
    let options: StoreOptions
    let environment: [String: String]
    let logger: Logger

    /// Runs `body` with the open store and the stop request that has trapped SIGTERM and SIGINT
    /// since the start; returns `nil` when stopped before the store was reachable.
    func withStore<T: Sendable>(_ body: (any ArticleStore, StopRequest) async throws -> T) async throws -> T? {
        try await StopRequest.trappingSignals { stop in
            var delay = Duration.seconds(1)
            while true {
                var opened = false
                do {
                    return try await withArticleStore(location, options: options, logger: logger) { store in
                        opened = true
                        return try await body(store, stop)
                    }
                } catch StoreError.unavailable(let why) where !opened {
                    logger.warning("cannot open the store \(location.redacted): \(why); retrying in \(delay)")
                    SystemdNotification.send(Self.waitingMessage(why, retryIn: delay), environment: environment)
                    guard await stop.wait(delay) else {
                        logger.notice("stopped while waiting for the store")
                        return nil
                    }
                    delay = min(delay * 2, .seconds(30))
                }
            }
        }
    }

    /// While waiting for the store before `READY=1`: the reason, and more start-up time than the
    /// next retry needs, so `TimeoutStartSec=` does not kill a daemon that is only waiting.
    static func waitingMessage(_ why: String, retryIn delay: Duration) -> String {
        let extend = (delay + .seconds(30)).components.seconds * 1_000_000
        return "STATUS=waiting for the store: \(why)\nEXTEND_TIMEOUT_USEC=\(extend)\nWATCHDOG=1"
    }
}
