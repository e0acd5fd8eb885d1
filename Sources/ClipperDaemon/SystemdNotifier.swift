import AsyncAlgorithms
import ClipperPipeline
import ServiceLifecycle

/// Keeps systemd informed: `STATUS=` with the counts, `WATCHDOG=1` while the
/// pipeline is healthy (when `WatchdogSec=` is set), `STOPPING=1` at shutdown.
///
/// The pipeline is healthy unless a file has been in flight longer than the watchdog
/// interval: a wedged worker or writer then stops the pings, and systemd restarts
/// the daemon (files in `processing/` are requeued at the next start).
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
                if let watchdog, (counters.oldestInFlight ?? .zero) < watchdog {
                    message += "\nWATCHDOG=1"
                }
                SystemdNotification.send(message, environment: environment)
            }
        } onGracefulShutdown: {
            SystemdNotification.send("STOPPING=1\nSTATUS=finishing the files in flight", environment: environment)
        }
    }

    /// The one-line status `systemctl status clipperd` shows.
    static func statusLine(_ counters: PipelineCounters) -> String {
        var line = "\(counters.processed) indexed, \(counters.duplicates) duplicates, \(counters.failed) failed"
        line += ", \(counters.queued) queued, \(counters.inFlight) in flight"
        if let reason = counters.pauseReason { line += "; paused: \(reason)" }
        return line
    }
}
