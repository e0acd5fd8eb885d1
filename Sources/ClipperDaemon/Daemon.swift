public import ClipperConfig
import ClipperControlAPI
import ClipperControlServer
import ClipperExtract
import ClipperModel
import ClipperPipeline
import ClipperSpool
import ClipperStore
import ClipperWeb
import Foundation
import Logging
import ServiceLifecycle

/// `clipperd` as a library: a resolved configuration in, a running service group out.
public struct Daemon: Sendable {
    let configuration: Configuration
    /// Rereads the configuration from the same sources (for SIGHUP).
    let reread: @Sendable () throws -> Configuration
    let environment: [String: String]
    /// The log level the process's log handler reads; a SIGHUP reload changes it.
    let levelSwitch: LogLevelSwitch

    /// - Parameters:
    ///   - levelSwitch: the switch the process's log handler was bootstrapped with (see
    ///     ``JournalLogHandler``); the entry point owns `LoggingSystem.bootstrap`, not the library.
    public init(
        configuration: Configuration, environment: [String: String], levelSwitch: LogLevelSwitch,
        reread: @escaping @Sendable () throws -> Configuration
    ) {
        self.configuration = configuration
        self.environment = environment
        self.levelSwitch = levelSwitch
        self.reread = reread
    }

    /// Runs until SIGTERM or SIGINT (then drains and returns), or, with `once`, until
    /// every file in the inbox now has been processed.
    ///
    /// - Throws: ``DaemonError`` (and store or spool errors) when it cannot start.
    public func run(once: Bool) async throws {
        let logger = Logger(label: "clipperd")

        try FileManager.default.createDirectory(atPath: configuration.stateDir, withIntermediateDirectories: true)
        let lock = try DaemonLock(path: configuration.lockFile)
        let spool = try Spool(root: configuration.stateDir, inbox: configuration.inbox)
        let location = try configuration.storeLocation()
        let webPassword = once ? nil : try configuration.webPassword()
        if !once {
            if let web = configuration.webListen { try ListenProbe.ensureFree(web, key: "web_listen") }
            if let metrics = configuration.metricsListen.flatMap(ListenAddress.init(parsing:)) {
                try ListenProbe.ensureFree(metrics, key: "metrics_listen")
            }
        }
        let settings = LiveSettings(configuration.pipelineSettings)
        let monitor = PipelineMonitor()
        let metrics = DaemonMetrics(monitor: monitor, inbox: configuration.inbox)
        let extractor = Extractor()

        let opener = StoreOpener(
            location: location, options: configuration.storeOptions, environment: environment, logger: logger)
        _ = try await opener.withStore { store, stop in
            if once {
                let progress = OnceProgress(monitor: monitor, inbox: configuration.inbox)
                let pipeline = Pipeline(
                    spool: spool, store: store, extractor: extractor, settings: settings, monitor: monitor,
                    logger: logger, metrics: metrics.pipeline
                )
                // Unstructured: it only flips the monitor to draining; cancelled when --once returns.
                let drainOnStop = Task {
                    await stop.stopped()
                    guard !Task.isCancelled else { return }
                    logger.notice("stopping: finishing the files in flight")
                    monitor.beginDraining()
                }
                defer { drainOnStop.cancel() }
                try await progress.whileRunning { try await pipeline.runOnce() }
                let counters = monitor.counters()
                let outcome =
                    "\(counters.processed) indexed, \(counters.duplicates) duplicates, \(counters.failed) failed"
                if monitor.isDraining {
                    logger.notice("stopped early: \(outcome); the files not started stay in the inbox")
                } else {
                    logger.notice("processed the inbox: \(outcome)")
                }
                return
            }
            try await runServices(
                store: store, spool: spool, settings: settings, monitor: monitor, metrics: metrics,
                extractor: extractor, levelSwitch: levelSwitch, webPassword: webPassword, stop: stop, logger: logger)
        }
        _ = consume lock
    }

