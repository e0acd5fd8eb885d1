import ClipperControlAPI
import ClipperControlClient
import ClipperControlServer
import ClipperModel
import Foundation
import Testing

/// The socket itself: its mode, plain HTTP on it, and how the client reports a daemon that is not there.
@Suite(.timeLimit(.minutes(1)))
struct ControlSocketTests {
    @Test func theSocketIsReadableAndWritableByOwnerAndGroupOnly() async throws {
        try await withControlServer { server in
            let attributes = try FileManager.default.attributesOfItem(atPath: server.socketPath)
            let mode = try #require(attributes[.posixPermissions] as? Int)
            #expect(mode == 0o660)
            #expect(attributes[.type] as? FileAttributeType == .typeSocket)
        }
    }

    @Test func aPlainHTTPRequestWorksAsWithCurl() async throws {
        try await withControlServer { server in
            // What `curl --unix-socket SOCKET http://localhost/status` sends.
            let response = try await RawResponse.send("GET", "/status", to: server.socketPath)
            #expect(response.status == 200)
            #expect(response.headers.lowercased().contains("content-type: application/json"))
            let report = try ControlJSON.makeDecoder().decode(StatusReport.self, from: Data(response.body.utf8))
            #expect(report.node == "test-node")
        }
    }

    @Test func exportOverPlainHTTPIsJSONLines() async throws {
        try await withControlServer { server in
            let response = try await RawResponse.send("GET", "/export", to: server.socketPath)
            #expect(response.status == 200)
            #expect(response.headers.lowercased().contains("content-type: application/jsonl"))
            #expect(response.body.contains(Fixtures.sanctuaryID))
        }
    }

    @Test func noSocketMeansTheDaemonIsNotRunning() async throws {
        let path = "/tmp/cc-absent-\(UUID().uuidString).sock"
        let client = ControlClient(socketPath: path)
        let error = await #expect(throws: ControlClientError.self) { try await client.status() }
        #expect(error == .daemonNotRunning(socketPath: path))
        #expect(error?.description == "clipperd is not running (no socket at \(path))")
    }

    @Test func aStaleSocketFromACrashMeansTheDaemonIsNotRunning() async throws {
        let path = "/tmp/cc-stale-\(UUID().uuidString).sock"
        try RawSocket.leaveStaleSocket(at: path)
        defer { unlink(path) }
        let client = ControlClient(socketPath: path)
        let error = await #expect(throws: ControlClientError.self) { try await client.search("x", limit: 1) }
        #expect(error == .daemonNotRunning(socketPath: path))
    }

    @Test func aRegularFileWhereTheSocketShouldBeMeansTheDaemonIsNotRunning() async throws {
        let path = "/tmp/cc-file-\(UUID().uuidString).sock"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
        defer { unlink(path) }
        let client = ControlClient(socketPath: path)
        let error = await #expect(throws: ControlClientError.self) { try await client.failures() }
        #expect(error == .daemonNotRunning(socketPath: path))
    }
}
