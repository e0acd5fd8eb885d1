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
                    SystemdNotification.send("STATUS=waiting for the store: \(why)", environment: environment)
                    guard await stop.wait(delay) else {
                        logger.notice("stopped while waiting for the store")
                        return nil
                    }
                    delay = min(delay * 2, .seconds(30))
                }
            }
        }
    }
}
