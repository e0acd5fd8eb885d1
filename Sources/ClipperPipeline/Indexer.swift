import AsyncAlgorithms
import ClipperModel
import ClipperStore
import Logging

/// The one writer: batches articles into store transactions, retries while the
/// store is unavailable (intake stays paused meanwhile), then finishes the files.
struct Indexer: Sendable {
    let store: any ArticleStore
    let settings: PipelineSettings
    let finisher: Finisher
    let monitor: PipelineMonitor
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
                let outcomes = try await store.index(batch.map(\.record))
                monitor.storeRecovered()
                for (job, outcome) in zip(batch, outcomes) {
                    finisher.finish(job, outcome: outcome)
                }
                return
            } catch StoreError.unavailable(let why) {
                if Task.isCancelled { return }
                monitor.storeFailed(why)
                logger.warning("intake paused: the store is unavailable (\(why)); retrying in \(delay)")
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
}
