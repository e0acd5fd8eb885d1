import Foundation
import Logging
import ServiceLifecycle

/// The last resort of a shutdown: ends the process when the drain and the cancellation after it
/// overrun the shutdown timeout by ``grace``.
///
/// The service group cancels the pipeline once `shutdown_timeout` has passed, but a call stuck in
/// a library that ignores cancellation (a query on a dead database connection) would keep the
/// process alive for ever. Exiting is safe: a file is archived only after its row is committed, and
/// whatever is still in `processing/` is requeued at the next start.
struct ShutdownDeadline: Service {
    let timeout: Duration
    let logger: Logger

    /// How long past `timeout` cancellation may take.
    static let grace = Duration.seconds(5)

    func run() async throws {
        try? await gracefulShutdown()
        let deadline = timeout + Self.grace
        let logger = logger
        // Detached: it must fire even when the cancelled service group's tasks never return.
        Task.detached {
            try? await Task.sleep(for: deadline)
            logger.critical(
                "shutdown did not finish within \(deadline.components.seconds) s; exiting now (files left in processing/ are requeued at the next start)"
            )
            exit(EXIT_FAILURE)
        }
    }
}