    private func runServices(
        store: any ArticleStore, spool: Spool, settings: LiveSettings, monitor: PipelineMonitor,
        metrics: DaemonMetrics, extractor: Extractor, levelSwitch: LogLevelSwitch, webPassword: PasswordHash?,
        stop: StopRequest, logger: Logger
    ) async throws {
        let configuration = self.configuration
        let environment = self.environment
        let startedAt = Date().timeIntervalSince1970
        let location = try configuration.storeLocation()
        let handlers = ControlHandlers(
            status: {
                let counters = monitor.counters()
                let statistics = try? await store.statistics()
                return StatusReport(
                    node: configuration.nodeName, version: ClipperVersion.current, pid: getpid(),
                    startedAt: startedAt, now: Date().timeIntervalSince1970,
                    state: monitor.isDraining ? .draining : (counters.pauseReason == nil ? .running : .paused),
                    pauseReason: counters.pauseReason, inbox: configuration.inbox, stateDir: configuration.stateDir,
                    store: location.redacted, workers: settings.current.workers,
                    queued: max(counters.queued, InboxBacklog.count(in: configuration.inbox)),
                    inFlight: counters.inFlight, processed: counters.processed, failed: counters.failed,
                    duplicates: counters.duplicates, rate: counters.rate, bytesRate: counters.bytesRate,
                    recentFailures: counters.recentFailures, storeStatistics: statistics
                )
            },
            pause: { reason in monitor.pause(reason: reason) },
            resume: { monitor.resume() },
            retry: { name in
                do throws(SpoolError) {
                    try spool.retry(name)
                } catch {
                    switch error.code {
                    case .notFound: throw ControlRequestError.notFound(error.message)
                    case .invalidName: throw ControlRequestError.badRequest(error.message)
                    default: throw error
                    }
                }
            },
            retryAll: { try spool.retryAll() },
            failures: { try spool.failures() },
            metrics: { metrics.exposition() }
        )
        let pipeline = Pipeline(
            spool: spool, store: store, extractor: extractor, settings: settings, monitor: monitor, logger: logger,
            metrics: metrics.pipeline,
            onWatching: {
                SystemdNotification.send("READY=1\nSTATUS=watching \(configuration.inbox)", environment: environment)
            }
        )
        var services: [any Service] = [
            ControlServer(socketPath: configuration.socket, store: store, handlers: handlers, logger: logger)
        ]
        if let web = configuration.webListen {
            services.append(
                ListeningService(
                    key: "web_listen", address: web.description,
                    server: try WebServer(
                        host: web.host, port: web.port, store: store, handlers: handlers, archive: spool.archive,
                        password: webPassword, logger: logger)))
        }
        services += [
            NodeHeartbeat(
                store: store, monitor: monitor, nodeName: configuration.nodeName, version: ClipperVersion.current,
                interval: configuration.heartbeatInterval, logger: logger
            ),
            ConfigReloader(
                running: configuration, reread: reread, settings: settings, levelSwitch: levelSwitch,
                environment: environment, logger: logger
            ),
            pipeline,
            SystemdNotifier(monitor: monitor, environment: environment),
            ShutdownDeadline(timeout: configuration.shutdownTimeout, logger: logger),
        ]
        if let listen = configuration.metricsListen.flatMap(ListenAddress.init(parsing:)) {
            services.append(
                ListeningService(
                    key: "metrics_listen", address: listen.description,
                    server: MetricsServer(
                        host: listen.host, port: listen.port, metrics: { metrics.exposition() }, logger: logger,
                        onReady: { port in
                            logger.notice(
                                "serving metrics on http://\(listen.host.contains(":") ? "[\(listen.host)]" : listen.host):\(port)/metrics",
                                metadata: ["metrics.port": "\(port)"])
                        }
                    )))
        }
        var groupConfiguration = ServiceGroupConfiguration(services: services, logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = configuration.shutdownTimeout
        let group = ServiceGroup(configuration: groupConfiguration)
        // SIGTERM and SIGINT are already trapped (StopRequest); they shut the group down from here.
        // Unstructured: it triggers the group's shutdown from outside the group; cancelled when the group returns.
        let shutdownOnStop = Task {
            await stop.stopped()
            guard !Task.isCancelled else { return }
            logger.notice("stopping: finishing the files in flight")
            await group.triggerGracefulShutdown()
        }
        defer { shutdownOnStop.cancel() }
        try await group.run()
        logger.notice("stopped")
    }
}
