import AsyncAlgorithms
public import ClipperExtract
import ClipperModel
import ClipperRecovery
public import ClipperSpool
public import ClipperStore
import ClipperWatch
public import Logging
public import ServiceLifecycle

/// The whole path of a file: watch → claim → parse and extract (N workers) → a bounded queue
/// → index (one batching writer) → archive or quarantine (a finishing task, off the commit path).
///
/// As a `Service`, it runs until graceful shutdown: it then stops taking files,
/// finishes the ones in flight, commits them and returns. Files not yet claimed stay
/// in the inbox.
public struct Pipeline: Service {
    let spool: Spool
    let store: any ArticleStore
    let settings: LiveSettings
    let monitor: PipelineMonitor
    let logger: Logger
    let metrics: PipelineMetrics
    let onWatching: @Sendable () -> Void
    private let processor: ArticleProcessor
    private let finisher: Finisher

    /// - Parameters:
    ///   - metrics: where file outcomes and stage durations are recorded (``PipelineMetrics/disabled``: nowhere).
    ///   - onWatching: called once the inotify watch is up (before the start-up scan's files are processed).
    public init(
        spool: Spool, store: any ArticleStore, extractor: Extractor, settings: LiveSettings,
        monitor: PipelineMonitor, logger: Logger, metrics: PipelineMetrics = .disabled,
        onWatching: @escaping @Sendable () -> Void = {}
    ) {
        self.spool = spool
        self.store = store
        self.settings = settings
        self.monitor = monitor
        self.logger = logger
        self.metrics = metrics
        self.onWatching = onWatching
        self.processor = ArticleProcessor(spool: spool, extractor: extractor, metrics: metrics)
        self.finisher = Finisher(spool: spool, settings: settings, monitor: monitor, metrics: metrics, logger: logger)
    }

    /// Watches the inbox and processes files until graceful shutdown.
    public func run() async throws {
        try await recover()
        try await InboxWatcher.withEvents(
            directory: spool.inbox, rescanInterval: settings.current.rescanInterval, logger: logger
        ) { events in
            onWatching()
            try await process(events.cancelOnGracefulShutdown(), settle: InboxScan.settleTime)
        }
    }

    /// Processes every file in the inbox now, then returns (`clipperd --once`).
    public func runOnce() async throws {
        try await recover()
        let events = AsyncStream<InboxEvent> { continuation in
            continuation.yield(.rescan(.startup))
            continuation.finish()
        }
        try await process(events, settle: .zero)
    }

    /// Before intake: files a crash left in `processing/` go back to the inbox, and so do archived
    /// files the store has no row for (``ArchiveCheck``, unless `archive_check` is off).
    private func recover() async throws {
        let names = try spool.requeueAbandoned()
        if !names.isEmpty {
            logger.notice("requeued \(names.count) files left in processing/ by an earlier run")
        }
        guard settings.current.archiveCheck else { return }
        let check = ArchiveCheck(spool: spool, store: store, maxBytes: settings.current.maxFileSize)
        let report = try await check.run(repair: true)
        let metadata: Logger.Metadata = [
            "archive.checked": "\(report.checked)", "archive.missing": "\(report.missing.count)",
            "duration_ms": "\(report.milliseconds)",
        ]
        if report.missing.isEmpty && report.unreadable.isEmpty {
            logger.info("\(report.summary)", metadata: metadata)
        } else {
            logger.warning("\(report.summary)", metadata: metadata)
        }
        for file in report.unreadable {
            logger.warning(
                "archive check: cannot read \(file.file): \(file.reason)", metadata: ["file.name": "\(file.file)"])
        }
    }

    /// Runs intake, the workers and the indexer until `events` ends and everything taken is
    /// finished. A rescan skips files changed within `settle` (they may still be open; the
    /// watcher's `.settle` rescan comes back for them).
    private func process<Events: AsyncSequence & Sendable>(_ events: Events, settle: Duration) async throws
    where Events.Element == InboxEvent {
        let work = AsyncChannel<String>()
        let pending = PendingNames()
        let current = settings.current
        let queue = IndexQueue(capacity: current.queueCapacity, batchSize: current.batchSize)
        let indexer = Indexer(
            store: store, settings: current, finisher: finisher, monitor: monitor, metrics: metrics, logger: logger)
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                group.addTask {
                    await intake(events, settle: settle, pending: pending, into: work)
                    work.finish()
                }
                group.addTask {
                    await withDiscardingTaskGroup { workers in
                        for _ in 0..<current.workers {
                            workers.addTask {
                                for await name in work {
                                    await handle(name, pending: pending, queue: queue)
                                }
                            }
                        }
                    }
                    queue.finish()
                }
                group.addTask {
                    await indexer.run(queue)
                }
            }
        } onGracefulShutdown: {
            monitor.beginDraining()
        }
    }

    /// Turns events into queued names, once each, waiting while intake is paused. A listing is
    /// consumed as it is sent: a name enters `pending` only when it goes to a worker, so a backlog
    /// costs its compact listing, not a set of every name in it.
    private func intake<Events: AsyncSequence>(
        _ events: Events, settle: Duration, pending: PendingNames, into work: AsyncChannel<String>
    ) async
    where Events.Element == InboxEvent {
        do {
            for try await event in events {
                switch event {
                case .file(let name):
                    guard await send(CollectionOfOne(name), pending: pending, into: work) else { return }
                case .rescan(let reason):
                    let names: InboxListing
                    do {
                        names = try InboxScan.names(in: spool.inbox, unchangedFor: settle)
                    } catch {
                        logger.error("cannot list the inbox after \(reason.rawValue): \(error)")
                        continue
                    }
                    logger.debug("rescanned the inbox (\(reason.rawValue)): \(names.count) files")
                    guard await send(names, pending: pending, into: work) else { return }
                }
            }
        } catch {
            logger.error("the inbox watch ended: \(error)")
        }
    }

    /// Counts `names` as queued and sends each one not already on its way to a worker; `false` once
    /// draining (or cancelled) stops intake, leaving the rest in the inbox for the next start.
    private func send(
        _ names: some Collection<String>, pending: PendingNames, into work: AsyncChannel<String>
    ) async -> Bool {
        monitor.queued(names.count)
        for name in names {
            guard pending.insert(name) else {
                monitor.vanished()
                continue
            }
            await monitor.waitUntilIntakeMayTake()
            if monitor.isDraining || Task.isCancelled { return false }
            await work.send(name)
        }
        return !monitor.isDraining
    }

    /// One worker's turn: claim the file, process it, hand it to the indexer or quarantine it.
    private func handle(_ name: String, pending: PendingNames, queue: IndexQueue) async {
        defer { pending.remove(name) }
        if monitor.isDraining {
            monitor.vanished()
            return
        }
        let claimed: ClaimedFile?
        do {
            claimed = try spool.claim(name)
        } catch  where error.code == .quarantined {
            // Not a regular file (a symlink, FIFO, socket): the spool moved it to failed/.
            monitor.started(name)
            finisher.quarantined(name, stage: .claim, reason: error.message)
            return
        } catch {
            logger.warning("cannot claim \(name): \(error)")
            monitor.vanished()
            return
        }
        guard let claimed else {
            monitor.vanished()
            return
        }
        pending.remove(name)
        monitor.started(claimed.name)
        queue.willSend()
        switch processor.process(claimed, maxBytes: settings.current.maxFileSize) {
        case .article(let job):
            await queue.send(job)
        case .failed(let file, let stage, let reason):
            queue.abandon()
            finisher.quarantine(file, stage: stage, reason: reason)
        }
    }
}
