import ClipperExtract
import ClipperSpool
import ClipperStore
import ClipperTestSupport
import Foundation
import Logging
import Synchronization
import Testing

@testable import ClipperPipeline

/// What the pipeline logs, at which level, with which metadata: a line per batch at `info`,
/// a line per file at `debug`, every failure at `warning`, the data in metadata.
@Suite(.timeLimit(.minutes(2)))
struct PipelineLogTests {
    @Test func infoHasOneLinePerBatchAndEveryFailureIsAWarningWithItsData() async throws {
        let events = CapturedEvents()
        let logger = Logger(label: "pipeline-log-test") { _ in CapturingLogHandler(events: events) }
        try await withTemporaryDirectory { state in
            let spool = try Spool(root: state, inbox: state + "/inbox")
            for seed in PackagePaths.seeds {
                try FileManager.default.copyItem(
                    atPath: seed, toPath: spool.inbox + "/" + (seed as NSString).lastPathComponent)
            }
            try FileManager.default.copyItem(atPath: PackagePaths.seeds[0], toPath: spool.inbox + "/copy.txt")
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 64)).write(
                to: URL(fileURLWithPath: spool.inbox + "/picture.txt"))
            let location = try StoreLocation(parsing: "sqlite://\(state)/clipper.sqlite")
            try await withArticleStore(location, options: StoreOptions(nodeName: "test"), logger: logger) { store in
                let settings = LiveSettings(
                    PipelineSettings(
                        workers: 2, keepOriginals: true, maxFileSize: 1_000_000, rescanInterval: .seconds(300)))
                let pipeline = Pipeline(
                    spool: spool, store: store, extractor: Extractor(), settings: settings, monitor: PipelineMonitor(),
                    logger: logger)
                try await pipeline.runOnce()
            }
        }
        let logged = events.all

        // No file has an info line of its own; the batches' info lines account for the six committed files
        #expect(!logged.contains { $0.level == .info && $0.metadata["file.name"] != nil })
        let batches = logged.filter { $0.level == .info && $0.metadata["batch.size"] != nil }
        #expect(!batches.isEmpty)
        #expect(batches.compactMap { Int($0.metadata["batch.size"] ?? "") }.reduce(0, +) == 6)
        #expect(batches.allSatisfy { $0.message.hasPrefix("indexed ") && $0.metadata["duration_ms"] != nil })

        // Each committed file has a debug line naming the file and the article
        let perFile = logged.filter { $0.level == .debug && $0.metadata["article.id"] != nil }
        #expect(Set(perFile.compactMap { $0.metadata["file.name"] }).count == 6)
        #expect(perFile.allSatisfy { ($0.metadata["article.id"] ?? "").count == 64 })

        // The PNG is one warning, with the file, the stage and the reason as data
        let warnings = logged.filter { $0.level == .warning }
        #expect(warnings.count == 1)
        #expect(warnings.first?.metadata["file.name"] == "picture.txt")
        #expect(warnings.first?.metadata["stage"] == "parse")
        #expect(warnings.first?.metadata["reason"]?.contains("PNG") == true)
    }
}

/// One captured log event: level, message, metadata as strings.
struct CapturedEvent: Sendable {
    var level: Logger.Level
    var message: String
    var metadata: [String: String]
}

/// Events captured by every ``CapturingLogHandler`` made with it.
final class CapturedEvents: Sendable {
    private let events = Mutex<[CapturedEvent]>([])

    var all: [CapturedEvent] { events.withLock { $0 } }

    func append(_ event: CapturedEvent) {
        events.withLock { $0.append(event) }
    }
}

/// A log handler that keeps every event, at every level, for a test to read.
struct CapturingLogHandler: LogHandler {
    let events: CapturedEvents
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        events.append(
            CapturedEvent(
                level: event.level, message: "\(event.message)",
                metadata: merged.mapValues { "\($0)" }))
    }
}
