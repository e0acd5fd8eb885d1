import ClipperControlAPI
import ClipperControlClient
import ClipperControlServer
import ClipperModel
import Foundation
import Testing

/// Malformed requests, bad queries and failures: each answered with a status and one sentence,
/// never a crash, and the server keeps serving.
@Suite(.timeLimit(.minutes(1)))
struct ControlErrorTests {
    @Test(arguments: [
        ("/search", "the search needs a query"),
        ("/search?q=sanctuary&limit=0", "the limit must be between 1 and 10000, not 0"),
        ("/search?q=sanctuary&limit=ten", #"the limit must be a whole number, not "ten""#),
        ("/search?q=sanctuary&limit=99999999", "the limit must be between 1 and 10000, not 99999999"),
        ("/quotes?limit=-1", "the limit must be between 1 and 10000, not -1"),
        ("/entities?type=city", "unknown entity type city; use one of person, organization, place, program"),
        ("/articles/%ZZ", "the article key is not a valid percent-encoded name: %ZZ"),
    ])
    func badRequestsAreAnswered400WithAReason(target: String, sentence: String) async throws {
        try await withControlServer { server in
            let response = try await RawResponse.send("GET", target, to: server.socketPath)
            #expect(response.status == 400)
            #expect(response.errorSentence?.hasPrefix(sentence) == true, "\(response.body)")
        }
    }

    @Test func anFTSSyntaxErrorIsABadQuery() async throws {
        try await withControlServer { server in
            let error = await #expect(throws: ControlClientError.self) {
                try await server.client.search("\"unbalanced", limit: 5)
            }
            guard case .rejected(400, let message) = error else {
                Issue.record("expected a 400, got \(String(describing: error))")
                return
            }
            #expect(message.hasPrefix("the search query is not valid: "))
        }
    }

    @Test func aVeryLongQueryIsABadQuery() async throws {
        try await withControlServer { server in
            let query = String(repeating: "sanctuary ", count: 1_000)
            let error = await #expect(throws: ControlClientError.self) {
                try await server.client.search(query, limit: 5)
            }
            guard case .rejected(400, let message) = error else {
                Issue.record("expected a 400, got \(String(describing: error))")
                return
            }
            #expect(message.hasPrefix("the search query is not valid: "))
        }
    }

    @Test(arguments: [
        "🦆", "e\u{301}te\u{301}", "\u{202E}sanctuary", "\u{FEFF}", "中文 查询", "\u{0}", "\u{7}bell", "*", "NOT", "AND OR",
    ])
    func oddUnicodeAndOperatorsAreAnsweredNotCrashed(query: String) async throws {
        try await withControlServer { server in
            do {
                _ = try await server.client.search(query, limit: 5)
            } catch ControlClientError.rejected(let status, let message) {
                #expect(status == 400)
                #expect(!message.isEmpty)
            }
            // The server still serves.
            let report = try await server.client.status()
            #expect(report.node == "test-node")
        }
    }

    @Test func invalidPercentEncodingInAQueryIsAnswered() async throws {
        try await withControlServer { server in
            let response = try await RawResponse.send("GET", "/search?q=%FF%FE%ZZ", to: server.socketPath)
            #expect([200, 400].contains(response.status))
        }
    }

    @Test(arguments: [
        ("{not json", "the request body is not valid JSON for this route"),
        ("{}", "the retry request needs either"),
        (#"{"name": 7}"#, "the request body is not valid JSON for this route"),
        (#"{"name": "a/b.txt"}"#, "the file name to retry must be a plain name in failed/"),
        (#"{"name": ""}"#, "the file name to retry must be a plain name in failed/"),
        (#"{"all": false}"#, "the retry request needs either"),
        (#"{"name": "x", "all": true}"#, "the retry request needs either"),
    ])
    func malformedRetryBodiesAreAnswered400(body: String, sentence: String) async throws {
        try await withControlServer { server in
            let response = try await RawResponse.send("POST", "/retry", body: body, to: server.socketPath)
            #expect(response.status == 400)
            #expect(response.errorSentence?.hasPrefix(sentence) == true, "\(response.body)")
            #expect(await server.daemon.retried.isEmpty)
        }
    }

    @Test func anOversizedBodyIsRefused() async throws {
        try await withControlServer { server in
            let body = #"{"name": ""# + String(repeating: "x", count: 100_000) + #""}"#
            let response = try await RawResponse.send("POST", "/retry", body: body, to: server.socketPath)
            #expect(response.status == 413)
            #expect(response.errorSentence?.contains("larger than") == true)
        }
    }

    @Test func anUnknownRouteIsNotFoundWithASentence() async throws {
        try await withControlServer { server in
            let response = try await RawResponse.send("GET", "/nope", to: server.socketPath)
            #expect(response.status == 404)
            #expect(response.errorSentence == "no such route: GET /nope")
            let wrongMethod = try await RawResponse.send("DELETE", "/status", to: server.socketPath)
            #expect(wrongMethod.status == 404)
        }
    }

    /// An error the server knows nothing about.
    struct DiskOnFire: Error, CustomStringConvertible {
        var description: String { "the disk is on fire" }
    }

    @Test func anUnexpectedErrorIsA500WithASentence() async throws {
        try await withControlServer { server in
            await server.daemon.setFailuresError(DiskOnFire())
            let error = await #expect(throws: ControlClientError.self) { try await server.client.failures() }
            #expect(error == .rejected(status: 500, message: "internal error: the disk is on fire"))
            let report = try await server.client.status()
            #expect(report.node == "test-node")
        }
    }

    @Test func garbageOnTheSocketDoesNotStopTheServer() async throws {
        try await withControlServer { server in
            let answer = try await RawSocket.exchange("NOT HTTP AT ALL\r\n\r\n\u{0}\u{1}\u{2}", at: server.socketPath)
            #expect(answer.isEmpty || answer.hasPrefix("HTTP/1.1 4"))
            let report = try await server.client.status()
            #expect(report.node == "test-node")
        }
    }
}
