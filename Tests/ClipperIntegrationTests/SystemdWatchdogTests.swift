import ClipperTestSupport
import Foundation
import Glibc
import Testing

extension DaemonLoadTests {
    /// A daemon waiting for its store is healthy, not wedged: systemd must not kill it at
    /// `TimeoutStartSec=` or `WatchdogSec=`. Both cases run against a notify socket the test
    /// binds, with a store outage several times longer than the watchdog interval.
    @Suite(.serialized, .timeLimit(.minutes(3)))
    struct SystemdWatchdogTests {
        @Test func waitingForTheStoreAtStartExtendsTheStartTimeoutAndSaysWhy() async throws {
            try await withTemporaryDirectory { state in
                let listener = try NotifyListener(path: state + "/notify.sock")
                // Given a store nobody answers on (port 1 on loopback refuses at once)
                let daemon = try DaemonProcess(
                    arguments: ["--state-dir", state, "--store", "postgres://clipper@127.0.0.1:1/clipper"],
                    environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "1000000"])
                defer { daemon.send(SIGKILL) }
                // Then each retry tells systemd why it waits, and asks for more start-up time than
                // the next retry needs (the waits are 1 s, 2 s, 4 s: together past the 1 s watchdog)
                for _ in 0..<3 {
                    let message = try await listener.next(containing: "EXTEND_TIMEOUT_USEC=")
                    #expect(message.contains("STATUS=waiting for the store: "))
                    #expect(!message.contains("READY=1"))
                    let extension_ = message.split(separator: "\n").first { $0.hasPrefix("EXTEND_TIMEOUT_USEC=") }
                    let microseconds = Int(extension_?.dropFirst("EXTEND_TIMEOUT_USEC=".count) ?? "") ?? 0
                    #expect(microseconds >= 31_000_000)
                }
                // And SIGTERM while waiting ends it cleanly
                daemon.send(SIGTERM)
                #expect(try await daemon.waitForExit() == 0)
            }
        }

        @Test(.enabled(if: PostgresServer.sharedURL != nil, "CLIPPER_TEST_POSTGRES_URL is not set (make test sets it)"))
        func aStoreOutageLongerThanTheWatchdogKeepsThePingsComing() async throws {
            try await PostgresServer.withThrowaway { server in
                let url = try await PostgresServer.createDatabase(on: server.url)
                try await withTemporaryDirectory("clipper-watchdog") { state in
                    let listener = try NotifyListener(path: state + "/notify.sock")
                    let daemon = try DaemonProcess(
                        arguments: ["--state-dir", state, "--store", url, "--workers", "2"],
                        environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "1000000"])
                    defer { daemon.send(SIGKILL) }
                    _ = try await listener.next(containing: "READY=1")
                    try Inbox.writeThenRename(
                        Data(Self.article("before").utf8), named: "before.txt", into: state + "/inbox")
                    try await waitUntil("the first file indexed") {
                        try await Self.status(state)["processed"] as? Int == 1
                    }

                    // Given the database down, and a file waiting on it
                    try await server.suspend()
                    try Inbox.writeThenRename(
                        Data(Self.article("during").utf8), named: "during.txt", into: state + "/inbox")
                    try await waitUntil("intake to pause", timeout: .seconds(60)) {
                        try await Self.status(state)["state"] as? String == "paused"
                    }
                    // Then the watchdog is still pinged, well past its 1 s interval with that file in flight
                    for _ in 0..<6 { _ = try await listener.next(containing: "WATCHDOG=1") }
                    #expect(try await Self.status(state)["state"] as? String == "paused")

                    // And when the database is back, the waiting file is indexed (the listener now stops
                    // reading: the daemon must not block on a full notify queue either)
                    try await server.resume()
                    try await waitUntil("the second file indexed", timeout: .seconds(60)) {
                        try await Self.status(state)["processed"] as? Int == 2
                    }
                    daemon.send(SIGTERM)
                    #expect(try await daemon.waitForExit() == 0)
                }
            }
        }

        static func article(_ marker: String) -> String {
            "A county board met on Monday to discuss the \(marker) budget, the clerk said in a statement.\n"
        }

        /// `clipperctl status --json` through the daemon's socket.
        static func status(_ state: String) async throws -> [String: Any] {
            try jsonObject(try await runBinary("clipperctl", ["--state-dir", state, "status", "--json"]).stdout)
        }
    }
}
