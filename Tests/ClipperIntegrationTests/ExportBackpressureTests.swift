import ClipperStore
import ClipperTestSupport
import Foundation
import Logging
import Testing

extension DaemonLoadTests {
    /// `/export` over the socket holds a bounded amount in memory whatever the client's speed: the
    /// store reads a page only as the client takes lines.
    @Suite(.serialized, .timeLimit(.minutes(5)))
    struct ExportBackpressureTests {
        static let articles = 20_000

        @Test func aSlowClientDoesNotGrowTheDaemonsMemory() async throws {
            try await withTemporaryDirectory("clipper-export") { state in
                // Given a store of 20,000 articles (about 100 MB of JSON Lines)
                let corpus = SyntheticCorpus(seed: 7, wordsPerArticle: 120)
                let logger = Logger(label: "clipper.tests") { _ in SwiftLogNoOpLogHandler() }
                try await withArticleStore(
                    .sqlite(path: state + "/clipper.sqlite"), options: StoreOptions(nodeName: "test"), logger: logger
                ) { store in
                    for start in stride(from: 0, to: Self.articles, by: 2_000) {
                        _ = try await store.index((start..<start + 2_000).map(corpus.article))
                    }
                }
                let daemon = try DaemonProcess(arguments: ["--state-dir", state, "--workers", "1"])
                defer { daemon.send(SIGKILL) }
                let socket = state + "/clipperd.sock"
                try await waitUntil("the control socket") {
                    (try? await runProgram("/usr/bin/curl", ["-sf", "--unix-socket", socket, "http://clipper/status"]))?
                        .status == 0
                }
                let baseline = try Self.residentBytes(of: daemon.pid)

                // When a client reads the export at 1 MB/s for 8 seconds (the store could go ten times
                // faster: an unbounded buffer would fill with most of the archive meanwhile)
                let slow = Process()
                slow.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
                slow.arguments = [
                    "-s", "--unix-socket", socket, "--limit-rate", "1M", "--max-time", "8", "-o", "/dev/null",
                    "http://clipper/export",
                ]
                try slow.run()
                var peak = baseline
                while slow.isRunning {
                    peak = max(peak, try Self.residentBytes(of: daemon.pid))
                    try await Task.sleep(for: .milliseconds(50))  // the sampling interval, not a wait for an event
                }

                // Then the daemon's memory stayed within a few pages of records
                let growth = peak - baseline
                print("export backpressure: 1 MB/s client for 8 s; RSS \(baseline >> 20) MB, peak +\(growth >> 20) MB")
                #expect(growth < 20 << 20, "RSS grew by \(growth >> 20) MB while a slow client read the export")

                // And a client at full speed gets every article
                let full = try await runProgram(
                    "/usr/bin/curl",
                    ["-sf", "--unix-socket", socket, "-o", state + "/export.jsonl", "http://clipper/export"])
                #expect(full.status == 0)
                let lines = try String(contentsOfFile: state + "/export.jsonl", encoding: .utf8).split(separator: "\n")
                #expect(lines.count == Self.articles)
                daemon.send(SIGTERM)
                #expect(try await daemon.waitForExit() == 0)
            }
        }

        /// `VmRSS` of a process, in bytes.
        static func residentBytes(of pid: Int32) throws -> Int {
            let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
            let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
            return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1_024
        }
    }
}
