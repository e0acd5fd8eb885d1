import AsyncHTTPClient
import ClipperModel
import ClipperTestSupport
import Foundation
import Glibc
import NIOCore
import NIOHTTP1
import Testing

/// `/metrics` as Prometheus scrapes it: over the control socket and over `metrics_listen`,
/// with a real HTTP client, from a real daemon that indexed and refused a few files.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct MetricsTests {
    @Test func metricsCountWhatWasIndexedAndFailedOnTheSocketAndOverTCP() async throws {
        try await withTemporaryDirectory { state in
            let inbox = state + "/inbox"
            let socket = state + "/clipperd.sock"
            let port = try Self.freeLoopbackPort()
            let daemon = try DaemonProcess(
                arguments: ["--state-dir", state, "--workers", "2"],
                environment: ["CLIPPER_METRICS_LISTEN": "127.0.0.1:\(port)", "CLIPPER_MAX_FILE_SIZE": "1MB"]
            )
            try await daemon.waitUntilReady()

            // Given three articles, then a copy of one, a PNG under a text name and a file over the size limit
            var bytesRead = 0
            for seed in PackagePaths.seeds.prefix(3) {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: seed))
                bytesRead += bytes.count
                try Inbox.writeThenRename(bytes, named: (seed as NSString).lastPathComponent, into: inbox)
            }
            try await daemon.waitForStatus(socket: socket, "3 indexed") { $0.processed >= 3 }
            let copy = try Data(contentsOf: URL(fileURLWithPath: PackagePaths.seeds[0]))
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 64))
            bytesRead += copy.count + png.count
            try Inbox.writeThenRename(copy, named: "copy.txt", into: inbox)
            try Inbox.writeThenRename(png, named: "picture.txt", into: inbox)
            try Inbox.writeThenRename(Data(count: 1_100_000), named: "too-big.txt", into: inbox)
            let finished = try await daemon.waitForStatus(socket: socket, "6 outcomes") {
                $0.outcomes >= 6 && $0.queued == 0 && $0.inFlight == 0
            }
            #expect(finished.processed == 3 && finished.duplicates == 1 && finished.failed == 2)

            // When Prometheus scrapes the socket and the TCP port
            let answers = [
                try await Self.scrape("http+unix://" + Self.percentEncoded(socket) + "/metrics"),
                try await Self.scrape("http://127.0.0.1:\(port)/metrics"),
            ]

            // Then both say the same: what each file came to, and a timing for each stage it passed
            for (contentType, text) in answers {
                #expect(contentType.hasPrefix("text/plain; version=0.0.4"))
                let metrics = try Exposition(text)
                #expect(metrics.types["clipper_files_total"] == "counter")
                #expect(metrics.types["clipper_stage_duration_seconds"] == "histogram")
                #expect(try metrics.value("clipper_files_total", ["outcome": "indexed"]) == 3)
                #expect(try metrics.value("clipper_files_total", ["outcome": "duplicate"]) == 1)
                #expect(try metrics.value("clipper_files_total", ["outcome": "failed", "stage": "parse"]) == 1)
                #expect(try metrics.value("clipper_files_total", ["outcome": "failed", "stage": "read"]) == 1)
                #expect(try metrics.value("clipper_files_total", ["outcome": "failed", "stage": "index"]) == 0)
                #expect(try metrics.value("clipper_processed_bytes_total") == Double(bytesRead))

                // read: every file read whole (not the one over the limit); parse, extract and the
                // store: the four articles
                let stages = ["read": 5.0, "parse": 4, "extract": 4, "store_write": 4]
                for (stage, count) in stages {
                    #expect(
                        try metrics.value("clipper_stage_duration_seconds_count", ["stage": stage]) == count, "\(stage)"
                    )
                    #expect(
                        try metrics.value("clipper_stage_duration_seconds_bucket", ["stage": stage, "le": "+Inf"])
                            == count)
                    #expect(try metrics.value("clipper_stage_duration_seconds_sum", ["stage": stage]) ?? -1 >= 0)
                }
                #expect(try metrics.value("clipper_drop_to_searchable_seconds_count") == 4)
                #expect(try metrics.value("clipper_store_batch_size_sum") == 4)
                let batches = try #require(try metrics.value("clipper_store_batch_size_count"))
                #expect((2...4).contains(batches), "the copy came after the first three were committed")
                #expect(try metrics.value("clipper_store_commit_duration_seconds_count") == batches)

                #expect(try metrics.value("clipper_queue_depth") == 0)
                #expect(try metrics.value("clipper_in_flight") == 0)
                #expect(try metrics.value("clipper_intake_paused", ["reason": "user"]) == 0)
                #expect(try metrics.value("clipper_intake_paused", ["reason": "store_unavailable"]) == 0)
            }

            // When intake is paused, the gauge says so, with the reason
            let pause = try await runBinary("clipperctl", ["--state-dir", state, "pause"])
            #expect(pause.status == 0, "\(pause.stderr)")
            let paused = try Exposition(try await Self.scrape("http://127.0.0.1:\(port)/metrics").body)
            #expect(try paused.value("clipper_intake_paused", ["reason": "user"]) == 1)
            #expect(try paused.value("clipper_intake_paused", ["reason": "store_unavailable"]) == 0)

            daemon.send(SIGTERM)
            #expect(try await daemon.waitForExit() == 0)
        }
    }

    @Test func aMetricsAddressOffTheLoopbackIsRefused() async throws {
        try await withTemporaryDirectory { state in
            let run = try await runBinary(
                "clipperd", ["--state-dir", state], environment: ["CLIPPER_METRICS_LISTEN": "0.0.0.0:9464"])
            #expect(run.status == 78)
            #expect(run.stderr.contains("CLIPPER_METRICS_LISTEN must be a loopback address"), "\(run.stderr)")
        }
    }

    /// `GET url` with AsyncHTTPClient: the answer's content type and body.
    private static func scrape(_ url: String) async throws -> (contentType: String, body: String) {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url), timeout: .seconds(10))
        #expect(response.status == .ok)
        let body = try await response.body.collect(upTo: 4 << 20)
        return (response.headers.first(name: "content-type") ?? "", String(buffer: body))
    }

    /// `text` with everything but unreserved characters percent-encoded (a socket path as an `http+unix` host).
    private static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now (the kernel's pick for port 0).
    private static func freeLoopbackPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
