import ClipperModel
import ClipperTestSupport
import Foundation
import Testing

extension DaemonLoadTests {
    /// The real `clipperd` and `clipperctl` against a real PostgreSQL server: two nodes sharing one
    /// database, the database unreachable at start, and the server restarted in the middle of an ingest.
    ///
    /// Enabled only when `CLIPPER_TEST_POSTGRES_URL` names a server: `make test` always starts one
    /// (`scripts/with-test-postgres.sh`); a bare `swift test` without it skips these tests.
    /// Every test works in a database of its own. The fault tests suspend and resume a throwaway
    /// server of their own (`scripts/postgres-test-server.sh`), never the shared one, and the suite
    /// is serialized so its daemons never compete with each other for the two cores.
    @Suite(
        .serialized, .timeLimit(.minutes(2)),
        .enabled(if: PostgresServer.sharedURL != nil, "CLIPPER_TEST_POSTGRES_URL is not set (make test sets it)")
    )
    struct PostgresClusterTests {
        @Test func twoNodesOnOneDatabaseIndexEachArticleOnce() async throws {
            let url = try await PostgresServer.createDatabase(on: try #require(PostgresServer.sharedURL))
            try await withTemporaryDirectory("clipper-two-nodes") { root in
                let (stateA, stateB) = (root + "/a", root + "/b")
                // Given two nodes with their own state directories and inboxes, writing to one database
                let nodeA = try DaemonProcess(
                    arguments: ["--state-dir", stateA, "--store", url, "--workers", "2"], environment: node("a"))
                let nodeB = try DaemonProcess(
                    arguments: ["--state-dir", stateB, "--store", url, "--workers", "2"], environment: node("b"))
                try await killingOnFailure(nodeA, nodeB) {
                    try await nodeA.waitUntilReady()
                    try await nodeB.waitUntilReady()

                    // When five articles reach node a first, and the same bytes reach node b later
                    let early = try (0..<5).map { try article($0, marker: "early") }
                    for (index, bytes) in early.enumerated() {
                        try Inbox.writeThenRename(bytes, named: "early-\(index).txt", into: stateA + "/inbox")
                    }
                    try await nodeA.waitForStatus(socket: stateA + "/clipperd.sock", "5 indexed on node a") {
                        $0.processed >= 5
                    }
                    for (index, bytes) in early.enumerated() {
                        try Inbox.writeThenRename(bytes, named: "early-\(index).txt", into: stateB + "/inbox")
                    }
                    // And ten more reach both nodes at the same moment, and ten distinct ones each
                    for number in 0..<10 {
                        let bytes = try article(number, marker: "both")
                        try Inbox.writeThenRename(bytes, named: "both-\(number).txt", into: stateA + "/inbox")
                        try Inbox.writeThenRename(bytes, named: "both-\(number).txt", into: stateB + "/inbox")
                    }
                    for number in 0..<10 {
                        try Inbox.writeThenRename(
                            try article(number, marker: "onlya"), named: "only-\(number).txt", into: stateA + "/inbox")
                        try Inbox.writeThenRename(
                            try article(number, marker: "onlyb"), named: "only-\(number).txt", into: stateB + "/inbox")
                    }
                    try await nodeA.waitForStatus(socket: stateA + "/clipperd.sock", "25 outcomes on node a") {
                        $0.outcomes >= 25
                    }
                    try await nodeB.waitForStatus(socket: stateB + "/clipperd.sock", "25 outcomes on node b") {
                        $0.outcomes >= 25
                    }

                    // Then node b counted the late copies as duplicates (at least the five early ones),
                    // and the nodes' counts add up: 35 distinct articles indexed once each, 15 copies
                    // counted as duplicates
                    let reportA = try jsonObject(try await ctl(["--state-dir", stateA, "status", "--json"]).stdout)
                    let reportB = try jsonObject(try await ctl(["--state-dir", stateB, "status", "--json"]).stdout)
                    let processed =
                        try #require(reportA["processed"] as? Int) + (try #require(reportB["processed"] as? Int))
                    let duplicates =
                        try #require(reportA["duplicates"] as? Int) + (try #require(reportB["duplicates"] as? Int))
                    #expect(processed == 35)
                    #expect(duplicates == 15)
                    #expect(reportA["failed"] as? Int == 0 && reportB["failed"] as? Int == 0)
                    #expect((reportB["duplicates"] as? Int ?? 0) >= 5)

                    // When node a stops, status --cluster marks it stopped at once (its last heartbeat says so)
                    nodeA.send(SIGTERM)
                    #expect(try await nodeA.waitForExit() == 0)
                    #expect(try await clusterStates(url) == ["a": "stopped", "b": "running"])

                    nodeB.send(SIGTERM)
                    #expect(try await nodeB.waitForExit() == 0)
                }

                // And status --cluster, read from the store, has both nodes' final counts
                let nodes = try await clusterNodes(url, via: stateA)
                #expect(nodes.compactMap { $0["name"] as? String }.sorted() == ["a", "b"])
                #expect(nodes.map { $0["processed"] as? Int ?? -1 }.reduce(0, +) == 35)
                #expect(nodes.map { $0["duplicates"] as? Int ?? -1 }.reduce(0, +) == 15)
                #expect(nodes.allSatisfy { $0["stopped_at"] is Double })

                // And the export, with both daemons stopped, holds every distinct article exactly once
                let export = try await ctl(["--state-dir", stateA, "--store", url, "export"])
                #expect(export.status == 0, "\(export.stderr)")
                let lines = export.stdout.split(separator: "\n")
                let articles = try lines.map { try jsonObject(String($0)) }
                #expect(articles.count == 35)
                #expect(Set(articles.compactMap { $0["id"] as? String }).count == 35)
                // (the marker sentence is in the body, or in `removed` where the parser judged it boilerplate)
                let markers =
                    (0..<5).map { marker("early", $0) }
                    + ["both", "onlya", "onlyb"].flatMap { kind in (0..<10).map { marker(kind, $0) } }
                for expected in markers {
                    #expect(lines.count { $0.contains(expected) } == 1, "\(expected) indexed exactly once")
                }
                for state in [stateA, stateB] {
                    #expect(Inbox.contents(of: state + "/processing").isEmpty)
                    #expect(Inbox.contents(of: state + "/archive").count == 25)
                }
            }
        }

        @Test func aDatabaseUnreachableAtStartIsAwaitedNotFatal() async throws {
            try await PostgresServer.withThrowaway { server in
                let url = try await PostgresServer.createDatabase(on: server.url)
                try await server.suspend()
                try await withTemporaryDirectory("clipper-unreachable") { root in
                    // Given a stopped database server, when clipperd starts, it says why and retries
                    let daemon = try DaemonProcess(arguments: ["--state-dir", root + "/node", "--store", url])
                    // (and a second one, stopped while it waits, exits cleanly)
                    let stopped = try DaemonProcess(arguments: ["--state-dir", root + "/stopped", "--store", url])
                    try await killingOnFailure(daemon, stopped) {
                        try await daemon.waitForNotification(containing: "STATUS=waiting for the store")
                        try await stopped.waitForNotification(containing: "STATUS=waiting for the store")
                        stopped.send(SIGTERM)
                        #expect(try await stopped.waitForExit() == 0)
                        #expect(stopped.lines.contains { $0.contains("stopped while waiting for the store") })

                        // When the server comes back, the waiting daemon opens the store and works
                        try await server.resume()
                        try await daemon.waitUntilReady()
                        try Inbox.writeThenRename(
                            try article(1, marker: "late"), named: "late.txt", into: root + "/node/inbox")
                        try await daemon.waitForStatus(socket: root + "/node/clipperd.sock", "late.txt indexed") {
                            $0.processed >= 1
                        }

                        let waits = daemon.lines.filter { $0.contains("cannot open the store") }
                        #expect(
                            waits.allSatisfy {
                                $0.contains("cannot open the store postgres://postgres@127.0.0.1")
                                    && $0.contains("retrying in")
                            })
                        #expect(
                            daemon.notifications.count { $0.contains("STATUS=watching") } == 1,
                            "one start, no restart loop")
                        #expect(!daemon.lines.contains { $0.contains("Fatal error") })
                        let status = try jsonObject(
                            try await ctl(["--state-dir", root + "/node", "status", "--json"]).stdout)
                        #expect(status["state"] as? String == "running")
                        #expect(status["processed"] as? Int == 1)

                        daemon.send(SIGTERM)
                        #expect(try await daemon.waitForExit() == 0)
                    }
                }
            }
        }

