import ArgumentParser
import ClipperConfig
import ClipperControlAPI
import ClipperControlClient
import ClipperModel
import ClipperStore
import Foundation

/// `clipperctl status [--watch] [--cluster]`: whether clipperd runs, and what it is doing.
///
/// Exits 3 when the daemon is not running (as `systemctl status` does), after printing
/// what the store holds if the store can be opened.
struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show whether clipperd is running: uptime, queue, counts, rate and store size.",
        discussion: "Exits 3 when clipperd is not running."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(
        name: .shortAndLong,
        help: "Refresh every second (Ctrl-C ends it), with progress and ETA while a backlog drains.")
    var watch = false

    @Flag(help: "List every node writing to the store, with counts, rate and last heartbeat.")
    var cluster = false

    func run() async throws {
        let configuration = try global.configuration()
        var backlog = BacklogProgress()
        while true {
            let snapshot = try await Self.snapshot(configuration, cluster: cluster)
            if case .running(let report) = snapshot { backlog.observe(report) }
            if global.json {
                try snapshot.writeJSON()
            } else {
                let now = Date().timeIntervalSince1970
                let text = snapshot.render(now: now, backlog: watch ? backlog : nil, width: Terminal.outputWidth)
                if watch, Terminal.standardOutputIsTerminal {
                    StandardStreams.write("\u{1B}[H\u{1B}[2J" + text)
                } else {
                    StandardStreams.write(watch ? text + "\n" : text)
                }
            }
            guard watch else {
                if case .stopped = snapshot, !cluster {
                    throw ExitCode(CommandError.daemonNotRunningExitCode)
                }
                return
            }
            try await Task.sleep(for: .seconds(1))
        }
    }

    /// What `status` shows at one moment.
    enum Snapshot {
        /// The daemon's own report.
        case running(StatusReport)
        /// The daemon is not running; what the store holds, or why it could not be read.
        case stopped(StoppedStatus)
        /// Every node of the store (`--cluster`), with the heartbeat interval that judges them.
        case cluster([NodeStatus], staleAfter: Double)
    }

    /// Asks the daemon, or the store when the daemon is not running.
    static func snapshot(_ configuration: Configuration, cluster: Bool) async throws -> Snapshot {
        let client = ControlClient(socketPath: configuration.socket)
        if cluster {
            let staleAfter = 3 * Double(configuration.heartbeatInterval.components.seconds)
            do {
                return .cluster(try await client.nodes(), staleAfter: staleAfter)
            } catch ControlClientError.daemonNotRunning {
                return .cluster(try await configuration.withStore { try await $0.nodes() }, staleAfter: staleAfter)
            }
        }
        do {
            return .running(try await client.status())
        } catch let error as ControlClientError {
            guard case .daemonNotRunning = error else { throw error }
            let store = (try? StoreLocation(parsing: configuration.store).redacted) ?? configuration.store
            var stopped = StoppedStatus(message: error.description, socket: configuration.socket, store: store)
            do {
                stopped.storeStatistics = try await configuration.withStore { try await $0.statistics() }
            } catch {
                stopped.storeError = ClipperCtl.failure(for: error).0
            }
            return .stopped(stopped)
        }
    }
}

/// What `status --json` prints when the daemon is not running.
struct StoppedStatus: Codable, Sendable {
    var running = false
    /// `clipperd is not running (no socket at …)`.
    var message: String
    var socket: String
    var store: String
    /// What the store holds, when it could be opened.
    var storeStatistics: StoreStatistics?
    /// Why the store could not be opened.
    var storeError: String?

    enum CodingKeys: String, CodingKey {
        case running, message, socket, store
        case storeStatistics = "store_statistics"
        case storeError = "store_error"
    }
}
