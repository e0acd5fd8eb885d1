import ClipperControlAPI
import ClipperControlClient
import ClipperControlServer
import ClipperModel
import ClipperStore
import Foundation
import Testing

/// Each route, through the real client, against the real server and a real SQLite store.
@Suite(.timeLimit(.minutes(1)))
struct ControlRoutesTests {
    @Test func statusReturnsTheDaemonsReport() async throws {
        try await withControlServer { server in
            let report = try await server.client.status()
            #expect(report.node == "test-node")
            #expect(report.state == .running)
            #expect(report.recentFailures.count == 2)
            #expect(report.storeStatistics?.articles == 3)
        }
    }

    @Test func searchFindsTheMatchingArticleWithASnippet() async throws {
        try await withControlServer { server in
            let hits = try await server.client.search("sanctuary policy", limit: 5)
            #expect(hits.map(\.id) == [Fixtures.sanctuaryID])
            #expect(hits.first?.snippet.contains("[") == true)
            let none = try await server.client.search("zebra", limit: 5)
            #expect(none.isEmpty)
        }
    }

    @Test func searchHonoursTheLimit() async throws {
        try await withControlServer { server in
            // Given two articles that mention Albuquerque's people, a limit of one returns one.
            let all = try await server.client.search("said", limit: 10)
            #expect(all.count == 2)
            let limited = try await server.client.search("said", limit: 1)
            #expect(limited.count == 1)
        }
    }

    @Test(arguments: [Fixtures.sanctuaryID, String(Fixtures.sanctuaryID.prefix(8)), Fixtures.sanctuaryFile])
    func showFindsAnArticleByIDPrefixOrFileName(key: String) async throws {
        try await withControlServer { server in
            let record = try #require(try await server.client.article(matching: key))
            #expect(record.id == Fixtures.sanctuaryID)
            #expect(record == Fixtures.records[0])
        }
    }

    @Test func showFindsAFileNameOutsideASCII() async throws {
        try await withControlServer { server in
            let record = try await server.client.article(matching: Fixtures.budgetFile)
            #expect(record?.id == Fixtures.budgetID)
        }
    }

    @Test func showOfAnUnknownArticleIsNil() async throws {
        try await withControlServer { server in
            let byPrefix = try await server.client.article(matching: "ffffff")
            let byName = try await server.client.article(matching: "no-such-file.txt")
            #expect(byPrefix == nil)
            #expect(byName == nil)
        }
    }

    @Test func quotesFilterBySpeaker() async throws {
        try await withControlServer { server in
            let all = try await server.client.quotes(speaker: nil, limit: 10)
            #expect(Set(all.compactMap(\.speaker)) == ["Harold Medina", "Maria Lopez"])
            let medina = try await server.client.quotes(speaker: "medina", limit: 10)
            #expect(medina.map(\.text) == ["My officers felt betrayed,"])
            #expect(medina.first?.articleID == Fixtures.sanctuaryID)
        }
    }

    @Test func entitiesFilterByKind() async throws {
        try await withControlServer { server in
            let places = try await server.client.entities(kind: .place, limit: 10)
            #expect(places.map(\.name) == ["Albuquerque"])
            #expect(places.first?.articles == 2)
            let everything = try await server.client.entities(kind: nil, limit: 10)
            #expect(Set(everything.map(\.kind)) == [.person, .organization, .place])
        }
    }

    @Test func failedListsTheDaemonsQuarantinedFiles() async throws {
        try await withControlServer { server in
            let failures = try await server.client.failures()
            #expect(failures == TestDaemon.sampleFailures)
        }
    }

    @Test func retryOneThenAll() async throws {
        try await withControlServer { server in
            let one = try await server.client.retry("image.png")
            #expect(one.retried == 1)
            let left = try await server.client.failures()
            #expect(left.map(\.file) == ["empty.txt"])
            let rest = try await server.client.retryAll()
            #expect(rest.retried == 1)
            #expect(await server.daemon.retried == ["image.png", "empty.txt"])
        }
    }

    @Test func retryOfAnUnknownFileIsNotFound() async throws {
        try await withControlServer { server in
            let error = await #expect(throws: ControlClientError.self) { try await server.client.retry("nope.txt") }
            #expect(error == .rejected(status: 404, message: "no such failed file: nope.txt"))
        }
    }

    @Test func pauseThenResume() async throws {
        try await withControlServer { server in
            let paused = try await server.client.pause(reason: "disk maintenance")
            #expect(paused.state == .paused)
            #expect(paused.pauseReason == "disk maintenance")
            let defaulted = try await server.client.pause()
            #expect(defaulted.pauseReason == "paused by clipperctl")
            let resumed = try await server.client.resume()
            #expect(resumed.state == .running)
            #expect(resumed.pauseReason == nil)
        }
    }

    @Test func nodesListsEveryHeartbeat() async throws {
        try await withControlServer { server in
            let node = NodeStatus(
                name: "news1", version: "1.0", startedAt: 1_000, heartbeatAt: 1_010, processed: 5, failed: 1,
                duplicates: 0, rate: 0.5)
            try await server.store.heartbeat(node)
            let nodes = try await server.client.nodes()
            #expect(nodes.contains(node))
        }
    }

    @Test func exportStreamsOneArticlePerLine() async throws {
        try await withControlServer { server in
            var bytes: [UInt8] = []
            try await server.client.export { bytes += $0 }
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
            #expect(lines.count == Fixtures.records.count)
            let decoder = ControlJSON.makeDecoder()
            let records = try lines.map { try decoder.decode(ArticleRecord.self, from: Data($0.utf8)) }
            #expect(Set(records) == Set(Fixtures.records))
            #expect(lines.allSatisfy { $0.contains(#""duplicate_of":null"#) })
        }
    }

    @Test func exportOfAnEmptyStoreIsEmpty() async throws {
        try await withControlServer(records: []) { server in
            var bytes: [UInt8] = []
            try await server.client.export { bytes += $0 }
            #expect(bytes.isEmpty)
        }
    }
}
