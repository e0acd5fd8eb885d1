import AsyncAlgorithms
import ClipperPipeline
import ServiceLifecycle

/// Keeps systemd informed: `STATUS=` with the counts, `WATCHDOG=1` while the
/// pipeline is healthy (when `WatchdogSec=` is set), `STOPPING=1` at shutdown.
///
/// The ping proves the pipeline loop is alive, not that files complete. It stops only when a
/// file has been in flight longer than the watchdog interval while intake is *not* paused: a
/// wedged worker or writer, which systemd then restarts (files in `processing/` are requeued at
/// the next start). A daemon paused because the store is down is healthy: its writer is in its
/// retry loop, and restarting it would not bring the store back.
struct SystemdNotifier: Service {
    let monitor: PipelineMonitor
    let environment: [String: String]

    func run() async throws {
        let watchdog = SystemdNotification.watchdogInterval(environment: environment)
        let interval = min(watchdog.map { $0 / 2 } ?? .seconds(5), .seconds(5))
        await withGracefulShutdownHandler {
            for await _ in AsyncTimerSequence(interval: interval, clock: .continuous).cancelOnGracefulShutdown() {
                let counters = monitor.counters()
                var message = "STATUS=" + Self.statusLine(counters)
                if let watchdog, Self.isAlive(counters, watchdog: watchdog) {
                    message += "\nWATCHDOG=1"
                }
                SystemdNotification.send(message, environment: environment)
            }
        } onGracefulShutdown: {
            SystemdNotification.send("STOPPING=1\nSTATUS=finishing the files in flight", environment: environment)
        }
    }

    /// Whether to ping the watchdog: nothing stuck in flight, or paused (waiting on the store).
    static func isAlive(_ counters: PipelineCounters, watchdog: Duration) -> Bool {
        counters.pauseReason != nil || (counters.oldestInFlight ?? .zero) < watchdog
    }

    /// The one-line status `systemctl status clipperd` shows.
    static func statusLine(_ counters: PipelineCounters) -> String {
        var line = "\(counters.processed) indexed, \(counters.duplicates) duplicates, \(counters.failed) failed"
        line += ", \(counters.queued) queued, \(counters.inFlight) in flight"
        if let reason = counters.pauseReason { line += "; paused: \(reason)" }
        return line
    }
}
