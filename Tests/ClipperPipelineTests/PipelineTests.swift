import ClipperExtract
import ClipperModel
import ClipperSpool
import ClipperStore
import ClipperTestSupport
import Foundation
import Logging
import ServiceLifecycle
import ServiceLifecycleTestKit
import Testing

@testable import ClipperPipeline

/// The real pipeline: real inbox, real inotify, a real SQLite file.
@Suite(.timeLimit(.minutes(2)))
struct PipelineTests {
    private static let extractor = Extractor()
    private let logger = Logger(label: "pipeline-test")

    private func settings(workers: Int = 2) -> LiveSettings {
        LiveSettings(
            PipelineSettings(
                workers: workers, keepOriginals: true, maxFileSize: 1_000_000, rescanInterval: .seconds(300)))
    }

    private func withPipeline(
        _ state: String, busyTimeout: Duration = .seconds(5),
        _ body: (Pipeline, PipelineMonitor, Spool) async throws -> Void
    ) async throws {
        let spool = try Spool(root: state, inbox: state + "/inbox")
        let location = try StoreLocation(parsing: "sqlite://\(state)/clipper.sqlite")
        let options = StoreOptions(nodeName: "test", busyTimeout: busyTimeout)
        try await withArticleStore(location, options: options, logger: logger) { store in
            let monitor = PipelineMonitor()
            let pipeline = Pipeline(
                spool: spool, store: store, extractor: Self.extractor, settings: settings(), monitor: monitor,
                logger: logger
            )
            try await body(pipeline, monitor, spool)
        }
    }

    private func drop(_ seed: String, as name: String, into inbox: String) throws {
        try FileManager.default.copyItem(atPath: seed, toPath: inbox + "/" + name)
    }

    @Test func onceIndexesEverythingInTheInbox() async throws {
        try await withTemporaryDirectory { state in
            try await withPipeline(state) { pipeline, monitor, spool in
                // Given the seeds and one copy of the first under another name
                for seed in PackagePaths.seeds {
                    try drop(seed, as: (seed as NSString).lastPathComponent, into: spool.inbox)
                }
                try drop(PackagePaths.seeds[0], as: "copy.txt", into: spool.inbox)
                // When the pipeline runs once
                try await pipeline.runOnce()
                // Then five are indexed, one is a duplicate, all are archived
                let counters = monitor.counters()
                #expect(counters.processed == 5)
                #expect(counters.duplicates == 1)
                #expect(counters.failed == 0)
                #expect(try FileManager.default.contentsOfDirectory(atPath: spool.archive).count == 6)
                #expect(try FileManager.default.contentsOfDirectory(atPath: spool.inbox).isEmpty)
            }
        }
    }

    @Test func aFileLeftInProcessingByACrashIsFinishedAtTheNextStart() async throws {
        try await withTemporaryDirectory { state in
            try await withPipeline(state) { pipeline, monitor, spool in
                try drop(PackagePaths.seeds[1], as: "abandoned.txt", into: spool.processing)
                try await pipeline.runOnce()
                #expect(monitor.counters().processed == 1)
                #expect(FileManager.default.fileExists(atPath: spool.archive + "/abandoned.txt"))
            }
        }
    }

