import AsyncAlgorithms
import ClipperPipeline
import ClipperWatch
import Foundation
import Glibc

/// The progress bar `clipperd --once` draws on standard error when it is a terminal.
struct OnceProgress: Sendable {
    let monitor: PipelineMonitor
    let inbox: String

    func whileRunning(_ work: @Sendable () async throws -> Void) async throws {
        guard isatty(STDERR_FILENO) == 1 else {
            try await work()
            return
        }
        let total = max(1, (try? InboxScan.names(in: inbox).count) ?? 1)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in AsyncTimerSequence(interval: .milliseconds(200), clock: .continuous) {
                    draw(total: total)
                }
            }
            try await work()
            group.cancelAll()
        }
        draw(total: total)
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw(total: Int) {
        let counters = monitor.counters()
        let done = counters.processed + counters.duplicates + counters.failed
        let fraction = min(1, Double(done) / Double(total))
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line =
            "\r\(bar) "
            + String(
                format: "%3.0f%%  %d/%d files  %.1f files/s  %d failed", fraction * 100, done, total, counters.rate,
                counters.failed)
        FileHandle.standardError.write(Data(line.utf8))
    }
}
