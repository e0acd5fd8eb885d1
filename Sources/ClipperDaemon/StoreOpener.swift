import ClipperStore
import Logging
import UnixSignals

/// Opens the store at start-up, waiting with backoff while it is unreachable (a database
/// server still booting, a network blip) instead of exiting into a restart loop.
/// SIGTERM or SIGINT while waiting ends the wait cleanly.
struct StoreOpener: Sendable {
    let location: StoreLocation
    let options: StoreOptions
    let environment: [String: String]
    let logger: Logger

    /// Runs `body` with the open store; returns `nil` when stopped before the store was reachable.
    func withStore<T: Sendable>(_ body: (any ArticleStore) async throws -> T) async throws -> T? {
        var delay = Duration.seconds(1)
        while true {
            var opened = false
            do {
                return try await withArticleStore(location, options: options, logger: logger) { store in
                    opened = true
                    return try await body(store)
                }
            } catch StoreError.unavailable(let why) where !opened {
                logger.warning("cannot open the store \(location.redacted): \(why); retrying in \(delay)")
                SystemdNotification.send("STATUS=waiting for the store: \(why)", environment: environment)
                guard await waitUnlessStopped(delay) else {
                    logger.notice("stopped while waiting for the store")
                    return nil
                }
                delay = min(delay * 2, .seconds(30))
            }
        }
    }

    /// Waits `delay`; `false` when SIGTERM or SIGINT came first.
    private func waitUnlessStopped(_ delay: Duration) async -> Bool {
        let signals = await UnixSignalsSequence(trapping: .sigterm, .sigint)
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    try await Task.sleep(for: delay)
                    return true
                } catch {
                    return false
                }
            }
            group.addTask {
                for await _ in signals { return false }
                return false
            }
            let result = await group.next() ?? false
            group.cancelAll()
            return result
        }
    }
}