        @Test func aServerRestartMidIngestPausesIntakeAndLosesNothing() async throws {
            try await PostgresServer.withThrowaway { server in
                let url = try await PostgresServer.createDatabase(on: server.url)
                try await withTemporaryDirectory("clipper-restart") { state in
                    let inbox = state + "/inbox"
                    let daemon = try DaemonProcess(arguments: ["--state-dir", state, "--store", url, "--workers", "2"])
                    try await killingOnFailure(daemon) {
                        let socket = state + "/clipperd.sock"
                        try await daemon.waitUntilReady()
                        // Given an ingest of 250 articles under way
                        for number in 0..<250 {
                            try Inbox.writeThenRename(
                                try article(number, marker: "wave"), named: "wave-\(number).txt", into: inbox)
                        }
                        try await daemon.waitForStatus(socket: socket, "20 indexed") { $0.processed >= 20 }

                        // When the database server stops, and 50 more articles arrive meanwhile
                        try await server.suspend()
                        for number in 0..<50 {
                            try Inbox.writeThenRename(
                                try article(number, marker: "outage"), named: "outage-\(number).txt", into: inbox)
                        }

                        // Then intake pauses, and the log and status say why
                        // (within the store's connect timeout, or its operation timeout for a query lost with its connection)
                        let paused = try await daemon.waitForStatus(
                            socket: socket, timeout: .seconds(60), "intake paused"
                        ) { $0.state == .paused }
                        #expect(!(paused.pauseReason ?? "").isEmpty)
                        #expect(daemon.lines.contains { $0.contains("intake paused: the store is unavailable") })

                        // When the server comes back, every file is indexed
                        try await server.resume()
                        try await daemon.waitForStatus(socket: socket, timeout: .seconds(60), "300 outcomes") {
                            $0.outcomes >= 300
                        }
                        let status = try jsonObject(try await ctl(["--state-dir", state, "status", "--json"]).stdout)
                        #expect(status["state"] as? String == "running")
                        #expect(status["processed"] as? Int == 300)
                        #expect(status["duplicates"] as? Int == 0)
                        #expect(status["failed"] as? Int == 0)

                        daemon.send(SIGTERM)
                        #expect(try await daemon.waitForExit() == 0)
                    }

                    // And nothing is lost or indexed twice
                    let export = try await ctl(["--state-dir", state, "--store", url, "export"])
                    #expect(export.status == 0, "\(export.stderr)")
                    let ids = try export.stdout.split(separator: "\n").compactMap {
                        try jsonObject(String($0))["id"] as? String
                    }
                    #expect(ids.count == 300)
                    #expect(Set(ids).count == 300)
                    #expect(Inbox.contents(of: inbox).isEmpty)
                    #expect(Inbox.contents(of: state + "/processing").isEmpty)
                    #expect(Inbox.contents(of: state + "/failed").isEmpty)
                    #expect(Inbox.contents(of: state + "/archive").count == 300)
                }
            }
        }

