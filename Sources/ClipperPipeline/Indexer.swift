import AsyncAlgorithms
import ClipperModel
import ClipperStore
import Foundation
import Logging

/// The one writer: batches articles into store transactions, retries while the
/// store is unavailable (intake stays paused meanwhile), then finishes the files.
struct Indexer: Sendable {
    let store: any ArticleStore
    let settings: PipelineSettings
    let finisher: Finisher
    let monitor: PipelineMonitor
    let metrics: PipelineMetrics
    let logger: Logger

    /// Indexes jobs until the channel finishes.
    func run(_ jobs: AsyncChannel<IndexJob>) async {
        let timer = AsyncTimerSequence(interval: settings.batchDelay, clock: .continuous)
        for await batch in jobs.chunks(ofCount: settings.batchSize, or: timer) {
            await write(batch)
        }
    }

    /// Writes one batch, retrying with backoff while the store is unavailable. A batch the
    /// store rejects for another reason is written one article at a time, so one bad
    /// article fails alone.
    private func write(_ batch: [IndexJob]) async {
        var delay = Duration.milliseconds(100)
        while true {
            do {
                let clock = ContinuousClock()
                let started = clock.now
                let outcomes = try await store.index(batch.map(\.record))
                let committed = clock.now
                monitor.storeRecovered()
                metrics.committed(batchOf: batch.count, in: committed - started)
                let now = Date().timeIntervalSince1970
                for (job, outcome) in zip(batch, outcomes) {
                    metrics.searchable(job, committed: committed, now: now)
                    finisher.finish(job, outcome: outcome)
                }
                logBatch(outcomes, in: committed - started)
                return
            } catch StoreError.unavailable(let why) {
                if Task.isCancelled { return }
                monitor.storeFailed(why)
                logger.warning(
                    "intake paused: the store is unavailable (\(why)); retrying in \(delay)",
                    metadata: ["stage": "index", "retry_ms": "\(PipelineMetrics.nanoseconds(delay) / 1_000_000)"])
                do { try await Task.sleep(for: delay) } catch { return }
                delay = min(delay * 2, .seconds(10))
            } catch {
                // Cancelled (a shutdown past its timeout): the files stay in processing/ and are
                // requeued at the next start; the store's answer is unknown, not a rejection.
                if error is CancellationError || Task.isCancelled { return }
                guard batch.count == 1 else {
                    for job in batch { await write([job]) }
                    return
                }
                finisher.quarantine(batch[0].file, stage: .index, reason: "the store rejected the article: \(error)")
                return
            }
        }
    }

    /// One info line per committed batch (per-file lines are at debug).
    private func logBatch(_ outcomes: [IndexOutcome], in duration: Duration) {
        let duplicates = outcomes.count { if case .duplicate = $0 { true } else { false } }
        let files = outcomes.count == 1 ? "1 file" : "\(outcomes.count) files"
        let extra = duplicates == 0 ? "" : " (\(duplicates) duplicates)"
        logger.info(
            "indexed \(files) in \(Finisher.milliseconds(duration))\(extra)",
            metadata: [
                "batch.size": "\(outcomes.count)", "batch.duplicates": "\(duplicates)",
                "duration_ms": "\(Finisher.millisecondsValue(duration))",
            ]
        )
    }
}
