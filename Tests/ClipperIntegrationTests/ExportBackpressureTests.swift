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
                // Given a store of 20,000 articles (about 50 MB of JSON Lines)
                let corpus = SyntheticCorpus(seed: 7, wordsPerArticle: 250)
                let logger = Logger(label: "clipper.tests") { _ in SwiftLogNoOpLogHandler() }
                try await withArticleStore(
                    .sqlite(path: state + "/clipper.sqlite"), options: StoreOptions(nodeName: "test"), logger: logger
                ) { store in
                    for start in stride(from: 0, to: Self.articles, by: 1_000) {
                        _ = try await store.index((start..<start + 1_000).map(corpus.article))
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

                // When a client reads the export at 4 MB/s (the store could go several times faster)
                let output = state + "/export.jsonl"
                let client = Process()
                client.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
                client.arguments = [
                    "-sf", "--unix-socket", socket, "--limit-rate", "4M", "-o", output, "http://clipper/export",
                ]
                try client.run()
                var peak = baseline
                while client.isRunning {
                    peak = max(peak, try Self.residentBytes(of: daemon.pid))
                    try await Task.sleep(for: .milliseconds(50))  // the sampling interval, not a wait for an event
                }

                // Then every article arrives, and the daemon's memory stayed within a few pages of records
                #expect(client.terminationStatus == 0)
                let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count
                #expect(lines == Self.articles)
                let growth = peak - baseline
                print(
                    "export backpressure: \(lines) lines at 4 MB/s, RSS \(baseline >> 20) MB, peak +\(growth >> 20) MB")
                #expect(growth < 20 << 20, "RSS grew by \(growth >> 20) MB while a slow client read the export")
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
