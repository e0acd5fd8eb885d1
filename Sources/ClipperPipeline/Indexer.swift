import AsyncAlgorithms
import ClipperModel
import ClipperStore
import Foundation
import Logging

/// The one writer: takes batches from the ``IndexQueue`` into store transactions, retries while
/// the store is unavailable (intake stays paused meanwhile), and hands each committed batch to a
/// finishing task, so renaming and logging never hold up the next commit.
struct Indexer: Sendable {
    /// Committed batches waiting to be archived and logged, at most this many.
    static let finishingBatches = 4

    let store: any ArticleStore
    let settings: PipelineSettings
    let finisher: Finisher
    let monitor: PipelineMonitor
    let metrics: PipelineMetrics
    let logger: Logger

    /// Indexes batches until the queue finishes, then waits for the last files to be finished.
    func run(_ queue: IndexQueue) async {
        let committed = AsyncChannel<[(job: IndexJob, outcome: IndexOutcome)]>()
        await withDiscardingTaskGroup { group in
            group.addTask {
                for await batch in committed.buffer(policy: .bounded(Self.finishingBatches)) {
                    for entry in batch { finisher.finish(entry.job, outcome: entry.outcome) }
                }
            }
            while let batch = await queue.nextBatch(waitingAtMost: settings.batchDelay) {
                let done = await write(batch)
                if !done.isEmpty { await committed.send(done) }
            }
            committed.finish()
        }
    }

    /// Writes one batch, retrying with backoff while the store is unavailable, and returns what
    /// was committed. A batch the store rejects for another reason is written one article at a
    /// time, so one bad article fails alone.
    private func write(_ batch: [IndexJob]) async -> [(job: IndexJob, outcome: IndexOutcome)] {
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
                for job in batch { metrics.searchable(job, committed: committed, now: now) }
                logBatch(outcomes, in: committed - started)
                return zip(batch, outcomes).map { (job: $0, outcome: $1) }
            } catch StoreError.unavailable(let why) {
                if Task.isCancelled { return [] }
                monitor.storeFailed(why)
                logger.warning(
                    "intake paused: the store is unavailable (\(why)); retrying in \(delay)",
                    metadata: ["stage": "index", "retry_ms": "\(PipelineMetrics.nanoseconds(delay) / 1_000_000)"])
                do { try await Task.sleep(for: delay) } catch { return [] }
                delay = min(delay * 2, .seconds(10))
            } catch {
                // Cancelled (a shutdown past its timeout): the files stay in processing/ and are
                // requeued at the next start; the store's answer is unknown, not a rejection.
                if error is CancellationError || Task.isCancelled { return [] }
                guard batch.count == 1 else {
                    var done: [(job: IndexJob, outcome: IndexOutcome)] = []
                    for job in batch { done += await write([job]) }
                    return done
                }
                finisher.quarantine(batch[0].file, stage: .index, reason: "the store rejected the article: \(error)")
                return []
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
