import ClipperConfig
import ClipperPipeline
import Logging
import ServiceLifecycle
import UnixSignals

/// Rereads the configuration on SIGHUP: applies what can change while running
/// (log level, `keep_originals`, `max_file_size`) and says in the log which changed
/// settings need a restart.
struct ConfigReloader: Service {
    let running: Configuration
    let reread: @Sendable () throws -> Configuration
    let settings: LiveSettings
    let levelSwitch: LogLevelSwitch
    let environment: [String: String]
    let logger: Logger

    func run() async throws {
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        for await _ in hangups.cancelOnGracefulShutdown() {
            SystemdNotification.send(
                "RELOADING=1\nMONOTONIC_USEC=\(SystemdNotification.monotonicMicroseconds())", environment: environment
            )
            reload()
            SystemdNotification.send("READY=1", environment: environment)
        }
    }

    private func reload() {
        let new: Configuration
        do {
            new = try reread()
        } catch {
            logger.error("cannot reload the configuration, keeping the running one: \(error)")
            return
        }
        levelSwitch.level = new.loggerLevel
        var needRestart = settings.reload(new.pipelineSettings)
        let fixed: [(String, Bool)] = [
            ("state_dir", new.stateDir != running.stateDir), ("inbox", new.inbox != running.inbox),
            ("store", new.store != running.store), ("socket", new.socket != running.socket),
            ("store_pool_size", new.storePoolSize != running.storePoolSize),
            ("node_name", new.nodeName != running.nodeName),
            ("metrics_listen", new.metricsListen != running.metricsListen),
            ("web_listen", new.webListen != running.webListen),
            ("web_password_file", new.webPasswordFile != running.webPasswordFile),
        ]
        needRestart += fixed.filter(\.1).map(\.0)
        if needRestart.isEmpty {
            logger.notice("reloaded the configuration")
        } else {
            logger.warning(
                "reloaded the configuration; these settings change only with a restart: \(needRestart.joined(separator: ", "))"
            )
        }
    }
}