        // MARK: Helpers

        /// A node's environment: its name, and a one-second heartbeat so a stopped node is seen in seconds.
        private func node(_ name: String) -> [String: String] {
            ["CLIPPER_NODE_NAME": name, "CLIPPER_HEARTBEAT_INTERVAL": "1"]
        }

        /// Runs `clipperctl` with the same one-second heartbeat interval as the nodes (it judges staleness by it).
        private func ctl(_ arguments: [String]) async throws -> CommandResult {
            try await runBinary("clipperctl", arguments, environment: ["CLIPPER_HEARTBEAT_INTERVAL": "1"])
        }

        /// `status --cluster --json`, asked through the daemon on `state`.
        private func clusterNodes(_ url: String, via state: String) async throws -> [[String: Any]] {
            let result = try await ctl(["--state-dir", state, "--store", url, "status", "--cluster", "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            return try jsonArray(result.stdout)
        }

        /// Each node's state in the `status --cluster` table, read from the store (no daemon on that state directory).
        private func clusterStates(_ url: String) async throws -> [String: String] {
            try await withTemporaryDirectory("clipper-ctl") { state in
                let result = try await ctl(["--state-dir", state, "--store", url, "status", "--cluster"])
                var states: [String: String] = [:]
                for line in result.stdout.split(separator: "\n").dropFirst() {
                    let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                    if fields.count > 1 { states[String(fields[0])] = String(fields[1]) }
                }
                return states
            }
        }
    }
}

/// A word that appears in one generated article only.
private func marker(_ kind: String, _ number: Int) -> String {
    "docket\(kind)\(number)x"
}

/// A real article (a seed) made distinct by a closing sentence naming its `marker`.
private func article(_ number: Int, marker kind: String) throws -> Data {
    let seeds = PackagePaths.seeds
    let seed = try String(contentsOfFile: seeds[number % seeds.count], encoding: .utf8)
    return Data((seed + "\n\nThe clerk logged this report as \(marker(kind, number)).\n").utf8)
}

/// Runs `body`; when it throws, kills the daemons still running, so no clipperd outlives a failed test.
private func killingOnFailure(_ daemons: DaemonProcess..., body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch {
        for daemon in daemons { _ = try? await daemon.waitForExit(timeout: .milliseconds(10)) }
        throw error
    }
}

/// A PostgreSQL server for these tests: the shared one of the test run, or a throwaway one
/// started by `scripts/postgres-test-server.sh` for tests that stop and restart it.
struct PostgresServer: Sendable {
    /// The test run's server (`CLIPPER_TEST_POSTGRES_URL`), when there is one.
    static var sharedURL: String? {
        ProcessInfo.processInfo.environment["CLIPPER_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    let url: String
    let directory: String

    /// Runs `body` with a server of its own, stopped and deleted afterwards, even when `body` throws.
    static func withThrowaway(_ body: (PostgresServer) async throws -> Void) async throws {
        let started = try await script(["start"])
        var exports: [String: String] = [:]
        for line in started.split(separator: "\n") where line.hasPrefix("export ") {
            let pair = line.dropFirst("export ".count).split(separator: "=", maxSplits: 1)
            if pair.count == 2 { exports[String(pair[0])] = String(pair[1]) }
        }
        let server = PostgresServer(
            url: try #require(exports["CLIPPER_TEST_POSTGRES_URL"]),
            directory: try #require(exports["CLIPPER_TEST_POSTGRES_DIR"])
        )
        do {
            try await body(server)
        } catch {
            _ = try? await script(["stop", server.directory])
            throw error
        }
        _ = try await script(["stop", server.directory])
    }

    /// Stops the server, keeping its data: the store becomes unreachable.
    func suspend() async throws {
        _ = try await Self.script(["suspend", directory])
    }

    /// Starts the suspended server again on the same port.
    func resume() async throws {
        _ = try await Self.script(["resume", directory])
    }

    /// Creates a new empty database on the server at `url` and returns its URL.
    static func createDatabase(on url: String) async throws -> String {
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        _ = try await run(
            "/usr/bin/env", ["psql", url, "-v", "ON_ERROR_STOP=1", "-q", "-c", "CREATE DATABASE \(name)"])
        var components = try #require(URLComponents(string: url))
        components.path = "/" + name
        return try #require(components.string)
    }

    private static func script(_ arguments: [String]) async throws -> String {
        try await run("/bin/sh", [PackagePaths.root + "/scripts/postgres-test-server.sh"] + arguments)
    }

    /// Runs a program to completion; throws with its standard error when it fails.
    private static func run(_ executable: String, _ arguments: [String]) async throws -> String {
        let result = try await runProgram(executable, arguments)
        guard result.status == 0 else {
            throw CommandFailed(
                description:
                    "\(([executable] + arguments).joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }
}

/// A helper program (`psql`, the test-server script) failed.
struct CommandFailed: Error, CustomStringConvertible {
    var description: String
}