    @Test func badFilesFailAloneWithAReason() async throws {
        try await withTemporaryDirectory { state in
            try await withPipeline(state) { pipeline, monitor, spool in
                try Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37] + Array(repeating: 0, count: 32))
                    .write(to: URL(fileURLWithPath: spool.inbox + "/report.pdf"))
                try Data().write(to: URL(fileURLWithPath: spool.inbox + "/empty.txt"))
                try drop(PackagePaths.seeds[2], as: "good.txt", into: spool.inbox)
                try await pipeline.runOnce()
                let counters = monitor.counters()
                #expect(counters.processed == 1)
                #expect(counters.failed == 2)
                let failures = try spool.failures()
                #expect(Set(failures.map(\.file)) == ["report.pdf", "empty.txt"])
                #expect(failures.allSatisfy { !$0.reason.isEmpty })
            }
        }
    }

    @Test func aLockedDatabasePausesIntakeUntilTheLockIsReleased() async throws {
        try await withTemporaryDirectory { state in
            try await withPipeline(state, busyTimeout: .milliseconds(50)) { pipeline, monitor, spool in
                // Given another process holding the database's write lock
                let holder = try SQLiteLockHolder(path: state + "/clipper.sqlite")
                try await testGracefulShutdown { shutdown in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask { try await pipeline.run() }
                        // When a file arrives
                        try drop(PackagePaths.seeds[3], as: "while-locked.txt", into: spool.inbox)
                        // Then intake pauses with the reason, and the file is not archived
                        await monitor.waitUntil { $0.pauseReason != nil }
                        #expect(monitor.counters().pauseReason?.contains("locked") == true)
                        #expect(!FileManager.default.fileExists(atPath: spool.archive + "/while-locked.txt"))
                        // When the lock is released, the file is indexed and intake resumes
                        try holder.release()
                        await monitor.waitUntil { $0.processed == 1 && $0.pauseReason == nil }
                        #expect(FileManager.default.fileExists(atPath: spool.archive + "/while-locked.txt"))
                        shutdown.triggerGracefulShutdown()
                        try await group.waitForAll()
                    }
                }
            }
        }
    }

    @Test func aBacklogListedWhilePausedCountsAsQueuedAndIsTakenOnceOnResume() async throws {
        try await withTemporaryDirectory { state in
            try await withPipeline(state) { pipeline, monitor, spool in
                // Given a paused intake and three files waiting in the inbox
                monitor.pause(reason: "test")
                for number in 0..<3 {
                    try drop(PackagePaths.seeds[number], as: "backlog-\(number).txt", into: spool.inbox)
                }
                try await testGracefulShutdown { shutdown in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask { try await pipeline.run() }
                        // Then the listing counts all three as queued while none is taken
                        await monitor.waitUntil { $0.queued == 3 }
                        #expect(monitor.counters().processed == 0)
                        // When intake resumes (and the settle rescan lists the inbox again)
                        monitor.resume()
                        // Then each is indexed once and nothing stays counted as queued
                        await monitor.waitUntil { $0.processed == 3 && $0.queued == 0 && $0.inFlight == 0 }
                        #expect(monitor.counters().duplicates == 0)
                        shutdown.triggerGracefulShutdown()
                        try await group.waitForAll()
                    }
                }
            }
        }
    }

    @Test func filesDroppedWhileWatchingAreIndexedAndShutdownIsClean() async throws {
        try await withTemporaryDirectory { state in
            try await withPipeline(state) { pipeline, monitor, spool in
                try await testGracefulShutdown { shutdown in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask { try await pipeline.run() }
                        for (number, seed) in PackagePaths.seeds.enumerated() {
                            try drop(seed, as: "live-\(number).txt", into: spool.inbox)
                        }
                        await monitor.waitUntil { $0.processed == 5 }
                        shutdown.triggerGracefulShutdown()
                        try await group.waitForAll()
                    }
                }
                #expect(try FileManager.default.contentsOfDirectory(atPath: spool.processing).isEmpty)
                #expect(monitor.isDraining)
            }
        }
    }
}

/// Another process (the sqlite3 shell) holding a database's write lock until released.
final class SQLiteLockHolder: Sendable {
    private let process: Process
    private let input: Pipe

    init(path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        self.process = process
        self.input = input
        input.fileHandleForWriting.write(Data("BEGIN EXCLUSIVE;\nSELECT 'locked';\n".utf8))
        // The shell answers once it holds the lock.
        var answer = Data()
        while !String(decoding: answer, as: UTF8.self).contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            answer += chunk
        }
    }

    func release() throws {
        input.fileHandleForWriting.write(Data("COMMIT;\n.quit\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
