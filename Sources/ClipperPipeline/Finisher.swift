import ClipperModel
import ClipperSpool
import ClipperStore
import Foundation
import Logging

/// The last step of every file: to `archive/` once its row is committed, or to
/// `failed/` with a reason. Counts each outcome (status and metrics) and logs it: one
/// `debug` line per indexed file, one `warning` per quarantined file, the data in metadata
/// (`file.name`, `article.id`, `stage`, `duration_ms`).
struct Finisher: Sendable {
    let spool: Spool
    let settings: LiveSettings
    let monitor: PipelineMonitor
    let metrics: PipelineMetrics
    let logger: Logger

    /// Moves an indexed file out of `processing/`. Called only after the store committed it.
    func finish(_ job: IndexJob, outcome: IndexOutcome) {
        var logger = logger
        logger[metadataKey: "file.name"] = "\(job.file.originalName)"
        logger[metadataKey: "article.id"] = "\(job.record.id)"
        do {
            try spool.finish(job.file, keepOriginal: settings.current.keepOriginals)
        } catch {
            // The row is committed; the file stays in processing/ and is requeued at the next
            // start, where indexing it again is a no-op (.alreadyIndexed).
            logger.error("indexed \(job.file.originalName) but cannot archive it: \(error)")
        }
        let record = job.record
        switch outcome {
        case .indexed:
            monitor.indexed(job.file.name, size: record.source.bytes, duplicate: false)
            metrics.indexedFile()
            logger.debug(
                "indexed \(job.file.originalName) in \(Self.milliseconds(job.elapsed)): \(record.people.count) people, \(record.quotes.count) quotes",
                metadata: [
                    "file.bytes": "\(record.source.bytes)", "duration_ms": "\(Self.millisecondsValue(job.elapsed))",
                ]
            )
        case .duplicate(let original):
            monitor.indexed(job.file.name, size: record.source.bytes, duplicate: true)
            metrics.duplicateFile()
            logger.debug(
                "\(job.file.originalName) has the same bytes as article \(original.prefix(12)); counted as a duplicate",
                metadata: ["duplicate.of": "\(original)"]
            )
        case .alreadyIndexed:
            monitor.indexed(job.file.name, size: record.source.bytes, duplicate: false)
            metrics.indexedFile()
            logger.debug("\(job.file.originalName) was already indexed (finished after a restart)")
        }
    }

    /// Moves a file that cannot be indexed to `failed/` with a reason.
    func quarantine(_ file: ClaimedFile, stage: FailureReport.Stage, reason: String) {
        var logger = logger
        logger[metadataKey: "file.name"] = "\(file.originalName)"
        logger[metadataKey: "stage"] = "\(stage.rawValue)"
        do {
            try spool.quarantine(file, stage: stage, reason: reason)
        } catch {
            logger.error(
                "cannot quarantine \(file.originalName): \(error); it stays in processing/ until the next start")
        }
        quarantined(file.originalName, stage: stage, reason: reason, inFlightAs: file.name)
    }

    /// Counts and logs a file the spool has already moved to `failed/`.
    func quarantined(_ name: String, stage: FailureReport.Stage, reason: String, inFlightAs inFlightName: String? = nil)
    {
        let report = FailureReport(file: name, stage: stage, reason: reason, time: Date().formatted(.iso8601))
        monitor.quarantined(inFlightName ?? name, report: report)
        metrics.failed(at: stage)
        logger.warning(
            "quarantined \(name) at \(stage.rawValue): \(reason)",
            metadata: ["file.name": "\(name)", "stage": "\(stage.rawValue)", "reason": "\(reason)"]
        )
    }

    /// `duration` for a person: `4.2 ms`, `84 ms`.
    static func milliseconds(_ duration: Duration) -> String {
        let ms = millisecondsValue(duration)
        return ms < 10 ? String(format: "%.1f ms", ms) : String(format: "%.0f ms", ms)
    }

    /// `duration` in milliseconds, for the `duration_ms` metadata.
    static func millisecondsValue(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        let ms = Double(seconds) * 1_000 + Double(attoseconds) / 1e15
        return (ms * 1_000).rounded() / 1_000
    }
}
