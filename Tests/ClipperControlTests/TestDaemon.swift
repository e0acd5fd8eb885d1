import ClipperControlAPI
import ClipperControlClient
import ClipperControlServer
import ClipperModel

/// The daemon's side of ``ControlHandlers`` for the server tests: pause state, a list of
/// quarantined files, and a switch that makes `failures` fail, so routes can be checked
/// without the pipeline.
actor TestDaemon {
    private(set) var state: StatusReport.State = .running
    private(set) var pauseReason: String?
    private(set) var failures: [FailureReport]
    private(set) var retried: [String] = []
    /// When set, `failures()` throws it (to check how the server answers unexpected errors).
    var failuresError: (any Error)?

    init(failures: [FailureReport] = TestDaemon.sampleFailures) {
        self.failures = failures
    }

    static let sampleFailures = [
        FailureReport(
            file: "image.png", stage: .parse, reason: "a PNG image, not a text or HTML article",
            time: "2026-11-23T15:42:15Z"),
        FailureReport(file: "empty.txt", stage: .parse, reason: "the file is empty", time: "2026-11-23T15:40:00Z"),
    ]

    func setFailuresError(_ error: (any Error)?) {
        failuresError = error
    }

    nonisolated var handlers: ControlHandlers {
        ControlHandlers(
            status: { await self.report() },
            pause: { await self.pause($0) },
            resume: { await self.resume() },
            retry: { try await self.retry($0) },
            retryAll: { await self.retryAll() },
            failures: { try await self.listFailures() }
        )
    }

    func report() -> StatusReport {
        StatusReport(
            node: "test-node", version: "0.0.1", pid: 42, startedAt: 1_000, now: 1_060, state: state,
            pauseReason: pauseReason, inbox: "/tmp/inbox", stateDir: "/tmp", store: "sqlite:///tmp/clipper.sqlite",
            workers: 2, queued: 3, inFlight: 1, processed: 10, failed: failures.count, duplicates: 1, rate: 3.1,
            bytesRate: 20_000, recentFailures: Array(failures.prefix(5)),
            storeStatistics: StoreStatistics(articles: 3, duplicates: 0, sizeBytes: 40_960)
        )
    }

    private func pause(_ reason: String) {
        state = .paused
        pauseReason = reason
    }

    private func resume() {
        state = .running
        pauseReason = nil
    }

    private func retry(_ name: String) throws {
        guard let index = failures.firstIndex(where: { $0.file == name }) else {
            throw ControlRequestError.notFound("no such failed file: \(name)")
        }
        failures.remove(at: index)
        retried.append(name)
    }

    private func retryAll() -> Int {
        let count = failures.count
        retried += failures.map(\.file)
        failures.removeAll()
        return count
    }

    private func listFailures() throws -> [FailureReport] {
        if let failuresError { throw failuresError }
        return failures
    }
}
