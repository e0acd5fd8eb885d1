import AsyncAlgorithms
import ClipperModel
public import ClipperStore
import Foundation
public import Logging
public import ServiceLifecycle

/// Reports this node's counters to the store on an interval, so
/// `clipperctl status --cluster` can show every node and spot the ones that stopped.
public struct NodeHeartbeat: Service {
    let store: any ArticleStore
    let monitor: PipelineMonitor
    let nodeName: String
    let version: String
    let interval: Duration
    let logger: Logger
    private let startedAt = Date().timeIntervalSince1970

    public init(
        store: any ArticleStore, monitor: PipelineMonitor, nodeName: String, version: String, interval: Duration,
        logger: Logger
    ) {
        self.store = store
        self.monitor = monitor
        self.nodeName = nodeName
        self.version = version
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        await beat()
        for await _ in AsyncTimerSequence(interval: interval, clock: .continuous).cancelOnGracefulShutdown() {
            await beat()
        }
        // The last report, after the pipeline has drained: the final counts, and that the stop was clean.
        await beat(stopping: true)
    }

    private func beat(stopping: Bool = false) async {
        let counters = monitor.counters()
        let now = Date().timeIntervalSince1970
        let status = NodeStatus(
            name: nodeName, version: version, startedAt: startedAt, heartbeatAt: now,
            processed: counters.processed, failed: counters.failed, duplicates: counters.duplicates,
            rate: counters.rate,
            stoppedAt: stopping ? now : nil
        )
        do {
            try await store.heartbeat(status)
        } catch {
            logger.debug("cannot record the heartbeat: \(error)")
        }
    }
}
